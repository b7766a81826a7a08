// The job queue panel: every job the scheduler knows, fleet-wide or per site, filterable by state
// and searchable, with where and when it runs, its expected emissions against the baseline and
// the policy's reason. Stays smooth with 100,000 rows (the model and filter work on raw values).
//
//   auto* panel = new JobQueuePanel(model, parent);
//   panel->setSites({"fra1", "osl1"}); panel->setSummary(summary);
#pragma once

#include "service/planfeed.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;

namespace greenlight {

class JobQueueFilter;
class JobQueueModel;

class JobQueuePanel : public QWidget {
    Q_OBJECT
public:
    explicit JobQueuePanel(JobQueueModel* model, QWidget* parent = nullptr);

    void setSites(const QStringList& siteIds);
    void setSummary(const QString& text);
    void setSlos(const PlanSlos& slos);
    QString slosText() const; // the tiles' text, for tests
    JobQueueFilter* filter() const { return m_filter; }
    QTableView* table() const { return m_table; }

private:
    void updateCount();

    JobQueueModel* m_model;
    JobQueueFilter* m_filter;
    QComboBox* m_site;
    QComboBox* m_state;
    QLineEdit* m_search;
    QLabel* m_count;
    QLabel* m_summary;
    QList<QLabel*> m_tiles; // low-carbon share, deadline misses, p95 delay, emissions, inference latency
    QTableView* m_table;
};

} // namespace greenlight
