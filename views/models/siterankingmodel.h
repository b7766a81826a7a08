// The site planner's ranked zones as a table: rank, zone, portfolio pick, score, each criterion's
// raw value (mean and p10 intensity, low-carbon hours, free-cooling hours or "no weather", latency,
// jurisdiction), the trace's carbon-free share where it has one, and the zone's place. RawValueRole holds numbers for sorting; NormalisedRole the 0..1 criterion.
//
//   auto* model = new SiteRankingModel(parent);
//   model->setPlan(plan);   // std::shared_ptr<const SitePlan>
#pragma once

#include "core/siting/siteplan.h"

#include <QAbstractTableModel>

#include <memory>

namespace greenlight {

class SiteRankingModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        Rank, Zone, Portfolio, Score, MeanIntensity, P10Intensity, LowCarbonHours, FreeCooling, Latency,
        Jurisdiction, CarbonFree, Place, ColumnCount
    };
    enum Role { RawValueRole = Qt::UserRole + 1, NormalisedRole, ZoneKeyRole };

    explicit SiteRankingModel(QObject* parent = nullptr);

    void setPlan(std::shared_ptr<const SitePlan> plan);
    std::shared_ptr<const SitePlan> plan() const { return m_plan; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    std::shared_ptr<const SitePlan> m_plan;
    std::vector<int> m_portfolioOrder; // per candidate: 1-based pick order, 0 when not picked
};

} // namespace greenlight
