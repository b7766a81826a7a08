#include "models/proposaltablemodel.h"

#include <QBrush>
#include <QColor>

namespace greenlight {

namespace {

double hours(Seconds s) { return static_cast<double>(s.count()) / 3600.0; }

QString stateText(ProposalState s)
{
    switch (s) {
    case ProposalState::Proposed: return ProposalTableModel::tr("awaiting decision");
    case ProposalState::Approved: return ProposalTableModel::tr("approved");
    case ProposalState::Rejected: return ProposalTableModel::tr("rejected");
    case ProposalState::Expired: return ProposalTableModel::tr("expired");
    case ProposalState::Dispatched: return ProposalTableModel::tr("dispatched");
    case ProposalState::Confirmed: return ProposalTableModel::tr("confirmed");
    case ProposalState::Failed: return ProposalTableModel::tr("failed");
    case ProposalState::RolledBack: return ProposalTableModel::tr("rolled back");
    case ProposalState::Invalid: break;
    }
    return {};
}

QString kindText(ProposalKind k)
{
    switch (k) {
    case ProposalKind::Defer: return ProposalTableModel::tr("defer");
    case ProposalKind::Migrate: return ProposalTableModel::tr("migrate");
    case ProposalKind::DeferAndMigrate: return ProposalTableModel::tr("defer + migrate");
    case ProposalKind::Invalid: break;
    }
    return {};
}

} // namespace

ProposalTableModel::ProposalTableModel(QObject* parent) : QAbstractTableModel(parent) {}

void ProposalTableModel::setProposals(std::vector<Proposal> proposals)
{
    beginResetModel();
    m_proposals = std::move(proposals);
    endResetModel();
}

const Proposal* ProposalTableModel::proposal(const QString& id) const
{
    const std::string key = id.toStdString();
    for (const Proposal& p : m_proposals)
        if (p.id == key)
            return &p;
    return nullptr;
}

int ProposalTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_proposals.size());
}

int ProposalTableModel::columnCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant ProposalTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Proposal& p = m_proposals[static_cast<std::size_t>(index.row())];
    switch (role) {
    case IdRole: return QString::fromStdString(p.id);
    case StateRole: return static_cast<int>(p.state);
    case SavingGramsRole: return p.expectedSavingG;
    case DelayHoursRole: return hours(p.delay());
    case NeedsDecisionRole: return p.state == ProposalState::Proposed;
    case CriticalRole: return p.budgetState == BudgetState::Critical;
    case Qt::ToolTipRole:
        return p.reasons.empty() ? QVariant() : QVariant(QString::fromStdString(p.reasons.front()));
    case Qt::ForegroundRole:
        if (p.budgetState == BudgetState::Critical && p.state == ProposalState::Proposed)
            return QBrush(QColor(0xd3, 0x2f, 0x2f)); // CRITICAL-budget items stand out, on light and dark bases
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == DelayColumn || index.column() == SavingColumn || index.column() == SlackColumn)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case SortRole:
        switch (index.column()) {
        case DelayColumn: return hours(p.delay());
        case SavingColumn: return p.expectedSavingG;
        case SlackColumn: return p.slackMinutes();
        case StateColumn: return static_cast<int>(p.state);
        default: return data(index, Qt::DisplayRole);
        }
    case Qt::DisplayRole:
        switch (index.column()) {
        case StateColumn: return stateText(p.state);
        case KindColumn: return kindText(p.kind);
        case JobColumn: return QString::fromStdString(p.jobId);
        case RouteColumn:
            return p.sourceSite == p.targetSite
                ? QString::fromStdString(p.sourceSite)
                : QStringLiteral("%1 → %2").arg(QString::fromStdString(p.sourceSite), QString::fromStdString(p.targetSite));
        case DelayColumn: return QString::number(hours(p.delay()), 'f', 1);
        case SavingColumn:
            return tr("%1 kg (%2–%3)")
                .arg(p.expectedSavingG / 1000.0, 0, 'f', 2)
                .arg(p.savingLowG / 1000.0, 0, 'f', 1)
                .arg(p.savingHighG / 1000.0, 0, 'f', 1);
        case SlackColumn: return tr("%1 min").arg(static_cast<long long>(p.slackMinutes()));
        case PolicyColumn: return QString::fromStdString(p.policy);
        case ReasonColumn: return p.reasons.empty() ? QString() : QString::fromStdString(p.reasons.front());
        default: return {};
        }
    default:
        return {};
    }
}

QVariant ProposalTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case StateColumn: return tr("State");
    case KindColumn: return tr("Action");
    case JobColumn: return tr("Job");
    case RouteColumn: return tr("Site");
    case DelayColumn: return tr("Delay h");
    case SavingColumn: return tr("Expected saving (band)");
    case SlackColumn: return tr("Slack");
    case PolicyColumn: return tr("Policy");
    case ReasonColumn: return tr("Why");
    default: return {};
    }
}

} // namespace greenlight
