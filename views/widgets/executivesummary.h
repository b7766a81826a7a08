// The executives' summary of the plan period: the inventory of the plan next to the carbon-
// agnostic baseline — energy (ESRS E1-5), location- and market-based Scope 2 (GHG Protocol,
// ESRS E1-6), renewable and carbon-free shares, PUE, WUE, ERF, CUE and SCI — and the same per
// site; exported to CSV for a report.
//
//   auto* summary = new ExecutiveSummary;
//   connect(planFeed, &PlanFeed::reported, summary, &ExecutiveSummary::showReport);
#pragma once

#include "service/planfeed.h"

#include <QWidget>

#include <memory>

class QLabel;
class QPushButton;
class QTableWidget;

namespace greenlight {

class ExecutiveSummary : public QWidget {
    Q_OBJECT
public:
    explicit ExecutiveSummary(QWidget* parent = nullptr);

    void showReport(std::shared_ptr<const PlanReport> report);
    void showError(const QString& message);
    QTableWidget* indicators() const { return m_indicators; }
    QTableWidget* sites() const { return m_sites; }
    QLabel* heading() const { return m_heading; }
    // Both tables as CSV (what Export writes; cells quoted per RFC 4180).
    QString toCsv() const;
    // Writes toCsv() to `path` (atomically, QSaveFile) and says beside the Export button whether it
    // worked; false on any error. The heading and the tables are left alone.
    bool exportCsvTo(const QString& path);
    QLabel* exportStatus() const { return m_exportStatus; }

private:
    void exportCsv();

    std::shared_ptr<const PlanReport> m_report;
    QLabel* m_heading;
    QTableWidget* m_indicators;
    QTableWidget* m_sites;
    QPushButton* m_export;
    QLabel* m_exportStatus;
};

} // namespace greenlight
