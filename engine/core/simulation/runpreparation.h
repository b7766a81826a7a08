// What a simulated run needs before it starts, worked out once for the CLI, the plan feed and the
// what-if: the fleet without the sites that have no intensity data for the jobs' period (their
// jobs re-homed on the others, everyone else's home kept), and PUE(t) from the sites' cooling and
// recorded weather.
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

// The most whole weeks a workload may be shifted either way: a century is more than any trace
// spans (the CLI's --shift-weeks range, and the suggestions below stay inside it).
inline constexpr long long kMostShiftWeeks = 5200;

// The fleet's sites with intensity data for the jobs' period, the jobs homed among them, and
// their setup; `setup.excludedSites` names the sites dropped for want of data (fleet order).
struct UsableFleet {
    Fleet fleet;
    std::vector<Job> jobs;
    SimulationSetup setup;
    std::size_t rehomed = 0;       // jobs of dropped sites given a new home (rehomeOnSites)
    std::size_t rehomedPinned = 0; // of those, pinned to a jurisdiction: homed within it
    std::size_t leftOut = 0;       // jobs no kept site may take (pinned to a dropped jurisdiction)
};

// Loads the jobs with `loadJobs` on the whole fleet (so homes are drawn as on a run where every
// site has data), then drops `removedSites` (ids) and the sites makeSetup finds without data;
// the dropped sites' jobs are re-homed on the rest (rehomeOnSites: pinned work within its
// jurisdiction, left out and counted when no kept site there may take it), every other job
// keeps its home. The
// fleet keeps its name, regions, residual mix and budget (Fleet::withSites), and is returned
// unchanged when nothing is dropped. Errors: those of `loadJobs`; OutOfRange when no site has
// data (naming the --shift-weeks that would give sites data, counting the `shiftedWeeks` the
// jobs were already moved by); NotFound when every job is left out.
Result<UsableFleet> keepSitesWithData(const Fleet& fleet, const TraceLibrary& traces,
                                      const std::function<Result<std::vector<Job>>(const Fleet&)>& loadJobs,
                                      const std::vector<std::string>& removedSites = {}, long long shiftedWeeks = 0);

// One line for reports, empty when no job moved: "8858 jobs of dropped sites re-homed by
// capacity share (1771 pinned ones within their jurisdiction); 5 jobs left out: …".
std::string rehomingNote(const UsableFleet& usable);

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
