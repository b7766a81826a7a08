// The operators' approval inbox: proposals in a sortable, filterable table (awaiting decision
// first, CRITICAL-budget items in red), the selected one's reasons, saving band, deadline impact
// and trail, and approve / reject for one or many with a reason. It only forwards intents; the
// engine decides whether the signed-in user may, and audits it.
//
//   auto* inbox = new ApprovalInbox(model, parent);
//   connect(inbox, &ApprovalInbox::approveRequested, service, &ProposalInbox::approve);
#pragma once

#include <QStringList>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;
class QTextBrowser;

namespace greenlight {

class ProposalTableModel;

class ApprovalInbox : public QWidget {
    Q_OBJECT
public:
    explicit ApprovalInbox(ProposalTableModel* model, QWidget* parent = nullptr);

    QStringList selectedIds() const;
    void showTrail(const QString& id, const QStringList& lines);
    void showResult(const QString& message, bool ok);
    QTableView* table() const { return m_table; }
    QString resultText() const; // the last outcome line, for tests
    // Whether the signed-in user's roles let them decide; when not, the buttons stay disabled and
    // say why. The engine refuses a decision either way: this only spares the user the attempt.
    void setDecisionsAllowed(bool allowed, const QString& why);

signals:
    void approveRequested(const QStringList& ids, const QString& reason);
    void rejectRequested(const QStringList& ids, const QString& reason);
    void trailRequested(const QString& id);

private:
    void updateDetail();
    void updateButtons();
    void request(bool approve);

    ProposalTableModel* m_model;
    QSortFilterProxyModel* m_proxy;
    QComboBox* m_filter;
    QTableView* m_table;
    QTextBrowser* m_detail;
    QLineEdit* m_reason;
    QPushButton* m_approve;
    QPushButton* m_reject;
    QLabel* m_result;
    bool m_decisionsAllowed = true;
    QString m_detailId;
    QStringList m_trail;
};

} // namespace greenlight
