// The fleet's layers on the map: site squares (from the site-physics snapshot), migration arrows
// (from the plan at the replayed now), live/stale badges (from the providers) and their key.
//
//   new MapOverlaysWiring(context, parent);
#pragma once

#include "panelcontext.h"
#include "replaythrottle.h"

#include "core/fleet/site.h"
#include "core/simulation/plannedjob.h"

#include <QObject>

#include <map>
#include <memory>
#include <string>
#include <vector>

namespace greenlight {

class FleetKeyLayer;
class FreshnessLayer;
class MigrationLayer;
class SiteLayer;

class MapOverlaysWiring : public QObject {
    Q_OBJECT
public:
    MapOverlaysWiring(const PanelContext& context, QObject* parent);

private:
    void showMigrationsAt(UtcTime now);
    void showFreshness();
    void updateKey();

    PanelContext m_context;
    SiteLayer* m_sites = nullptr;          // layers are owned by the map painter
    MigrationLayer* m_migrations = nullptr;
    FreshnessLayer* m_freshness = nullptr;
    FleetKeyLayer* m_key = nullptr;
    std::map<std::string, GeoPoint> m_siteLocations;
    std::shared_ptr<const std::vector<PlannedJob>> m_plan;
    ReplayThrottle m_migrationsShown{Seconds{60}};
};

} // namespace greenlight
