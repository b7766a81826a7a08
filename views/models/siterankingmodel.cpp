#include "models/siterankingmodel.h"

#include <QLocale>

namespace greenlight {

SiteRankingModel::SiteRankingModel(QObject* parent) : QAbstractTableModel(parent) {}

void SiteRankingModel::setPlan(std::shared_ptr<const SitePlan> plan)
{
    beginResetModel();
    m_plan = std::move(plan);
    m_portfolioOrder.assign(m_plan && m_plan->candidates ? m_plan->candidates->size() : 0, 0);
    if (m_plan) {
        for (std::size_t i = 0; i < m_plan->portfolio.picks.size(); ++i)
            m_portfolioOrder[m_plan->portfolio.picks[i].candidate] = static_cast<int>(i) + 1;
    }
    endResetModel();
}

int SiteRankingModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() || !m_plan ? 0 : static_cast<int>(m_plan->ranking.size());
}

int SiteRankingModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SiteRankingModel::data(const QModelIndex& index, int role) const
{
    if (!m_plan || !index.isValid() || index.row() >= rowCount() || index.column() >= ColumnCount)
        return {};
    const RankedZone& r = m_plan->ranking[static_cast<std::size_t>(index.row())];
    const CandidateZone& c = (*m_plan->candidates)[r.candidate];
    const QLocale locale;
    const int picked = m_portfolioOrder[r.candidate];
    auto normalised = [&](SitingCriterion criterion) -> QVariant {
        const auto n = r.normalised[criterionIndex(criterion)];
        return n ? QVariant(*n) : QVariant();
    };
    if (role == ZoneKeyRole)
        return QString::fromStdString(c.zoneKey);
    if (role == Qt::TextAlignmentRole) {
        const int col = index.column();
        return col == Zone || col == Place || col == Jurisdiction || col == Portfolio
                   ? QVariant::fromValue(Qt::AlignLeft | Qt::AlignVCenter)
                   : QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    }
    if (role == Qt::ToolTipRole) {
        if (index.column() == FreeCooling)
            return QString::fromStdString(c.weatherNote);
        if (index.column() == Zone)
            return QString::fromStdString(c.name);
        if (index.column() == Portfolio && picked) {
            const PortfolioPick& p = m_plan->portfolio.picks[static_cast<std::size_t>(picked - 1)];
            return tr("gain %1: score %2, +%3 % low-carbon hours covered, +%4 user regions, highest correlation with earlier picks %5")
                .arg(p.gain, 0, 'f', 2)
                .arg(p.score, 0, 'f', 2)
                .arg(100.0 * p.addedHourShare, 0, 'f', 1)
                .arg(p.addedRegions)
                .arg(p.maxCorrelation, 0, 'f', 2);
        }
        return {};
    }
    if (role == NormalisedRole) {
        switch (index.column()) {
        case MeanIntensity:
            return normalised(SitingCriterion::MeanIntensity);
        case P10Intensity:
            return normalised(SitingCriterion::LowIntensity);
        case LowCarbonHours:
            return normalised(SitingCriterion::LowCarbonShare);
        case FreeCooling:
            return normalised(SitingCriterion::FreeCooling);
        case Latency:
            return normalised(SitingCriterion::Latency);
        case Jurisdiction:
            return normalised(SitingCriterion::Jurisdiction);
        default:
            return {};
        }
    }
    const bool raw = role == RawValueRole;
    if (!raw && role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Rank:
        return index.row() + 1;
    case Zone:
        return QString::fromStdString(c.zoneKey) + (c.inFleet && !raw ? tr(" (fleet)") : QString());
    case Place:
        return QString::fromStdString(c.place);
    case Score:
        return raw ? QVariant(r.score) : QVariant(locale.toString(r.score, 'f', 3));
    case MeanIntensity:
        return raw ? QVariant(c.meanGPerKwh) : QVariant(locale.toString(c.meanGPerKwh, 'f', 0));
    case P10Intensity:
        return raw ? QVariant(c.p10GPerKwh) : QVariant(locale.toString(c.p10GPerKwh, 'f', 0));
    case LowCarbonHours:
        return raw ? QVariant(c.lowCarbonShare) : QVariant(locale.toString(100.0 * c.lowCarbonShare, 'f', 1));
    case FreeCooling:
        if (!c.freeCoolingHours)
            return raw ? QVariant() : QVariant(tr("no weather"));
        return raw ? QVariant(*c.freeCoolingHours) : QVariant(locale.toString(*c.freeCoolingHours, 'f', 0));
    case Latency:
        return raw ? QVariant(c.meanLatencyMs) : QVariant(locale.toString(c.meanLatencyMs, 'f', 0));
    case Jurisdiction:
        return QString::fromStdString(c.jurisdiction);
    case CarbonFree:
        if (!c.carbonFreePct)
            return raw ? QVariant() : QVariant(tr("–"));
        return raw ? QVariant(*c.carbonFreePct) : QVariant(locale.toString(*c.carbonFreePct, 'f', 1));
    case Portfolio:
        return raw ? QVariant(picked) : (picked ? QVariant(tr("pick %1").arg(picked)) : QVariant(QString()));
    default:
        return {};
    }
}

QVariant SiteRankingModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case MeanIntensity:
            return tr("Mean lifecycle intensity over the analysis year, gCO₂e/kWh (lower is better)");
        case P10Intensity:
            return tr("10th percentile of the hourly intensity: how clean the cleanest hours are");
        case LowCarbonHours:
            return tr("Share of hours at or below %1 gCO₂e/kWh")
                .arg(m_plan ? m_plan->siting.lowCarbonGPerKwh : SitingOptions{}.lowCarbonGPerKwh);
        case FreeCooling:
            return tr("Economiser hours of an air-economiser plant in the zone's bundled hourly weather; "
                      "\"no weather\" where none is bundled (scored as the median zone on this criterion)");
        case Latency:
            return tr("Mean estimated round trip to the fleet's user regions, ms");
        case Jurisdiction:
            return tr("Data-sovereignty area; a jurisdiction the fleet already operates in scores 1");
        case CarbonFree:
            return tr("Mean carbon-free share from the trace, where the trace has that column (not scored)");
        default:
            return {};
        }
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Rank:
        return tr("#");
    case Zone:
        return tr("Zone");
    case Place:
        return tr("Place");
    case Score:
        return tr("Score");
    case MeanIntensity:
        return tr("Mean g/kWh");
    case P10Intensity:
        return tr("p10 g/kWh");
    case LowCarbonHours:
        return tr("Low-carbon h %");
    case FreeCooling:
        return tr("Free-cooling h");
    case Latency:
        return tr("Mean RTT to users, ms"); // the mean over user regions, not the SLA check
    case Jurisdiction:
        return tr("Jurisdiction");
    case CarbonFree:
        return tr("CFE % (trace)");
    case Portfolio:
        return tr("Portfolio");
    default:
        return {};
    }
}

} // namespace greenlight
