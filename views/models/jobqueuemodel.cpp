#include "models/jobqueuemodel.h"

#include <QDateTime>

#include <algorithm>
#include <cctype>
#include <cmath>

namespace greenlight {

namespace {

// A difference in kg to two decimals, signed; one too small to show is 0.00, not -0.00.
QString signedKgText(double kg)
{
    if (std::abs(kg) < 0.005)
        return QStringLiteral("0.00");
    return (kg > 0 ? QStringLiteral("+") : QString()) + QString::number(kg, 'f', 2);
}

QString timeText(UtcTime t)
{
    return QDateTime::fromSecsSinceEpoch(t.time_since_epoch().count(), Qt::UTC).toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

QString stateText(QueueState s)
{
    switch (s) {
    case QueueState::Waiting: return JobQueueModel::tr("waiting");
    case QueueState::Deferred: return JobQueueModel::tr("deferred");
    case QueueState::Running: return JobQueueModel::tr("running");
    case QueueState::Done: return JobQueueModel::tr("done");
    case QueueState::Unplaced: return JobQueueModel::tr("not placed");
    case QueueState::Invalid: break;
    }
    return {};
}

bool containsLower(const std::string& haystack, const std::string& lowerNeedle)
{
    const auto it = std::search(haystack.begin(), haystack.end(), lowerNeedle.begin(), lowerNeedle.end(),
                                [](char a, char b) { return std::tolower(static_cast<unsigned char>(a)) == b; });
    return it != haystack.end();
}

} // namespace

JobQueueSnapshot queueRowsAt(const std::vector<PlannedJob>& plan, UtcTime now)
{
    JobQueueSnapshot rows;
    rows.reserve(plan.size());
    for (const PlannedJob& p : plan) {
        if (p.submit > now)
            continue;
        JobQueueRow r;
        r.jobId = p.jobId;
        r.kind = p.kind;
        r.homeSite = p.homeSite;
        r.site = p.site;
        r.gpus = p.gpus;
        r.submit = p.submit;
        r.deadline = p.deadline;
        r.plannedStart = p.plannedStart;
        r.expectedKg = p.expectedKg;
        r.baselineKg = p.baselineExpectedKg;
        r.reason = p.reason;
        if (!p.placed)
            r.state = QueueState::Unplaced;
        else if (p.plannedFinish <= now)
            r.state = QueueState::Done;
        else if (p.plannedStart <= now)
            r.state = QueueState::Running;
        else
            r.state = p.plannedStart > p.submit + Seconds{600} ? QueueState::Deferred : QueueState::Waiting;
        rows.push_back(std::move(r));
    }
    return rows;
}

JobQueueModel::JobQueueModel(QObject* parent)
    : QAbstractTableModel(parent), m_rows(std::make_shared<const JobQueueSnapshot>())
{
}

void JobQueueModel::setSnapshot(std::shared_ptr<const JobQueueSnapshot> snapshot)
{
    beginResetModel();
    m_rows = snapshot ? std::move(snapshot) : std::make_shared<const JobQueueSnapshot>();
    endResetModel();
}

const JobQueueRow* JobQueueModel::row(int index) const
{
    return index >= 0 && static_cast<std::size_t>(index) < m_rows->size() ? &(*m_rows)[static_cast<std::size_t>(index)]
                                                                          : nullptr;
}

int JobQueueModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows->size());
}

int JobQueueModel::columnCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant JobQueueModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const JobQueueRow& r = (*m_rows)[static_cast<std::size_t>(index.row())];
    switch (role) {
    case SiteRole: return QString::fromStdString(r.site);
    case StateRole: return static_cast<int>(r.state);
    case SavingKgRole: return r.baselineKg - r.expectedKg;
    case SortRole:
        switch (index.column()) {
        case GpusColumn: return r.gpus;
        case SubmitColumn: return static_cast<qlonglong>(r.submit.time_since_epoch().count());
        case DeadlineColumn: return static_cast<qlonglong>(r.deadline.time_since_epoch().count());
        case StartColumn: return static_cast<qlonglong>(r.plannedStart.time_since_epoch().count());
        case ExpectedColumn: return r.expectedKg;
        case VsBaselineColumn: return r.baselineKg - r.expectedKg;
        case StateColumn: return static_cast<int>(r.state);
        default: return data(index, Qt::DisplayRole);
        }
    case Qt::TextAlignmentRole:
        if (index.column() == GpusColumn || index.column() == ExpectedColumn || index.column() == VsBaselineColumn)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::DisplayRole:
        switch (index.column()) {
        case JobColumn: return QString::fromStdString(r.jobId);
        case KindColumn: return QString::fromStdString(r.kind);
        case StateColumn: return stateText(r.state);
        case SiteColumn:
            return r.site == r.homeSite ? QString::fromStdString(r.site)
                                        : tr("%1 (from %2)").arg(QString::fromStdString(r.site),
                                                                             QString::fromStdString(r.homeSite));
        case GpusColumn: return r.gpus;
        case SubmitColumn: return timeText(r.submit);
        case DeadlineColumn: return timeText(r.deadline);
        case StartColumn: return r.state == QueueState::Unplaced ? QString() : timeText(r.plannedStart);
        case ExpectedColumn: return QString::number(r.expectedKg, 'f', 2);
        case VsBaselineColumn: return signedKgText(r.expectedKg - r.baselineKg);
        case ReasonColumn: return QString::fromStdString(r.reason);
        default: return {};
        }
    default:
        return {};
    }
}

QVariant JobQueueModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case JobColumn: return tr("Job");
    case KindColumn: return tr("Kind");
    case StateColumn: return tr("State");
    case SiteColumn: return tr("Site");
    case GpusColumn: return tr("GPUs");
    case SubmitColumn: return tr("Submitted (UTC)");
    case DeadlineColumn: return tr("Deadline");
    case StartColumn: return tr("Planned start");
    case ExpectedColumn: return tr("Expected kg");
    case VsBaselineColumn: return tr("kg vs baseline");
    case ReasonColumn: return tr("Why");
    default: return {};
    }
}

JobQueueFilter::JobQueueFilter(QObject* parent) : QSortFilterProxyModel(parent)
{
    setSortRole(JobQueueModel::SortRole);
    setDynamicSortFilter(false); // a new snapshot re-sorts once, not per cell
}

void JobQueueFilter::setSite(const QString& site)
{
    m_site = site.toStdString();
    invalidateFilter();
}

void JobQueueFilter::setState(QueueState state)
{
    m_state = state;
    invalidateFilter();
}

void JobQueueFilter::setSearch(const QString& text)
{
    m_search = text.trimmed().toLower().toStdString();
    invalidateFilter();
}

bool JobQueueFilter::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    if (sourceParent.isValid())
        return false;
    // Straight to the row: no QVariant or QString per row while 100,000 rows are filtered.
    const JobQueueRow* r = static_cast<const JobQueueModel*>(sourceModel())->row(sourceRow);
    if (r == nullptr)
        return false;
    if (!m_site.empty() && r->site != m_site)
        return false;
    if (m_state != QueueState::Invalid && r->state != m_state)
        return false;
    if (m_search.empty())
        return true;
    return containsLower(r->jobId, m_search) || containsLower(r->kind, m_search) || containsLower(r->site, m_search)
        || containsLower(r->reason, m_search);
}

bool JobQueueFilter::lessThan(const QModelIndex& left, const QModelIndex& right) const
{
    const auto* model = static_cast<const JobQueueModel*>(sourceModel());
    const JobQueueRow* a = model->row(left.row());
    const JobQueueRow* b = model->row(right.row());
    if (a == nullptr || b == nullptr)
        return false;
    switch (left.column()) {
    case JobQueueModel::JobColumn: return a->jobId < b->jobId;
    case JobQueueModel::KindColumn: return a->kind < b->kind;
    case JobQueueModel::StateColumn: return a->state < b->state;
    case JobQueueModel::SiteColumn: return a->site < b->site;
    case JobQueueModel::GpusColumn: return a->gpus < b->gpus;
    case JobQueueModel::SubmitColumn: return a->submit < b->submit;
    case JobQueueModel::DeadlineColumn: return a->deadline < b->deadline;
    case JobQueueModel::StartColumn: return a->plannedStart < b->plannedStart;
    case JobQueueModel::ExpectedColumn: return a->expectedKg < b->expectedKg;
    case JobQueueModel::VsBaselineColumn: return a->expectedKg - a->baselineKg < b->expectedKg - b->baselineKg;
    case JobQueueModel::ReasonColumn: return a->reason < b->reason;
    default: return false;
    }
}

} // namespace greenlight
