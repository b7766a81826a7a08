#include "core/simulation/runpreparation.h"

#include <algorithm>
#include <utility>

namespace greenlight {

Result<UsableFleet> keepSitesWithData(const Fleet& fleet, const TraceLibrary& traces,
                                      const std::function<Result<std::vector<Job>>(const Fleet&)>& loadJobs)
{
    Result<std::vector<Job>> jobs = loadJobs(fleet);
    if (!jobs.ok())
        return jobs.status();
    UsableFleet out{fleet, std::move(jobs).value(), {}};
    out.setup = makeSetup(fleet, traces, out.jobs);
    if (out.setup.excludedSites.empty())
        return out;
    std::vector<Site> kept;
    for (std::size_t s = 0; s < fleet.sites().size(); ++s) {
        if (out.setup.siteHasData[s])
            kept.push_back(fleet.sites()[s]);
    }
    if (kept.empty())
        return Status(StatusCode::OutOfRange, "no fleet site has intensity data for the period of the workload",
                      "simulation");
    std::vector<std::string> excluded = std::move(out.setup.excludedSites);
    out.fleet = fleet.withSites(std::move(kept));
    jobs = loadJobs(out.fleet);
    if (!jobs.ok())
        return jobs.status();
    out.jobs = std::move(jobs).value();
    out.setup = makeSetup(out.fleet, traces, out.jobs);
    out.setup.excludedSites = std::move(excluded);
    return out;
}

TimeWindow physicsWindow(const Fleet& fleet, const TraceLibrary& traces, const SimulationSetup& setup)
{
    TimeWindow window{setup.origin, setup.origin + Hours{static_cast<long long>(setup.hours)}};
    for (const Site& site : fleet.sites()) {
        if (const IntensitySeries* series = traces.find(site.zoneKey)) {
            window.begin = std::min(window.begin, series->start());
            window.end = std::max(window.end, series->end());
        }
    }
    return window;
}

Result<FacilitySetup> facilityFor(const Fleet& fleet, const TraceLibrary& traces, const SimulationSetup& setup,
                                  const WeatherLibrary* weather)
{
    FacilitySetup out;
    if (!weather) {
        out.facility = std::make_shared<const FacilityIntensity>(fleet, traces);
        out.pueModel = "design PUE of every site";
        return out;
    }
    Result<FleetPhysics> physics = weather->physicsFor(fleet, physicsWindow(fleet, traces, setup));
    if (!physics.ok())
        return physics.status();
    out.physics = std::make_shared<const FleetPhysics>(std::move(physics).value());
    for (const SitePhysics& p : out.physics->sites)
        out.sitesWithWeather += p.hasWeather() ? 1 : 0;
    out.facility = std::make_shared<const FacilityIntensity>(fleet, traces, out.physics.get());
    out.pueModel = out.sitesWithWeather == 0
        ? "design PUE of every site (no weather for any site)"
        : "hourly from cooling and weather at " + std::to_string(out.sitesWithWeather) + " of " +
            std::to_string(fleet.sites().size()) + " sites, design PUE at the others";
    return out;
}

} // namespace greenlight
