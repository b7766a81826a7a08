// What a simulated run needs before it starts, worked out once for the CLI, the plan feed and the
// what-if: the fleet without the sites that have no intensity data for the jobs' period (their
// jobs re-homed on the others), and PUE(t) from the sites' cooling and recorded weather.
//
//   Result<UsableFleet> usable = keepSitesWithData(fleet, traces, loadJobs);
//   Result<FacilitySetup> f = facilityFor(usable->fleet, traces, usable->setup, &weather);
//   usable->setup.facility = f->facility;   // f->pueModel says where PUE(t) came from
#pragma once

#include "core/fleet/fleet.h"
#include "core/physics/weatherlibrary.h"
#include "core/scheduler/facilityintensity.h"
#include "core/simulation/simulator.h"
#include "core/status.h"
#include "core/tracelibrary.h"
#include "core/workload/job.h"

#include <functional>
#include <memory>
#include <string>
#include <vector>

namespace greenlight {

// The fleet's sites with intensity data for the jobs' period, the jobs homed among them, and
// their setup; `setup.excludedSites` names the sites dropped (fleet order).
struct UsableFleet {
    Fleet fleet;
    std::vector<Job> jobs;
    SimulationSetup setup;
};

// Loads the jobs (homes assigned on the fleet it is given) with `loadJobs`, drops the sites
// makeSetup finds without data and loads the jobs again on the rest (Fleet::withSites: name,
// regions, residual mix and budget kept). The fleet is returned unchanged when every site has
// data. Errors: those of `loadJobs`, and OutOfRange when no site has data.
Result<UsableFleet> keepSitesWithData(const Fleet& fleet, const TraceLibrary& traces,
                                      const std::function<Result<std::vector<Job>>(const Fleet&)>& loadJobs);

// PUE(t) of a run's fleet: intensity × PUE per site, with the physics it came from.
struct FacilitySetup {
    std::shared_ptr<const FacilityIntensity> facility;
    std::shared_ptr<const FleetPhysics> physics; // null: every site on its design PUE
    int sitesWithWeather = 0;
    // In words: "hourly from cooling and weather at 11 of 16 sites, design PUE at the others",
    // "design PUE of every site (no weather for any site)" or "design PUE of every site".
    std::string pueModel;
};

// The hours PUE(t) is worked out for: the setup's ledger and every hour the fleet's traces cover
// (outlooks and the lower bound read intensity × PUE outside the ledger too).
TimeWindow physicsWindow(const Fleet& fleet, const TraceLibrary& traces, const SimulationSetup& setup);

// PUE(t) from each site's cooling and the weather over physicsWindow(); `weather` null: the
// design PUE every hour. Errors: WeatherLibrary::physicsFor's (an explicitly named weather file
// that is missing).
Result<FacilitySetup> facilityFor(const Fleet& fleet, const TraceLibrary& traces, const SimulationSetup& setup,
                                  const WeatherLibrary* weather);

} // namespace greenlight
