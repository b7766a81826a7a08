#include "widgets/approvalinbox.h"

#include "models/proposaltablemodel.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace greenlight {

namespace {

// Shows all rows, or only those awaiting a decision.
class InboxFilter : public QSortFilterProxyModel {
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;
    void setOnlyAwaiting(bool only)
    {
        m_onlyAwaiting = only;
        invalidateFilter();
    }

protected:
    bool filterAcceptsRow(int row, const QModelIndex& parent) const override
    {
        if (!m_onlyAwaiting)
            return true;
        return sourceModel()->index(row, 0, parent).data(ProposalTableModel::NeedsDecisionRole).toBool();
    }

private:
    bool m_onlyAwaiting = true;
};

QString escaped(const std::string& text) { return QString::fromStdString(text).toHtmlEscaped(); }

} // namespace

ApprovalInbox::ApprovalInbox(ProposalTableModel* model, QWidget* parent)
    : QWidget(parent)
    , m_model(model)
    , m_proxy(new InboxFilter(this))
    , m_filter(new QComboBox(this))
    , m_table(new QTableView(this))
    , m_detail(new QTextBrowser(this))
    , m_reason(new QLineEdit(this))
    , m_approve(new QPushButton(tr("Approve"), this))
    , m_reject(new QPushButton(tr("Reject"), this))
    , m_result(new QLabel(this))
{
    m_proxy->setSourceModel(model);
    m_proxy->setSortRole(ProposalTableModel::SortRole);
    m_filter->addItem(tr("Awaiting decision"));
    m_filter->addItem(tr("All proposals"));

    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(ProposalTableModel::SavingColumn, Qt::DescendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setWordWrap(false);
    m_table->setAlternatingRowColors(true);

    m_reason->setPlaceholderText(tr("Reason (required, goes into the audit log)"));
    m_approve->setEnabled(false);
    m_reject->setEnabled(false);
    m_result->setWordWrap(true);

    auto* top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Show:"), this));
    top->addWidget(m_filter);
    top->addStretch(1);
    auto* actions = new QHBoxLayout;
    actions->addWidget(m_reason, 1);
    actions->addWidget(m_approve);
    actions->addWidget(m_reject);
    auto* split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(m_table);
    split->addWidget(m_detail);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(split, 1);
    layout->addLayout(actions);
    layout->addWidget(m_result);

    connect(m_filter, &QComboBox::currentIndexChanged, this,
            [this](int i) { static_cast<InboxFilter*>(m_proxy)->setOnlyAwaiting(i == 0); });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        updateDetail();
        updateButtons();
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        m_table->resizeColumnsToContents();
        updateDetail();
        updateButtons();
    });
    connect(m_reason, &QLineEdit::textChanged, this, &ApprovalInbox::updateButtons);
    connect(m_approve, &QPushButton::clicked, this, [this] { request(true); });
    connect(m_reject, &QPushButton::clicked, this, [this] { request(false); });
}

QStringList ApprovalInbox::selectedIds() const
{
    QStringList ids;
    for (const QModelIndex& row : m_table->selectionModel()->selectedRows())
        ids << row.data(ProposalTableModel::IdRole).toString();
    return ids;
}

void ApprovalInbox::updateButtons()
{
    bool anyAwaiting = false;
    for (const QModelIndex& row : m_table->selectionModel()->selectedRows())
        anyAwaiting = anyAwaiting || row.data(ProposalTableModel::NeedsDecisionRole).toBool();
    const bool reasoned = !m_reason->text().trimmed().isEmpty();
    m_approve->setEnabled(m_decisionsAllowed && anyAwaiting && reasoned);
    m_reject->setEnabled(m_decisionsAllowed && anyAwaiting && reasoned);
}

void ApprovalInbox::setDecisionsAllowed(bool allowed, const QString& why)
{
    m_decisionsAllowed = allowed;
    for (QPushButton* button : {m_approve, m_reject})
        button->setToolTip(allowed ? QString() : why);
    m_reason->setEnabled(allowed);
    if (!allowed)
        m_reason->setPlaceholderText(why);
    updateButtons();
}

void ApprovalInbox::request(bool approve)
{
    QStringList ids;
    for (const QModelIndex& row : m_table->selectionModel()->selectedRows())
        if (row.data(ProposalTableModel::NeedsDecisionRole).toBool())
            ids << row.data(ProposalTableModel::IdRole).toString();
    const QString reason = m_reason->text().trimmed();
    if (ids.isEmpty() || reason.isEmpty())
        return;
    m_result->setText(approve ? tr("Approving %n proposal(s)…", nullptr, static_cast<int>(ids.size()))
                              : tr("Rejecting %n proposal(s)…", nullptr, static_cast<int>(ids.size())));
    emit (approve ? approveRequested(ids, reason) : rejectRequested(ids, reason));
}

void ApprovalInbox::showResult(const QString& message, bool ok)
{
    m_result->setText(message);
    m_result->setStyleSheet(ok ? QString() : QStringLiteral("color: #b00020;"));
    if (ok)
        m_reason->clear();
}

QString ApprovalInbox::resultText() const { return m_result->text(); }

void ApprovalInbox::showTrail(const QString& id, const QStringList& lines)
{
    if (id != m_detailId)
        return;
    m_trail = lines;
    updateDetail();
}

void ApprovalInbox::updateDetail()
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.size() != 1) {
        m_detailId.clear();
        m_detail->setHtml(rows.isEmpty() ? tr("<p>Select a proposal to see why the policy made it.</p>")
                                         : tr("<p>%n proposals selected.</p>", nullptr, static_cast<int>(rows.size())));
        return;
    }
    const QString id = rows.first().data(ProposalTableModel::IdRole).toString();
    const Proposal* p = m_model->proposal(id);
    if (p == nullptr)
        return;
    if (id != m_detailId) {
        m_detailId = id;
        m_trail.clear();
        emit trailRequested(id);
    }
    QString html = QStringLiteral("<h3>%1</h3>").arg(escaped(p->id));
    html += tr("<p><b>%1</b> job <b>%2</b> (policy %3)<br>site %4 (%5) → %6 (%7)<br>start %8 → %9<br>"
               "deadline %10, slack %11 min</p>")
                .arg(QString::fromUtf8(proposalKindName(p->kind)), escaped(p->jobId), escaped(p->policy),
                     escaped(p->sourceSite), escaped(p->sourceJurisdiction), escaped(p->targetSite),
                     escaped(p->targetJurisdiction), escaped(formatIsoUtc(p->originalStart)),
                     escaped(formatIsoUtc(p->plannedStart)), escaped(formatIsoUtc(p->deadline)))
                .arg(static_cast<long long>(p->slackMinutes()));
    html += tr("<p>Expected saving <b>%1 kg CO₂e</b>; forecast band %2 to %3 kg. Budget %4.</p>")
                .arg(p->expectedSavingG / 1000.0, 0, 'f', 2)
                .arg(p->savingLowG / 1000.0, 0, 'f', 2)
                .arg(p->savingHighG / 1000.0, 0, 'f', 2)
                .arg(QString::fromUtf8(budgetStateName(p->budgetState)));
    html += QStringLiteral("<p><b>%1</b></p><ul>").arg(tr("Why"));
    for (const std::string& r : p->reasons)
        html += QStringLiteral("<li>%1</li>").arg(escaped(r));
    html += QStringLiteral("</ul>");
    if (!p->decidedBy.empty())
        html += tr("<p>Decided by %1: %2</p>").arg(escaped(p->decidedBy), escaped(p->decisionReason));
    if (!m_trail.isEmpty()) {
        html += QStringLiteral("<p><b>%1</b></p><ul>").arg(tr("Trail"));
        for (const QString& line : m_trail)
            html += QStringLiteral("<li>%1</li>").arg(line.toHtmlEscaped());
        html += QStringLiteral("</ul>");
    }
    m_detail->setHtml(html);
}

} // namespace greenlight
