// Runs a what-if scenario against the current plan: the scenario is applied to copies of the
// fleet and the workload rules, the same simulator replays the workload with the scenario's
// policy and (perturbed) forecast, and both are set side by side with their carbon-agnostic
// baselines. Nothing shared is modified; progress and cancel go through a RunFeedback.
//
//   WhatIfInputs in{fleet, "alibaba.csv", traces, weather};
//   Result<WhatIfComparison> r = runWhatIf(in, scenario, &feedback);
#pragma once

#include "scenario.h"

#include "core/fleet/fleet.h"
#include "core/forecast/forecaster.h"
#include "core/physics/weatherlibrary.h"
#include "core/runfeedback.h"
#include "core/status.h"
#include "core/tracelibrary.h"

#include <filesystem>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace greenlight {

// Forecasters by name, shared by runs so that a model's fitted weeks are fitted once (forecasters
// are const and thread-safe; see forecaster.h).
class ForecasterPool {
public:
    Result<std::shared_ptr<const Forecaster>> get(const std::string& name);

private:
    std::mutex m_mutex;
    std::map<std::string, std::shared_ptr<const Forecaster>> m_models;
};

// The current plan's side of a comparison (its fleet and jobs, its run and its baseline), which
// depends on the scenario's period only. Kept between runs on the same inputs, so that trying
// scenario after scenario simulates the current plan once per period (and per trace library).
struct CurrentPlanRun;
class CurrentPlanCache {
public:
    static constexpr std::size_t kMaxPeriods = 4; // the oldest is dropped beyond this

    std::shared_ptr<const CurrentPlanRun> find(const std::shared_ptr<const TraceLibrary>& traces,
                                               const std::optional<UtcTime>& from,
                                               const std::optional<UtcTime>& to) const;
    void keep(std::shared_ptr<const CurrentPlanRun> run);
    std::size_t size() const;

private:
    mutable std::mutex m_mutex;
    std::vector<std::shared_ptr<const CurrentPlanRun>> m_runs; // oldest first
};

struct WhatIfInputs {
    Fleet fleet;                       // the current fleet
    std::filesystem::path workloadCsv; // a real job trace (workload.h)
    std::shared_ptr<const TraceLibrary> traces;
    std::shared_ptr<const WeatherLibrary> weather; // null: every site on its design PUE
    std::shared_ptr<ForecasterPool> forecasters;   // null: fresh models for each run
    // null: the current plan is simulated again for each run. The fleet, workload and weather
    // above must stay those of the runs it keeps (the traces are part of its key).
    std::shared_ptr<CurrentPlanCache> currentPlans;
};

// One side of the comparison, accounted with the recorded intensity.
struct WhatIfOutcome {
    std::string policy;
    std::string forecast;
    std::size_t sites = 0;
    std::size_t jobs = 0;
    std::size_t unplaced = 0;
    std::size_t deadlineMisses = 0;
    std::size_t migrations = 0;
    double emissionsKg = 0.0;
    double p95DelayHours = 0.0;
    double baselineEmissionsKg = 0.0; // carbon-agnostic baseline on the same fleet and jobs
    std::size_t baselineDeadlineMisses = 0;
    // kg per UTC day from WhatIfComparison::firstDay, booked as the budget panel books them
    // (hourlyEmissions: a job's kg pro rata over the time it ran, data movement in the hour it
    // started); sums to emissionsKg.
    std::vector<double> dailyEmissionsKg;
    std::vector<std::pair<std::string, double>> siteEmissionsKg; // per site id, fleet order
    std::vector<std::string> notes; // excluded sites, PUE model, …

    double savingPct() const
    {
        return baselineEmissionsKg > 0.0 ? 100.0 * (baselineEmissionsKg - emissionsKg) / baselineEmissionsKg : 0.0;
    }
};

struct WhatIfComparison {
    std::string scenarioName;
    WhatIfOutcome current;  // the console's plan: spatiotemporal, ridge, default rules and fleet
    WhatIfOutcome scenario;
    UtcTime firstDay{};     // day 0 of both daily series
    std::string assumptions;
    double elapsedMs = 0.0;
};

// The current plan, as a scenario: the defaults, over the scenario's period.
Scenario currentPlanScenario(const Scenario& scenario);

// Errors (InvalidArgument) name what in the scenario does not fit the inputs: an unknown site to
// remove, an added zone without a trace, a period without jobs. Cancelled: StatusCode::Aborted.
Result<WhatIfComparison> runWhatIf(const WhatIfInputs& inputs, const Scenario& scenario,
                                   RunFeedback* feedback = nullptr);

} // namespace greenlight
