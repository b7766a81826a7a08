// One job as a policy planned it next to the carbon-agnostic baseline: what the job queue and the
// what-if views list. Built from two simulation runs over the same jobs.
//
//   std::vector<PlannedJob> plan = plannedJobs(fleet, jobs, baselineRun, policyRun);
#pragma once

#include "core/fleet/fleet.h"
#include "core/simulation/simulator.h"
#include "core/workload/job.h"

#include <string>
#include <vector>

namespace greenlight {

struct PlannedJob {
    std::string jobId;
    std::string kind;     // jobKindName
    std::string homeSite; // site ids
    std::string site;
    int gpus = 0;
    UtcTime submit{};
    UtcTime deadline{};
    UtcTime plannedStart{};
    UtcTime plannedFinish{};
    double expectedKg = 0.0;
    double baselineExpectedKg = 0.0;
    bool placed = false;
    bool needsApproval = false;
    std::string reason;
};

// Jobs moving between sites at an instant, grouped by (from, to): pending = planned elsewhere
// than home and submitted but not started yet; running = started elsewhere and not finished.
struct MigrationFlow {
    std::string fromSite;
    std::string toSite;
    bool running = false;
    std::size_t jobs = 0;
    int gpus = 0;
};
std::vector<MigrationFlow> migrationFlowsAt(const std::vector<PlannedJob>& plan, UtcTime now);

std::vector<PlannedJob> plannedJobs(const Fleet& fleet, const std::vector<Job>& jobs,
                                    const SimulationRun& baseline, const SimulationRun& policyRun);

} // namespace greenlight
