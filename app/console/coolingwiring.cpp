#include "coolingwiring.h"

#include "map/mapwidget.h"
#include "map/sitelayer.h"
#include "service/replayfeed.h"
#include "service/sitephysicsfeed.h"
#include "widgets/coolingpanel.h"

namespace greenlight {

CoolingWiring::CoolingWiring(const PanelContext& context, QObject* parent)
    : QObject(parent), m_panel(new CoolingPanel)
{
    context.addPanel(m_panel, tr("Cooling / PUE"), QStringLiteral("coolingDock"), QStringLiteral("cooling"));
    SitePhysicsFeed* physics = context.physics;
    connect(physics, &SitePhysicsFeed::computed, m_panel, &CoolingPanel::showPhysics);
    connect(physics, &SitePhysicsFeed::failed, m_panel, [this](const QString& message) {
        m_panel->showError(tr("PUE could not be computed: %1").arg(message));
    });

    // The same snapshot puts the sites on the map, coloured by intensity × PUE of the hour.
    auto layer = std::make_unique<SiteLayer>();
    m_siteLayer = layer.get();
    MapWidget* map = context.map;
    map->mapPainter().addLayer(std::move(layer));
    ReplayFeed* feed = context.feed;
    connect(physics, &SitePhysicsFeed::computed, this,
            [this, map, feed](std::shared_ptr<const PhysicsSnapshot> snapshot) {
                const UtcTime now = feed->replayedNow();
                std::vector<SiteMarker> markers;
                for (const SitePhysicsView& site : snapshot->sites)
                    markers.push_back({site.siteId, site.zoneKey, site.location.longitudeDeg,
                                       site.location.latitudeDeg, site.gpus, site.physics.pueAt(now)});
                m_siteLayer->setSites(std::move(markers));
                map->update();
            });
}

} // namespace greenlight
