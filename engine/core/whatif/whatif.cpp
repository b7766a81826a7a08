#include "whatif.h"

#include "perturbedforecaster.h"

#include "core/forecast/forecasterregistry.h"
#include "core/scheduler/facilityintensity.h"
#include "core/scheduler/framework.h"
#include "core/scheduler/intensityoutlook.h"
#include "core/scheduler/policies/thresholdmigrate/thresholdmigratepolicy.h"
#include "core/scheduler/policyregistry.h"
#include "core/simulation/hourlyemissions.h"
#include "core/simulation/runpreparation.h"
#include "core/simulation/simulator.h"
#include "core/workload/workload.h"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <set>

namespace greenlight {

// The fleet, jobs and setup one side of the comparison runs on.
struct PreparedRun {
    Fleet fleet;
    std::vector<Job> jobs;
    SimulationSetup setup;
    std::vector<std::string> notes;
    std::string rules;
};

struct CurrentPlanRun {
    std::shared_ptr<const TraceLibrary> traces; // held, so that the key's library cannot be replaced at the same address
    std::optional<UtcTime> from;
    std::optional<UtcTime> to;
    PreparedRun prepared;
    SimulationRun baseline;
    SimulationRun run;
};

namespace {

// The caps a scenario runs under: the fleet file's (as the current plan and `simulate`), or its
// own daily and monthly caps with the fleet's team caps kept (a scenario does not model teams).
std::optional<BudgetCaps> budgetFor(const Scenario& s, const Fleet& fleet)
{
    if (s.fleetBudget)
        return fleet.carbonBudget();
    BudgetCaps caps{s.budgetDailyKg, s.budgetMonthlyKg, fleet.carbonBudget() ? fleet.carbonBudget()->teamMonthlyKg
                                                                             : decltype(BudgetCaps::teamMonthlyKg){}};
    if (!caps.dailyKg && !caps.monthlyKg && caps.teamMonthlyKg.empty())
        return std::nullopt;
    return caps;
}

Status invalid(std::string what) { return Status(StatusCode::InvalidArgument, std::move(what), "what-if"); }
Status cancelled() { return Status(StatusCode::Aborted, "the what-if run was cancelled", "what-if"); }

WorkloadRules rulesFor(const Scenario& s)
{
    WorkloadRules rules;
    rules.maxDelayLong = Seconds{std::llround(s.maxDelayLongHours * 3600.0)};
    rules.maxDelayShort = Seconds{std::llround(s.maxDelayShortHours * 3600.0)};
    return rules;
}

// The GPU type and power per GPU most of the fleet's GPUs have, for a site the scenario adds.
std::pair<std::string, Kilowatts> typicalGpu(const Fleet& fleet)
{
    std::map<std::string, int> byType;
    std::map<double, int> byPower;
    for (const Site& site : fleet.sites()) {
        for (const auto& [type, n] : site.gpusByType)
            byType[type] += n;
        byPower[site.powerPerGpu.value] += site.totalGpus();
    }
    auto most = [](const auto& counts, auto fallback) {
        auto best = fallback;
        int n = -1;
        for (const auto& [key, count] : counts) {
            if (count > n) {
                best = key;
                n = count;
            }
        }
        return best;
    };
    return {most(byType, std::string("A100")), Kilowatts{most(byPower, 0.4)}};
}

Result<std::vector<Job>> loadJobs(const WhatIfInputs& in, const Scenario& s, const Fleet& homes)
{
    Result<Workload> w = loadWorkloadCsv(in.workloadCsv, rulesFor(s), homes);
    if (!w.ok())
        return w.status();
    std::vector<Job> jobs;
    for (Job& job : w->jobs) {
        if ((s.from && job.submit < *s.from) || (s.to && job.submit >= *s.to))
            continue;
        jobs.push_back(std::move(job));
    }
    if (jobs.empty())
        return invalid("no GPU jobs of " + in.workloadCsv.filename().string() + " were submitted in the scenario's period");
    return jobs;
}

Result<PreparedRun> prepare(const WhatIfInputs& in, const Scenario& s)
{
    const Fleet& current = in.fleet;
    for (const std::string& id : s.removedSites) {
        if (!current.find(id))
            return invalid("the scenario removes site \"" + id + "\", which the fleet " + current.name() + " does not have");
    }
    for (const auto& [id, type] : s.coolingChanges) {
        if (!current.find(id))
            return invalid("the scenario changes the cooling of site \"" + id + "\", which the fleet does not have");
    }
    PreparedRun run;
    run.rules = rulesFor(s).describe();
    std::vector<Site> homes;
    std::size_t removed = 0;
    for (const Site& site : current.sites()) {
        if (std::find(s.removedSites.begin(), s.removedSites.end(), site.id) != s.removedSites.end())
            ++removed;
        Site copy = site;
        if (const auto c = s.coolingChanges.find(site.id); c != s.coolingChanges.end() && c->second != site.cooling) {
            copy.cooling = c->second;
            copy.coolingParams.reset(); // the old type's overrides do not describe the new plant
            run.notes.push_back(site.id + ": cooling " + coolingTypeName(site.cooling) + " → " + coolingTypeName(c->second) +
                                " (the type's default parameters)");
        }
        homes.push_back(std::move(copy));
    }
    if (removed == homes.size())
        return invalid("the scenario removes every site of the fleet");

    // Jobs keep their homes among the existing sites, as in the current plan; removed sites and
    // sites without data for the period are dropped and only their jobs re-homed, as
    // `greenlight-cli simulate` does.
    Result<UsableFleet> usable = keepSitesWithData(current.withSites(std::move(homes)), *in.traces,
                                                   [&](const Fleet& f) { return loadJobs(in, s, f); }, s.removedSites);
    if (!usable.ok())
        return usable.status().code() == StatusCode::OutOfRange
            ? invalid("no site of the fleet has intensity data for the scenario's period")
            : usable.status();
    for (const std::string& e : usable->setup.excludedSites)
        run.notes.push_back("excluded " + e);
    if (const std::string note = rehomingNote(usable.value()); !note.empty())
        run.notes.push_back(note);
    const std::vector<Site>& homeSites = usable->fleet.sites();

    // Added sites come after the homes, so the jobs' home indices stay valid.
    std::vector<Site> sites = homeSites;
    const auto [gpuType, powerPerGpu] = typicalGpu(current);
    std::set<std::string> ids;
    for (const Site& site : current.sites())
        ids.insert(site.id);
    for (const ScenarioSite& add : s.addedSites) {
        if (!ids.insert(add.id).second)
            return invalid("the scenario adds site \"" + add.id + "\", but the fleet already has a site with that id");
        if (!in.traces->find(add.zoneKey))
            return invalid("the scenario adds site \"" + add.id + "\" in zone " + add.zoneKey + ", which has no bundled intensity trace");
        Site site;
        site.id = add.id;
        site.name = add.zoneKey;
        site.zoneKey = add.zoneKey;
        site.jurisdiction = add.jurisdiction;
        site.location = add.location;
        site.gpusByType[gpuType] = add.gpus;
        site.powerPerGpu = powerPerGpu;
        site.pue = add.pue;
        site.cooling = add.cooling;
        for (const UserRegion& region : current.userRegions())
            site.latencyMsByRegion[region.id] = estimatedRoundTripMs(site.location, region.location);
        sites.push_back(std::move(site));
    }
    run.fleet = current.withSites(std::move(sites));
    run.jobs = std::move(usable->jobs);
    run.setup = makeSetup(run.fleet, *in.traces, run.jobs);
    for (std::size_t i = homeSites.size(); i < run.fleet.sites().size(); ++i) {
        if (!run.setup.siteHasData[i])
            run.notes.push_back("added site " + run.fleet.sites()[i].id + " unused: " + run.fleet.sites()[i].zoneKey +
                                " has no intensity data for the period");
    }
    run.setup.budget = budgetFor(s, run.fleet);

    // PUE(t) from each site's cooling and recorded weather over every hour its trace covers.
    Result<FacilitySetup> facility = facilityFor(run.fleet, *in.traces, run.setup, in.weather.get());
    if (!facility.ok())
        return facility.status();
    run.setup.facility = facility->facility;
    run.notes.push_back("PUE: " + facility->pueModel + (in.weather ? "" : " (no weather library)"));
    return run;
}

Result<std::unique_ptr<SchedulingPolicy>> policyFor(const Scenario& s)
{
    if (s.policy == "threshold-migrate") {
        ThresholdMigratePolicy::Settings settings;
        settings.thresholdGPerKwh = s.thresholdGPerKwh;
        return std::unique_ptr<SchedulingPolicy>(std::make_unique<ThresholdMigratePolicy>(settings));
    }
    return makePolicy(s.policy);
}

std::size_t dayIndex(UtcTime t, UtcTime firstDay)
{
    return static_cast<std::size_t>(std::max<long long>(0, (std::chrono::floor<Days>(t) - firstDay) / Days{1}));
}

WhatIfOutcome outcomeOf(const PreparedRun& p, const SimulationRun& run, const SimulationRun& baseline, UtcTime firstDay)
{
    WhatIfOutcome o;
    o.policy = run.policy;
    o.forecast = run.outlook;
    o.sites = p.fleet.sites().size();
    o.jobs = run.jobs;
    o.unplaced = run.unplaced;
    o.deadlineMisses = run.deadlineMisses;
    o.migrations = run.migrations;
    o.emissionsKg = run.emissionsKg;
    o.p95DelayHours = run.p95DelayHours;
    o.baselineEmissionsKg = baseline.emissionsKg;
    o.baselineDeadlineMisses = baseline.deadlineMisses;
    o.notes = p.notes;
    std::vector<double> bySite(p.fleet.sites().size(), 0.0);
    for (const SimulationRecord& r : run.records) {
        if (r.placed)
            bySite[r.site] += r.emissionsKg;
    }
    // By day with the budget panel's rule (hourlyemissions.h): each job's kg pro rata over the
    // time it ran, its data movement in the hour it started.
    const HourlyKg hourly = hourlyEmissions(run);
    for (std::size_t h = 0; h < hourly.kg.size(); ++h) {
        const std::size_t day = dayIndex(hourly.origin + Hours{static_cast<long long>(h)}, firstDay);
        if (o.dailyEmissionsKg.size() <= day)
            o.dailyEmissionsKg.resize(day + 1, 0.0);
        o.dailyEmissionsKg[day] += hourly.kg[h];
    }
    for (std::size_t s = 0; s < bySite.size(); ++s)
        o.siteEmissionsKg.emplace_back(p.fleet.sites()[s].id, bySite[s]);
    return o;
}

} // namespace

Result<std::shared_ptr<const Forecaster>> ForecasterPool::get(const std::string& name)
{
    const std::lock_guard lock(m_mutex);
    if (const auto it = m_models.find(name); it != m_models.end())
        return it->second;
    Result<std::unique_ptr<Forecaster>> model = makeForecaster(name);
    if (!model.ok())
        return model.status();
    std::shared_ptr<const Forecaster> shared = std::move(model).value();
    m_models.emplace(name, shared);
    return shared;
}

std::shared_ptr<const CurrentPlanRun> CurrentPlanCache::find(const std::shared_ptr<const TraceLibrary>& traces,
                                                              const std::optional<UtcTime>& from,
                                                              const std::optional<UtcTime>& to) const
{
    const std::lock_guard lock(m_mutex);
    for (const auto& run : m_runs) {
        if (run->traces == traces && run->from == from && run->to == to)
            return run;
    }
    return nullptr;
}

void CurrentPlanCache::keep(std::shared_ptr<const CurrentPlanRun> run)
{
    const std::lock_guard lock(m_mutex);
    std::erase_if(m_runs, [&](const auto& kept) {
        return kept->traces == run->traces && kept->from == run->from && kept->to == run->to;
    });
    m_runs.push_back(std::move(run));
    if (m_runs.size() > kMaxPeriods)
        m_runs.erase(m_runs.begin());
}

std::size_t CurrentPlanCache::size() const
{
    const std::lock_guard lock(m_mutex);
    return m_runs.size();
}

Scenario currentPlanScenario(const Scenario& scenario)
{
    Scenario current;
    current.name = "current plan";
    current.from = scenario.from;
    current.to = scenario.to;
    return current;
}

Result<WhatIfComparison> runWhatIf(const WhatIfInputs& inputs, const Scenario& scenario, RunFeedback* feedback)
{
    const auto started = std::chrono::steady_clock::now();
    if (!inputs.traces)
        return invalid("no intensity traces are loaded");
    auto stopped = [&] { return feedback && feedback->isCancelled(); };
    auto progress = [&](double percent) {
        if (feedback)
            feedback->setProgress(percent);
    };
    const Scenario currentScenario = currentPlanScenario(scenario);
    // The current plan's side depends on the period only: kept from an earlier run when it can be.
    std::shared_ptr<const CurrentPlanRun> kept =
        inputs.currentPlans ? inputs.currentPlans->find(inputs.traces, scenario.from, scenario.to) : nullptr;
    const bool reused = kept != nullptr;
    std::optional<PreparedRun> fresh;
    if (!reused) {
        Result<PreparedRun> current = prepare(inputs, currentScenario);
        if (!current.ok())
            return Status(current.status().code(), "current plan: " + current.status().message(), "what-if");
        fresh = std::move(current).value();
    }
    const PreparedRun& current = reused ? kept->prepared : *fresh;
    // Same fleet, jobs and period: the scenario runs on the current plan's preparation, with its
    // own carbon budget (prepare() would load and compute the very same).
    const bool sameBaseline = scenario.keepsFleetAndJobs();
    std::optional<PreparedRun> changedRun;
    if (sameBaseline) {
        changedRun = current;
        changedRun->setup.budget = budgetFor(scenario, changedRun->fleet);
    } else {
        Result<PreparedRun> prepared = prepare(inputs, scenario);
        if (!prepared.ok())
            return prepared.status();
        changedRun = std::move(prepared).value();
    }
    const PreparedRun& changed = *changedRun;
    progress(2);
    if (stopped())
        return cancelled();

    Result<std::unique_ptr<SchedulingPolicy>> currentPolicy = policyFor(currentScenario);
    Result<std::unique_ptr<SchedulingPolicy>> scenarioPolicy = policyFor(scenario);
    for (const Status* s : {&currentPolicy.status(), &scenarioPolicy.status()}) {
        if (!s->isOk())
            return invalid(s->message());
    }
    // One instance per model, so both sides (and, with a pool, later runs) share its fitted models.
    std::shared_ptr<ForecasterPool> pool = inputs.forecasters ? inputs.forecasters : std::make_shared<ForecasterPool>();
    Result<std::shared_ptr<const Forecaster>> currentModel = pool->get(currentScenario.forecast);
    Result<std::shared_ptr<const Forecaster>> scenarioModel = pool->get(scenario.forecast);
    if (!currentModel.ok() || !scenarioModel.ok())
        return invalid(!currentModel.ok() ? currentModel.status().message() : scenarioModel.status().message());
    std::shared_ptr<const Forecaster> currentForecaster = currentModel.value();
    std::shared_ptr<const Forecaster> scenarioForecaster = scenarioModel.value();
    if (scenario.forecastError.isActive())
        scenarioForecaster = std::make_shared<PerturbedForecaster>(scenarioForecaster, scenario.forecastError);

    // Shares of the progress bar: the baselines are quick (1 unit), the policies' runs are not (3);
    // runs kept from earlier take none.
    struct Phase {
        double from;
        double span;
    };
    const double units = (reused ? 0.0 : 4.0) + (sameBaseline ? 0.0 : 1.0) + 3.0;
    const double scale = 96.0 / units;
    double next = 2.0;
    auto phaseOf = [&](double share) {
        const Phase phase{next, share * scale};
        next += phase.span;
        return phase;
    };
    const Phase currentBaselinePhase = phaseOf(reused ? 0 : 1);
    const Phase currentPhase = phaseOf(reused ? 0 : 3);
    const Phase scenarioBaselinePhase = phaseOf(sameBaseline ? 0 : 1);
    const Phase scenarioPhase = phaseOf(3);
    auto simulatePhase = [&](const PreparedRun& p, SchedulingPolicy& policy, const Forecaster& model, Phase phase,
                             bool keepBudget) -> Result<SimulationRun> {
        SimulationSetup setup = p.setup;
        if (!keepBudget)
            setup.budget.reset(); // the counterfactual keeps no budget
        if (feedback) {
            setup.progress = [feedback, phase](double fraction) {
                feedback->setProgress(phase.from + phase.span * fraction);
                return !feedback->isCancelled();
            };
        }
        const ActualOutlook actual(p.fleet, *inputs.traces, setup.facility.get());
        const ForecastOutlook forecast(p.fleet, *inputs.traces, model, 48, setup.facility.get());
        const IntensityOutlook& outlook =
            policy.wantsPerfectForesight() ? static_cast<const IntensityOutlook&>(actual) : forecast;
        SimulationRun run = simulate(p.fleet, *inputs.traces, p.jobs, policy, outlook, setup);
        if (run.cancelled || stopped())
            return cancelled();
        return run;
    };

    if (!reused) {
        auto baselinePolicy = makePolicy("baseline").value();
        Result<SimulationRun> currentBaseline =
            simulatePhase(current, *baselinePolicy, *currentForecaster, currentBaselinePhase, false);
        if (!currentBaseline.ok())
            return currentBaseline.status();
        Result<SimulationRun> currentRun =
            simulatePhase(current, *currentPolicy.value(), *currentForecaster, currentPhase, true);
        if (!currentRun.ok())
            return currentRun.status();
        // `current` refers to *fresh, which moves here; the scenario's side is its own copy.
        kept = std::make_shared<const CurrentPlanRun>(CurrentPlanRun{inputs.traces, scenario.from, scenario.to,
                                                                     std::move(*fresh), std::move(currentBaseline).value(),
                                                                     std::move(currentRun).value()});
        if (inputs.currentPlans)
            inputs.currentPlans->keep(kept);
    }
    const SimulationRun* scenarioBaseline = &kept->baseline;
    Result<SimulationRun> ownBaseline = Status(StatusCode::Internal, "unused");
    if (!sameBaseline) {
        auto policy = makePolicy("baseline").value();
        ownBaseline = simulatePhase(changed, *policy, *currentForecaster, scenarioBaselinePhase, false);
        if (!ownBaseline.ok())
            return ownBaseline.status();
        scenarioBaseline = &ownBaseline.value();
    }
    Result<SimulationRun> scenarioRun =
        simulatePhase(changed, *scenarioPolicy.value(), *scenarioForecaster, scenarioPhase, true);
    if (!scenarioRun.ok())
        return scenarioRun.status();

    WhatIfComparison out;
    out.scenarioName = scenario.name;
    out.firstDay = std::chrono::floor<Days>(std::min(kept->prepared.setup.origin, changed.setup.origin));
    out.current = outcomeOf(kept->prepared, kept->run, kept->baseline, out.firstDay);
    out.scenario = outcomeOf(changed, scenarioRun.value(), *scenarioBaseline, out.firstDay);
    const std::size_t days = std::max(out.current.dailyEmissionsKg.size(), out.scenario.dailyEmissionsKg.size());
    out.current.dailyEmissionsKg.resize(days, 0.0);
    out.scenario.dailyEmissionsKg.resize(days, 0.0);
    const std::string& currentRules = kept->prepared.rules;
    out.assumptions = (currentRules == changed.rules ? "jobs: " + currentRules
                                                     : "current plan: " + currentRules + "; scenario: " + changed.rules) +
                      "; emissions = IT energy × PUE(t) × recorded hourly intensity + data moved × kWh/GB × home "
                      "intensity; forecast errors change what the policy believes, never the accounting";
    progress(100);
    out.elapsedMs = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - started).count();
    return out;
}

} // namespace greenlight
