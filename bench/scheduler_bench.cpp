// Scheduler figures for the engine issue:
//  - plan 10,000 pending jobs over the 16-site demo fleet × 48 h, capacity on 5-minute slots;
//  - simulate the Philly trace (shifted 312 weeks into 2023) on the demo fleet, per policy, with
//    the forecasts issued beforehand (they are shared by every policy and timed on their own).
//   build/bin/scheduler_bench
#include "core/fleet/fleet.h"
#include "core/budget/carbonbudget.h"
#include "core/forecast/forecasterregistry.h"
#include "core/inference/inferencerouter.h"
#include "core/physics/weatherlibrary.h"
#include "core/scheduler/intensityoutlook.h"
#include "core/scheduler/policyregistry.h"
#include "core/simulation/runpreparation.h"
#include "core/simulation/simulator.h"
#include "core/traceloader.h"
#include "core/workload/workload.h"

#include <benchmark/benchmark.h>

#include <algorithm>
#include <cmath>
#include <chrono>
#include <random>
#include <set>

namespace greenlight {
namespace {

const std::filesystem::path kData = GREENLIGHT_DATA_DIR;
const std::filesystem::path kWorkloads = GREENLIGHT_WORKLOADS_DIR;

struct Bundle {
    Fleet fleet = loadFleetFile(kData.parent_path() / "fleets" / "demo-fleet.json").value();
    TraceLibrary traces;
    Bundle()
    {
        std::vector<IntensitySeries> series;
        std::set<std::string> zones;
        for (const Site& s : fleet.sites()) {
            if (zones.insert(s.zoneKey).second)
                series.push_back(loadIntensityCsv(kData / "carbon" / (s.zoneKey + ".csv")).value());
        }
        traces = TraceLibrary(std::move(series));
    }
};

const Bundle& bundle()
{
    static const Bundle b;
    return b;
}

void BM_PlanTenThousandPendingJobs(benchmark::State& state)
{
    const Bundle& b = bundle();
    const UtcTime now = *parseIsoUtc("2022-06-01T00:00:00Z");
    // A job mix shaped like the Philly trace: mostly 1-GPU jobs, a few large ones, durations
    // log-normal around 20 minutes, capped at 6 h (about 12,000 GPU-hours in all, a quarter
    // of what the fleet offers in the 48 h).
    std::mt19937 rng(3);
    std::discrete_distribution<int> gpuClass({90, 3, 3, 3, 1});
    const int gpuSizes[] = {1, 2, 4, 8, 16};
    std::lognormal_distribution<double> minutes(std::log(20.0), 1.2);
    std::vector<Job> jobs;
    for (int i = 0; i < 10'000; ++i) {
        Job job;
        job.id = "bench-" + std::to_string(i);
        job.gpus = gpuSizes[gpuClass(rng)];
        job.duration = std::chrono::minutes{std::clamp(static_cast<int>(minutes(rng)), 1, 360)};
        job.submit = now;
        job.maxDelay = Hours{48} - std::chrono::ceil<Hours>(job.duration);
        job.homeSite = static_cast<std::size_t>(i) % b.fleet.sites().size();
        job.dataSizeGb = 20.0 * job.gpus;
        jobs.push_back(job);
    }
    // Scores integrate intensity × PUE(t) from site physics, precomputed as one series per site.
    const WeatherLibrary weather = WeatherLibrary::loadDirectory(kData / "weather").value();
    const FleetPhysics physics =
        weather.physicsFor(b.fleet, {startOfYear(2021), startOfYear(2024)}).value();
    const FacilityIntensity facility(b.fleet, b.traces, &physics);
    const ActualOutlook outlook(b.fleet, b.traces, &facility);
    const std::vector<bool> hasData(b.fleet.sites().size(), true);
    auto policy = makePolicy(state.range(0) == 0 ? "spatiotemporal" : "carbon-window").value();
    std::size_t placed = 0;
    for (auto _ : state) {
        CapacityLedger ledger(b.fleet, now, 24 * 14);
        PlanningContext ctx{b.fleet, outlook, ledger, ApprovalRules::defaults(), hasData, now};
        placed = 0;
        for (const Job& job : jobs)
            placed += !policy->place(job, ctx).deadlineMissed;
    }
    state.SetLabel(policy->name());
    state.counters["within_slo"] = static_cast<double>(placed);
}
BENCHMARK(BM_PlanTenThousandPendingJobs)->Arg(0)->Arg(1)->Unit(benchmark::kMillisecond);

// One routing decision including the budget check (inference-route + budget-tier), timed call
// by call so that the 99th percentile is a real one.
void BM_RouteDecisionWithBudgetCheck(benchmark::State& state)
{
    const Bundle& b = bundle();
    InferenceRouter router(b.fleet, defaultModelTiers());
    std::vector<double> intensity;
    for (const Site& s : b.fleet.sites())
        intensity.push_back(b.traces.find(s.zoneKey)->sampleAt(*parseIsoUtc("2022-06-01T12:00:00Z"))->lifecycleGPerKwh);
    router.setIntensities(intensity);
    CarbonBudget budget({1000.0, 30000.0, {}});
    budget.reserve("earlier", "", *parseIsoUtc("2022-06-01T08:00:00Z"), 420.0);
    std::mt19937 rng(5);
    std::vector<InferenceRequest> requests(4096);
    for (std::size_t i = 0; i < requests.size(); ++i) {
        requests[i].contextTokens = static_cast<int>(rng() % 8000);
        requests[i].generatedTokens = static_cast<int>(rng() % 500);
        requests[i].qualityFloor = (rng() % 3) * 0.08 + 0.62;
        requests[i].userRegion = rng() % b.fleet.userRegions().size();
        requests[i].arrival = *parseIsoUtc("2022-06-01T12:00:00Z") + Seconds{static_cast<long long>(i)};
    }
    std::vector<double> ns;
    ns.reserve(1 << 20);
    std::size_t i = 0;
    double sink = 0.0;
    for (auto _ : state) {
        const InferenceRequest& q = requests[i++ & 4095];
        const auto t0 = std::chrono::steady_clock::now();
        const RouteDecision d = router.route(q, budget.state(q.arrival));
        const auto t1 = std::chrono::steady_clock::now();
        sink += d.emissionsGrams;
        if (ns.size() < ns.capacity())
            ns.push_back(std::chrono::duration<double, std::nano>(t1 - t0).count());
    }
    benchmark::DoNotOptimize(sink);
    std::sort(ns.begin(), ns.end());
    if (!ns.empty()) {
        state.counters["p50_ns"] = ns[ns.size() / 2];
        state.counters["p99_ns"] = ns[ns.size() * 99 / 100];
    }
}
BENCHMARK(BM_RouteDecisionWithBudgetCheck);

void BM_SimulatePhilly2023(benchmark::State& state)
{
    static const std::vector<std::string> kPolicies = {"baseline", "carbon-window", "wait-awhile",
                                                       "threshold-migrate", "spatiotemporal", "oracle"};
    const Bundle& b = bundle();
    // Sites whose zone has no 2023 data are dropped and their jobs re-homed, as the CLI does.
    WorkloadRules rules;
    rules.shiftWeeks = 312;
    const UsableFleet usable = keepSitesWithData(b.fleet, b.traces, [&](const Fleet& f) -> Result<std::vector<Job>> {
        Result<Workload> w = loadWorkloadCsv(kWorkloads / "philly_2017_sep_nov.csv", rules, f);
        if (!w.ok())
            return w.status();
        return std::move(w->jobs);
    }).value();
    const Fleet& active = usable.fleet;
    const std::vector<Job>& jobs = usable.jobs;
    const SimulationSetup& setup = usable.setup;
    const auto ridge = makeForecaster("ridge").value();
    const ForecastOutlook forecast(active, b.traces, *ridge);
    forecast.prefetch(setup.submitPeriod);
    const ActualOutlook actual(active, b.traces);
    const std::string name = kPolicies.at(static_cast<std::size_t>(state.range(0)));
    double kg = 0;
    std::size_t misses = 0;
    for (auto _ : state) {
        auto policy = makePolicy(name).value();
        const SimulationRun run = simulate(active, b.traces, jobs, *policy,
                                           policy->wantsPerfectForesight() ? static_cast<const IntensityOutlook&>(actual) : forecast,
                                           setup);
        kg = run.emissionsKg;
        misses = run.deadlineMisses;
    }
    state.SetLabel(name);
    state.counters["emissions_t"] = kg / 1000.0;
    state.counters["deadline_misses"] = static_cast<double>(misses);
}
BENCHMARK(BM_SimulatePhilly2023)->DenseRange(0, 5)->Unit(benchmark::kMillisecond)->Iterations(1);

} // namespace
} // namespace greenlight
