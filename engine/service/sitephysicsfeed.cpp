#include "service/sitephysicsfeed.h"

#include "core/physics/weatherlibrary.h"

#include <QtConcurrent/QtConcurrentRun>

namespace greenlight {

SitePhysicsFeed::SitePhysicsFeed(QString fleetFile, QString weatherDir, QObject* parent)
    : QObject(parent), m_fleetFile(std::move(fleetFile)), m_weatherDir(std::move(weatherDir))
{
    connect(&m_watcher, &QFutureWatcher<Outcome>::finished, this, [this] {
        const Outcome outcome = m_watcher.result();
        if (outcome.inputs)
            m_inputs = outcome.inputs;
        if (outcome.snapshot)
            emit computed(outcome.snapshot);
        else
            emit failed(outcome.error);
    });
}

SitePhysicsFeed::~SitePhysicsFeed() { m_watcher.waitForFinished(); }

void SitePhysicsFeed::start(UtcTime now, int days)
{
    // The `days` up to the replayed now (its hour included): the panels say "the last week", and
    // a day ahead put 24 hours of the future into their free-cooling and water totals.
    const UtcTime hour = std::chrono::floor<Hours>(now);
    const TimeWindow window{hour + Hours{1} - Days{days}, hour + Hours{1}};
    m_watcher.setFuture(QtConcurrent::run([fleet = m_fleetFile, weather = m_weatherDir, inputs = m_inputs, window] {
        return compute(fleet, weather, inputs, window);
    }));
}

SitePhysicsFeed::Outcome SitePhysicsFeed::compute(const QString& fleetFile, const QString& weatherDir,
                                                  std::shared_ptr<const Inputs> inputs, TimeWindow window)
{
    Outcome outcome;
    if (!inputs) {
        Result<Fleet> fleet = loadFleetFile(fleetFile.toStdString());
        if (!fleet.ok()) {
            outcome.error = QString::fromStdString(fleet.status().toString());
            return outcome;
        }
        Result<WeatherLibrary> weather = WeatherLibrary::loadDirectory(weatherDir.toStdString());
        if (!weather.ok()) {
            outcome.error = QString::fromStdString(weather.status().toString());
            return outcome;
        }
        inputs = std::make_shared<const Inputs>(Inputs{std::move(fleet.value()), std::move(weather.value())});
    }
    outcome.inputs = inputs;
    const Fleet& fleet = inputs->fleet;
    Result<FleetPhysics> physics = inputs->weather.physicsFor(fleet, window);
    if (!physics.ok()) {
        outcome.error = QString::fromStdString(physics.status().toString());
        return outcome;
    }
    auto snapshot = std::make_shared<PhysicsSnapshot>();
    snapshot->window = window;
    const auto& sites = fleet.sites();
    for (std::size_t i = 0; i < sites.size() && i < physics->sites.size(); ++i) {
        const Site& site = sites[i];
        const double itKwh = site.totalGpus() * site.powerPerGpu.value * kAssumedUtilisation;
        snapshot->sites.push_back({site.id, site.name, coolingTypeName(site.cooling), site.zoneKey, site.location,
                                   site.totalGpus(), physics->sites[i], itKwh,
                                   siteHeatReuse(site, physics->sites[i], itKwh), site.heatReuse.contractedKwTh});
    }
    outcome.snapshot = std::move(snapshot);
    return outcome;
}

} // namespace greenlight
