// The job queue as a table that stays smooth with 100,000 jobs: rows come from an immutable
// snapshot built off the UI thread (swapped in with one reset), cells are computed on demand,
// and sorting/filtering/search run in JobQueueFilter on raw values, not on display strings.
//
//   auto snapshot = std::make_shared<const JobQueueSnapshot>(rowsFromPlan(...));
//   model.setSnapshot(snapshot);
//   filter.setSearch("train"); filter.setSite("fra1");
#pragma once

#include "core/simulation/plannedjob.h"
#include "core/utctime.h"

#include <QAbstractTableModel>
#include <QSortFilterProxyModel>

#include <memory>
#include <string>
#include <vector>

namespace greenlight {

enum class QueueState { Invalid, Waiting, Deferred, Running, Done, Unplaced };

struct JobQueueRow {
    std::string jobId;
    std::string kind;        // "training", …
    QueueState state = QueueState::Invalid;
    std::string homeSite;
    std::string site;        // where it runs (planned)
    int gpus = 0;
    UtcTime submit{};
    UtcTime deadline{};
    UtcTime plannedStart{};
    double expectedKg = 0.0;
    double baselineKg = 0.0; // the same job run at home on submit
    std::string reason;      // the policy's, in words
};

using JobQueueSnapshot = std::vector<JobQueueRow>;

// The planned jobs as a queue seen at `now`: jobs not yet submitted are left out; the others are
// waiting, deferred (held for a cleaner window), running or done, by their planned times.
JobQueueSnapshot queueRowsAt(const std::vector<PlannedJob>& plan, UtcTime now);

class JobQueueModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { JobColumn, KindColumn, StateColumn, SiteColumn, GpusColumn, SubmitColumn, DeadlineColumn,
                  StartColumn, ExpectedColumn, VsBaselineColumn, ReasonColumn, ColumnCount };
    enum Role { SortRole = Qt::UserRole + 1, SiteRole, StateRole, SearchTextRole, SavingKgRole };

    explicit JobQueueModel(QObject* parent = nullptr);
    void setSnapshot(std::shared_ptr<const JobQueueSnapshot> snapshot);
    const JobQueueRow* row(int index) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    std::shared_ptr<const JobQueueSnapshot> m_rows;
};

// Site, state and free-text search (job id, kind, site, reason), and sorting on raw values.
class JobQueueFilter : public QSortFilterProxyModel {
    Q_OBJECT
public:
    explicit JobQueueFilter(QObject* parent = nullptr);
    void setSite(const QString& site);     // empty: every site
    void setState(QueueState state);       // Invalid: every state
    void setSearch(const QString& text);   // case-insensitive substring

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;
    bool lessThan(const QModelIndex& left, const QModelIndex& right) const override;

private:
    std::string m_site;
    QueueState m_state = QueueState::Invalid;
    std::string m_search; // lower case
};

} // namespace greenlight
