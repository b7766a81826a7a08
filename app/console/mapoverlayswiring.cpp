#include "mapoverlayswiring.h"

#include "map/fleetkeylayer.h"
#include "map/freshnesslayer.h"
#include "map/mapmodel.h"
#include "map/mapwidget.h"
#include "map/migrationlayer.h"
#include "map/sitelayer.h"
#include "providers/providerhub.h"
#include "service/planfeed.h"
#include "service/replayfeed.h"
#include "service/sitephysicsfeed.h"
#include "widgets/providerstatusview.h"

namespace greenlight {

MapOverlaysWiring::MapOverlaysWiring(const PanelContext& context, QObject* parent)
    : QObject(parent), m_context(context)
{
    MapPainter& painter = context.map->mapPainter();
    auto sites = std::make_unique<SiteLayer>();
    m_sites = sites.get();
    painter.addLayer(std::move(sites));
    auto migrations = std::make_unique<MigrationLayer>();
    m_migrations = migrations.get();
    painter.addLayer(std::move(migrations));
    auto freshness = std::make_unique<FreshnessLayer>();
    m_freshness = freshness.get();
    painter.addLayer(std::move(freshness));
    auto key = std::make_unique<FleetKeyLayer>();
    m_key = key.get();
    painter.addLayer(std::move(key));

    // Sites coloured by intensity × PUE of the hour, from the physics snapshot.
    ReplayFeed* feed = context.feed;
    connect(context.physics, &SitePhysicsFeed::computed, this,
            [this, feed](std::shared_ptr<const PhysicsSnapshot> snapshot) {
                const UtcTime now = feed->replayedNow();
                std::vector<SiteMarker> markers;
                for (const SitePhysicsView& site : snapshot->sites) {
                    markers.push_back({site.siteId, site.zoneKey, site.location.longitudeDeg,
                                       site.location.latitudeDeg, site.gpus, site.physics.pueAt(now)});
                    m_siteLocations[site.siteId] = site.location;
                }
                m_sites->setSites(std::move(markers));
                showMigrationsAt(now);
            });
    // Arrows from the plan at the replayed now; once a replayed minute is enough.
    connect(context.plan, &PlanFeed::planned, this,
            [this, feed](std::shared_ptr<const std::vector<PlannedJob>> jobs) {
                m_plan = std::move(jobs);
                showMigrationsAt(feed->replayedNow());
            });
    connect(feed, &ReplayFeed::snapshotChanged, this, [this](const GridSnapshot& snapshot) {
        if (m_plan && m_migrationsShown.due(snapshot.time))
            showMigrationsAt(snapshot.time);
        showFreshness(); // ages grow with the wall clock
    });
    if (context.providers)
        connect(context.providers, &ProviderHub::zoneChanged, this, [this] { showFreshness(); });
}

void MapOverlaysWiring::showMigrationsAt(UtcTime now)
{
    m_migrationsShown.mark(now);
    std::vector<MigrationArrow> arrows;
    if (m_plan) {
        for (const MigrationFlow& f : migrationFlowsAt(*m_plan, now)) {
            const auto from = m_siteLocations.find(f.fromSite);
            const auto to = m_siteLocations.find(f.toSite);
            if (from == m_siteLocations.end() || to == m_siteLocations.end())
                continue;
            arrows.push_back({f.fromSite, f.toSite, from->second.longitudeDeg, from->second.latitudeDeg,
                              to->second.longitudeDeg, to->second.latitudeDeg, f.running, f.jobs, f.gpus});
        }
    }
    m_migrations->setArrows(std::move(arrows));
    updateKey();
}

void MapOverlaysWiring::showFreshness()
{
    std::vector<FreshnessBadge> badges;
    if (ProviderHub* hub = m_context.providers) {
        for (const QString& zoneKey : hub->zones()) {
            const ChosenValue value = hub->current(zoneKey);
            const Zone* zone = m_context.map->model()->zone(zoneKey);
            if (!zone || value.source == ValueSource::None || value.source == ValueSource::Invalid)
                continue;
            badges.push_back({zoneKey.toStdString(), zone->location.longitudeDeg, zone->location.latitudeDeg,
                              value.stale, durationText(value.age), QString::fromStdString(value.provider)});
        }
    }
    const bool changed = badges.size() != m_freshness->badges().size() || !badges.empty();
    m_freshness->setBadges(std::move(badges));
    if (changed)
        updateKey();
}

void MapOverlaysWiring::updateKey()
{
    m_key->setEntries({!m_sites->sites().empty(), !m_migrations->arrows().empty(), !m_freshness->badges().empty()});
    m_context.map->update();
}

} // namespace greenlight
