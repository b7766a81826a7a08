#include "simulatecommands.h"

#include "approvalrulesfile.h"
#include "fleetinputs.h"
#include "storeaccess.h"
#include "proposalcommands.h"
#include "scope2json.h"

#include "core/fleet/fleet.h"
#include "core/forecast/forecasterregistry.h"
#include "core/json/json.h"
#include "core/proposal/proposalsfromrun.h"
#include "core/physics/weatherlibrary.h"
#include "core/scheduler/intensityoutlook.h"
#include "core/scheduler/policyregistry.h"
#include "core/simulation/boundgap.h"
#include "core/simulation/boundverdict.h"
#include "core/simulation/lowerbound.h"
#include "core/simulation/recordscsv.h"
#include "core/simulation/runpreparation.h"
#include "core/simulation/simulator.h"
#include "core/traceloader.h"
#include "core/workload/workload.h"

#include <chrono>
#include <cmath>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <limits>

namespace greenlight::cli {
namespace {

constexpr const char* kUsage =
    "usage: greenlight-cli simulate --workload FILE --policy NAME [--forecast NAME]\n"
    "         [--carbon-dir DIR] [--fleet FILE] [--start ISO --end ISO] [--shift-weeks N]\n"
    "         [--max-delay-long-h H] [--max-delay-short-h H] [--sovereign-share F]\n"
    "         [--guest-share F] [--budget-daily-kg KG] [--budget-monthly-kg KG | --no-budget]\n"
    "         [--bound-iterations N] [--records FILE.csv] [--json]\n"
    "         [--weather-dir DIR] [--constant-pue] [--approval-rules FILE]\n"
    "         [--home-draw N]\n"
    "         [--propose [--propose-limit N] [--db FILE]]\n"
    "Replays the job trace (layout job_id,submit_time_utc,duration_s,gpus,status,...) on the\n"
    "fleet with the policy, decides each job at its submit time with the forecast issued then,\n"
    "accounts emissions with the recorded intensity, and compares with the baseline policy and\n"
    "the lower bounds. Defaults: the bundled carbon folder and demo fleet, forecast ridge.\n"
    "PUE is hourly from each site's cooling and recorded weather (docs/site-physics.md; the\n"
    "policies see the recorded weather as their weather forecast); --constant-pue uses the fleet\n"
    "file's design PUE every hour instead.\n"
    "The carbon budget is the fleet file's carbon_budget (its caps decide which proposals go to a\n"
    "human), replaced by --budget-daily-kg / --budget-monthly-kg, or none with --no-budget.\n"
    "approvals_needed counts the decisions the auto-approval rules send to a human: the rules in\n"
    "--approval-rules FILE (the layout of `rules set`), else with --propose the operations\n"
    "database's rules, else the default rule (deferrals up to 2 h with 30 min of slack; moves wait).\n"
    "Decisions that become proposals are judged as filing judges them, with their saving's band.\n"
    "--home-draw N takes another of the equally valid draws of the jobs' homes (0, the default, is\n"
    "the standard one): how much a figure owes to where the homes fell.\n";

double parseNumber(const std::optional<std::string>& text, double fallback, bool& ok)
{
    if (!text)
        return fallback;
    const std::optional<double> value = parseFiniteNumber(*text); // "inf" and "nan" are not numbers here
    ok = ok && value.has_value();
    return value.value_or(fallback);
}

// "1 CPU-only, 2 of zero duration": the workload rows the run left out, in words.
std::string rowsLeftOut(const Workload& w)
{
    std::string left;
    auto add = [&left](std::size_t n, const char* what) {
        if (n > 0)
            left += (left.empty() ? "" : ", ") + std::to_string(n) + " " + what;
    };
    add(w.skippedCpuOnly, "CPU-only");
    add(w.skippedNeverStarted, "never started");
    add(w.skippedTooLarge, "asking for more GPUs than any site has");
    add(w.skippedZeroDuration, "of zero duration");
    return left;
}

JsonValue summaryJson(const SimulationRun& run)
{
    JsonValue o = JsonValue::object();
    o.set("policy", JsonValue::string(run.policy));
    o.set("forecast", JsonValue::string(run.outlook));
    o.set("jobs", JsonValue::number(static_cast<double>(run.jobs)));
    o.set("unplaced", JsonValue::number(static_cast<double>(run.unplaced)));
    o.set("energy_kwh", JsonValue::number(run.itEnergyKwh));
    o.set("facility_energy_kwh", JsonValue::number(run.facilityEnergyKwh));
    o.set("emissions_kg", JsonValue::number(run.emissionsKg));
    o.set("deadline_misses", JsonValue::number(static_cast<double>(run.deadlineMisses)));
    o.set("p95_delay_h", JsonValue::number(run.p95DelayHours));
    o.set("mean_delay_h", JsonValue::number(run.meanDelayHours));
    o.set("migrations", JsonValue::number(static_cast<double>(run.migrations)));
    o.set("replans", JsonValue::number(static_cast<double>(run.replans)));
    o.set("pauses", JsonValue::number(static_cast<double>(run.pauses)));
    o.set("delayed_starts", JsonValue::number(static_cast<double>(run.delayedStarts)));
    if (run.finalBudgetState != BudgetState::Invalid) {
        o.set("budget_state", JsonValue::string(budgetStateName(run.finalBudgetState)));
        JsonValue transitions = JsonValue::array();
        for (const BudgetTransition& t : run.budgetTransitions) {
            JsonValue tj = JsonValue::object();
            tj.set("at", JsonValue::string(formatIsoUtc(t.at)));
            tj.set("from", JsonValue::string(budgetStateName(t.from)));
            tj.set("to", JsonValue::string(budgetStateName(t.to)));
            transitions.push(tj);
        }
        o.set("budget_transitions", transitions);
    }
    o.set("approvals_needed", JsonValue::number(static_cast<double>(run.approvalsNeeded)));
    o.set("approvals_needed_budget_only", JsonValue::number(static_cast<double>(run.approvalsBudgetOnly)));
    o.set("gpu_hours", JsonValue::number(run.gpuHours));
    o.set("utilisation", JsonValue::number(run.utilisation));
    o.set("elapsed_ms", JsonValue::number(run.elapsedMs));
    // The run's inventory at the sites (accounting/sitekpis.h).
    const SiteKpis& k = run.fleetKpis;
    o.set("pue", JsonValue::number(k.pue()));
    o.set("location_based_kg", JsonValue::number(k.locationGrams / 1000.0));
    o.set("market_based_kg", JsonValue::number(k.marketGrams / 1000.0));
    setScope2Disclosure(o, k);
    o.set("cfe_pct", k.cfePct() ? JsonValue::number(*k.cfePct()) : JsonValue::null());
    o.set("cue_location_kg_per_kwh", JsonValue::number(k.cueLocation()));
    o.set("wue_l_per_kwh", k.weatherKnown ? JsonValue::number(k.wueLitresPerKwh()) : JsonValue::null());
    o.set("erf", JsonValue::number(k.erf()));
    o.set("ere", JsonValue::number(k.ere()));
    o.set("ref", JsonValue::number(k.ref()));
    o.set("sci_g_per_job", JsonValue::number(run.sciGramsPerJob));
    return o;
}

} // namespace

int runSimulate(const CliArgs& args, std::ostream& out, std::ostream& err)
{
    if (args.flag("--help")) {
        out << kUsage;
        return 0;
    }
    const std::vector<std::string> known = {
        "--help", "--workload", "--policy", "--forecast", "--carbon-dir", "--fleet", "--start",
        "--end", "--shift-weeks", "--json", "--propose", "--propose-limit", "--db", "--max-delay-long-h", "--max-delay-short-h",
        "--sovereign-share", "--bound-iterations", "--records", "--data-dir", "--guest-share", "--budget-daily-kg", "--budget-monthly-kg", "--no-budget",
        "--weather-dir", "--constant-pue", "--approval-rules", "--home-draw"};
    for (const auto& option : args.unknown(known)) {
        err << "error: unknown option " << option << " (see simulate --help)\n";
        return 2;
    }
    const auto workloadPath = args.option("--workload");
    const auto policyName = args.option("--policy");
    if (!workloadPath || !policyName) {
        err << "error: --workload and --policy are required\n" << kUsage;
        return 2;
    }
    const std::string forecastName = args.option("--forecast").value_or("ridge");

    WorkloadRules rules;
    bool numbersOk = true;
    // Whole weeks keep weekday and hour; a century either way is more than any trace spans.
    const std::optional<long long> shiftWeeks =
        parseWholeNumber(args.option("--shift-weeks").value_or("0"), -kMostShiftWeeks, kMostShiftWeeks);
    if (!shiftWeeks) {
        err << "error: --shift-weeks takes a whole number of weeks between -" << kMostShiftWeeks << " and "
            << kMostShiftWeeks << "\n";
        return 2;
    }
    rules.shiftWeeks = static_cast<int>(*shiftWeeks);
    const std::optional<long long> homeDraw = parseWholeNumber(args.option("--home-draw").value_or("0"), 0, 1'000'000);
    if (!homeDraw) {
        err << "error: --home-draw takes a whole number from 0 to 1000000\n";
        return 2;
    }
    rules.homeDraw = static_cast<int>(*homeDraw);
    // SLOs beyond a year are no SLOs (and would overflow the clock once converted to seconds).
    constexpr double kLongestDelayH = 8760.0;
    // Each numeric option in range, or the first one that is not named with its range.
    NumberOptions numbers(args);
    using Least = NumberOptions::Least;
    const double maxDelayLongH = numbers.get("--max-delay-long-h", 0, kLongestDelayH).value_or(24);
    const double maxDelayShortH = numbers.get("--max-delay-short-h", 0, kLongestDelayH).value_or(4);
    const bool delaysOk = numbers.problem().empty(); // converted to seconds only when in range
    rules.maxDelayLong = Seconds{delaysOk ? static_cast<long long>(3600 * maxDelayLongH) : 0};
    rules.maxDelayShort = Seconds{delaysOk ? static_cast<long long>(3600 * maxDelayShortH) : 0};
    rules.sovereignShare = numbers.get("--sovereign-share", 0, 1).value_or(0.2);
    const double guestShare =
        numbers.get("--guest-share", 0, 1, Least::Excluded).value_or(kDefaultGuestShareLimit);
    std::optional<BudgetCaps> budgetCaps;
    if (args.flag("--no-budget") && (args.option("--budget-daily-kg") || args.option("--budget-monthly-kg"))) {
        err << "error: --no-budget and the --budget-* caps exclude each other\n";
        return 2;
    }
    if (args.option("--budget-daily-kg") || args.option("--budget-monthly-kg")) {
        budgetCaps = BudgetCaps{numbers.get("--budget-daily-kg", 0, 1e12, Least::Excluded),
                                numbers.get("--budget-monthly-kg", 0, 1e12, Least::Excluded), {}};
    }
    // Each iteration is a pass over every job's options (0.14 s on Philly); past a few hundred
    // the bound no longer moves (docs/scheduling.md), and 1e9 would run for days.
    constexpr long long kMostBoundIterations = 10'000;
    const std::optional<long long> boundIterationsAsked = parseWholeNumber(
        args.option("--bound-iterations").value_or(std::to_string(LowerBoundOptions{}.maxIterations)), 0, kMostBoundIterations);
    if (!boundIterationsAsked) {
        err << "error: --bound-iterations takes a whole number from 0 to " << kMostBoundIterations << '\n';
        return 2;
    }
    const int boundIterations = static_cast<int>(*boundIterationsAsked);
    if (!numbers.problem().empty()) {
        err << "error: " << numbers.problem() << " (see simulate --help)\n";
        return 2;
    }
    if (const auto recordsPath = args.option("--records")) {
        // Found out now, not after a run of minutes whose records then go nowhere.
        const FleetInputPaths paths = fleetInputPaths(args);
        // Nor the approval rules or the operations database (a records file written over the
        // database took every proposal and the audit chain with it).
        std::vector<std::filesystem::path> inputFiles = {*workloadPath, paths.fleetFile};
        if (const auto rulesPath = args.option("--approval-rules"))
            inputFiles.push_back(*rulesPath);
        for (const std::filesystem::path& store : storeFiles(args))
            inputFiles.push_back(store);
        if (const std::string problem = fileTargetProblem(*recordsPath, inputFiles, {paths.carbonDir, paths.weatherDir});
            !problem.empty()) {
            err << "error: --records " << *recordsPath << problem << "; give another file path, in an existing folder\n";
            return 2;
        }
    }
    std::optional<UtcTime> start;
    std::optional<UtcTime> end;
    for (const auto& [flag, target] : {std::pair{"--start", &start}, std::pair{"--end", &end}}) {
        if (const auto text = args.option(flag)) {
            *target = parseIsoUtc(*text);
            if (!*target) {
                err << "error: " << flag << " needs an ISO-8601 UTC time such as 2023-09-01T00:00:00Z\n";
                return 2;
            }
        }
    }

    if (start && end && *start >= *end) {
        err << "error: --end must be after --start\n";
        return 2;
    }
    Result<std::unique_ptr<SchedulingPolicy>> policy = makePolicy(*policyName);
    if (!policy.ok()) {
        err << "error: " << policy.status().message() << '\n';
        return 2;
    }
    Result<std::unique_ptr<Forecaster>> forecaster = makeForecaster(forecastName);
    if (!forecaster.ok()) {
        err << "error: " << forecaster.status().message() << '\n';
        return 2;
    }
    if (forecaster.value()->readsFuture() && *policyName != "oracle")
        err << "note: --forecast " << forecastName << " reads the actual future: " << *policyName
            << " with it is a bound on what a forecast could give, not a result a live run can reach\n";
    Result<FleetInputs> inputs = loadFleetInputs(args);
    if (!inputs.ok()) {
        err << "error: " << inputs.status().message() << '\n';
        return 1;
    }
    const Fleet* fleet = &inputs->fleet;
    const TraceLibrary& traces = inputs->traces;

    Workload skipped;
    auto loadJobs = [&](const Fleet& f) -> Result<std::vector<Job>> {
        Result<Workload> w = loadWorkloadCsv(*workloadPath, rules, f);
        if (!w.ok())
            return w.status();
        skipped.skippedCpuOnly = w->skippedCpuOnly;
        skipped.skippedNeverStarted = w->skippedNeverStarted;
        skipped.skippedTooLarge = w->skippedTooLarge;
        skipped.skippedZeroDuration = w->skippedZeroDuration;
        std::vector<Job> jobs;
        for (Job& job : w->jobs) {
            if ((start && job.submit < *start) || (end && job.submit >= *end))
                continue;
            jobs.push_back(std::move(job));
        }
        if (jobs.empty()) {
            // Say which rows were left out, so that a workload of only those is not a mystery.
            const std::string left = rowsLeftOut(w.value());
            return Status(StatusCode::NotFound,
                          "no jobs with GPUs in the selected period" + (left.empty() ? std::string() : " (rows left out: " + left + ")"),
                          "simulate");
        }
        return jobs;
    };
    // Sites without intensity data for the period cannot be used: drop them and re-home jobs.
    Result<UsableFleet> usable = keepSitesWithData(*fleet, traces, loadJobs, {}, rules.shiftWeeks);
    if (!usable.ok()) {
        err << "error: " << usable.status().message() << '\n';
        return 1;
    }
    const Fleet& active = usable->fleet;
    const std::vector<Job>& jobs = usable->jobs;
    SimulationSetup& setup = usable->setup;

    setup.guestShareLimit = guestShare;
    // The organisation's caps in the fleet file govern the run (and the proposals it files) unless
    // the options replace them: proposals filed from the demo fleet were auto-approved while its
    // budget was CRITICAL.
    std::string budgetSource = "none";
    if (budgetCaps) {
        budgetSource = "options";
    } else if (!args.flag("--no-budget") && fleet->carbonBudget()) {
        budgetCaps = *fleet->carbonBudget();
        budgetSource = "fleet file";
    }
    setup.budget = budgetCaps;
    // Permit judges by the rules proposals will be filed under, so approvals_needed is what the
    // operators would be asked (simulate used rules of its own that auto-approved every move
    // within a jurisdiction, which the store's default rule does not).
    std::string approvalSource = "default rule";
    if (const auto rulesPath = args.option("--approval-rules")) {
        Result<ApprovalRules> approvalRules = readApprovalRulesFile(*rulesPath);
        if (!approvalRules.ok()) {
            err << "error: " << approvalRules.status().message() << '\n';
            return 1;
        }
        setup.approval = std::move(approvalRules).value();
        approvalSource = *rulesPath;
    } else if (args.flag("--propose")) {
        auto session = openSession(args, err);
        if (!session)
            return 1;
        Result<ApprovalRules> approvalRules = session->flow->approvalRules();
        if (!approvalRules.ok())
            return fail(err, approvalRules.status());
        setup.approval = std::move(approvalRules).value();
        approvalSource = "operations database " + session->db.path().string();
    }
    // PUE(t) per site over every hour the traces and the ledger cover, computed once; the
    // outlooks, the simulator and the bounds integrate intensity × PUE from it.
    std::string pueModel = "constant design PUE (--constant-pue)";
    std::optional<WeatherLibrary> weather;
    if (!args.flag("--constant-pue")) {
        Result<WeatherLibrary> loaded = loadWeatherOption(args);
        if (!loaded.ok()) {
            err << "error: " << loaded.status().message() << '\n';
            return 1;
        }
        weather = std::move(loaded).value();
    }
    Result<FacilitySetup> facility = facilityFor(active, traces, setup, weather ? &*weather : nullptr);
    if (!facility.ok()) {
        err << "error: " << facility.status().message() << '\n';
        return 1;
    }
    setup.facility = facility->facility;
    if (weather)
        pueModel = facility->pueModel;
    const ActualOutlook actual(active, traces, setup.facility.get());
    const ForecastOutlook forecast(active, traces, *forecaster.value(), 48, setup.facility.get());
    const IntensityOutlook& outlook =
        policy.value()->wantsPerfectForesight() ? static_cast<const IntensityOutlook&>(actual) : forecast;
    const auto forecastStarted = std::chrono::steady_clock::now();
    forecast.prefetch(setup.submitPeriod); // the baseline's expectations use it too
    const double forecastMs = std::chrono::duration<double, std::milli>(
                                  std::chrono::steady_clock::now() - forecastStarted).count();
    auto baselinePolicy = makePolicy("baseline").value();
    SimulationSetup baselineSetup = setup;
    baselineSetup.budget.reset(); // the counterfactual keeps no budget
    const SimulationRun baseline = simulate(active, traces, jobs, *baselinePolicy, forecast, baselineSetup);
    SimulationRun run = simulate(active, traces, jobs, *policy.value(), outlook, setup);
    // Every decision that would become a proposal, largest saving first: approvals_needed is
    // counted as filing would decide them, with each one's band (Permit had none), and
    // --propose files the first of them.
    ProposalsFromRunOptions proposalOptions;
    proposalOptions.limit = std::numeric_limits<std::size_t>::max();
    proposalOptions.budgetState = run.finalBudgetState == BudgetState::Invalid ? BudgetState::Normal : run.finalBudgetState;
    ProposalsLeftOut leftOut;
    std::vector<Proposal> proposals = proposalsFromRun(active, jobs, baseline, run, proposalOptions, &leftOut);
    countApprovalsAsFiled(run, proposals, setup.approval);

    LowerBoundOptions boundOptions;
    boundOptions.maxIterations = boundIterations;
    const LowerBound bound = computeLowerBounds(active, traces, jobs, setup, boundOptions);

    const double saved = baseline.emissionsKg - run.emissionsKg;
    const double savingsPct = baseline.emissionsKg > 0 ? 100.0 * saved / baseline.emissionsKg : 0.0;
    const BoundVerdict verdict = judgeAgainstBound({run.emissionsKg, baseline.emissionsKg,
                                                    bound.capacityAwareKg, run.deadlineMisses,
                                                    run.unplaced, baseline.deadlineMisses});
    const double attainableFraction = verdict.attainableFraction;

    if (const auto recordsPath = args.option("--records")) {
        if (const Status written = writeRecordsCsv(*recordsPath, active, run); !written.isOk()) {
            err << "error: " << written.message() << '\n';
            return 1;
        }
    }
    if (args.flag("--propose")) {
        // The policy's decisions become proposals in the operations database, for operators.
        const double limit = parseNumber(args.option("--propose-limit"), 50, numbersOk);
        if (!numbersOk || limit < 1) {
            err << "error: --propose-limit takes a positive number of proposals\n";
            return 2;
        }
        proposalOptions.limit = static_cast<std::size_t>(limit);
        if (proposals.size() > proposalOptions.limit) {
            leftOut.beyondLimit = proposals.size() - proposalOptions.limit;
            proposals.resize(proposalOptions.limit);
        }
        std::ostream& report = args.flag("--json") ? err : out;
        if (int code = fileProposals(args, proposals, report, err); code != 0)
            return code;
        reportNotFiled(report, leftOut, proposalOptions, run.approvalsBudgetOnly);
    }

    JsonValue o = summaryJson(run);
    JsonValue caps = JsonValue::object();
    caps.set("source", JsonValue::string(budgetSource));
    if (budgetCaps && budgetCaps->dailyKg)
        caps.set("daily_kg", JsonValue::number(*budgetCaps->dailyKg));
    if (budgetCaps && budgetCaps->monthlyKg)
        caps.set("monthly_kg", JsonValue::number(*budgetCaps->monthlyKg));
    o.set("budget_caps", caps);
    o.set("approval_rules", JsonValue::string(approvalSource));
    o.set("baseline_emissions_kg", JsonValue::number(baseline.emissionsKg));
    o.set("baseline_deadline_misses", JsonValue::number(static_cast<double>(baseline.deadlineMisses)));
    o.set("bound_emissions_kg", JsonValue::number(bound.capacityAwareKg));
    o.set("unconstrained_bound_emissions_kg", JsonValue::number(bound.unconstrainedKg));
    o.set("bound_iterations", JsonValue::number(bound.iterations));
    o.set("bound_elapsed_ms", JsonValue::number(bound.elapsedMs));
    o.set("forecast_issue_ms", JsonValue::number(forecastMs));
    // The bound covers schedules that run every job within its SLO.
    o.set("bound_valid", JsonValue::boolean(verdict.valid));
    if (!verdict.note.empty())
        o.set("bound_note", JsonValue::string(verdict.note));
    const BoundGap gap = splitGap(bound, jobs, run.records, active, setup);
    if (gap.known) {
        // Why the run is above the bound: regret and idle capacity at the bound's prices.
        JsonValue gapJson = JsonValue::object();
        gapJson.set("regret_kg", JsonValue::number(gap.regretKg));
        gapJson.set("idle_capacity_kg", JsonValue::number(gap.idleCapacityKg));
        gapJson.set("outside_bound_kg", JsonValue::number(gap.outsideBoundKg));
        gapJson.set("unplaced_kg", JsonValue::number(gap.unplacedKg));
        JsonValue byLength = JsonValue::object();
        for (const BoundGap::Share& share : gap.regretByLength)
            byLength.set(share.label, JsonValue::number(share.kg));
        gapJson.set("regret_kg_by_job_length", byLength);
        JsonValue bySite = JsonValue::object();
        for (const BoundGap::Share& share : gap.idleBySite)
            bySite.set(share.label, JsonValue::number(share.kg));
        gapJson.set("idle_capacity_kg_by_site", bySite);
        o.set("bound_gap", gapJson);
    }
    o.set("savings_pct", JsonValue::number(savingsPct));
    o.set("baseline_unplaced", JsonValue::number(static_cast<double>(baseline.unplaced)));
    // Jobs that found no room before the ledger ended ran nowhere: their emissions are missing.
    std::string unplacedNote;
    if (run.unplaced > 0 || baseline.unplaced > 0) {
        unplacedNote = std::to_string(run.unplaced) + " jobs (baseline " + std::to_string(baseline.unplaced) +
                       ") found no room before the planning horizon ended and did not run: they count "
                       "as deadline misses, their emissions are not counted, so the saving compares "
                       "different work";
        o.set("savings_note", JsonValue::string(unplacedNote));
    }
    o.set("attainable_fraction", JsonValue::number(attainableFraction));
    o.set("fleet", JsonValue::string(fleet->name()));
    o.set("sites_used", JsonValue::number(static_cast<double>(active.sites().size())));
    JsonValue excluded = JsonValue::array();
    for (const std::string& e : setup.excludedSites)
        excluded.push(JsonValue::string(e));
    o.set("excluded_sites", excluded);
    JsonValue skippedJson = JsonValue::object();
    skippedJson.set("cpu_only", JsonValue::number(static_cast<double>(skipped.skippedCpuOnly)));
    skippedJson.set("never_started", JsonValue::number(static_cast<double>(skipped.skippedNeverStarted)));
    skippedJson.set("too_large", JsonValue::number(static_cast<double>(skipped.skippedTooLarge)));
    skippedJson.set("zero_duration", JsonValue::number(static_cast<double>(skipped.skippedZeroDuration)));
    o.set("skipped_rows", skippedJson);
    // Kubernetes QoS classes in the trace's queue column (workload.h): LS/Guaranteed start when
    // submitted and are never paused; BE gives way.
    std::size_t latencySensitive = 0;
    std::size_t bestEffort = 0;
    std::size_t gpuSharing = 0;
    for (const Job& job : jobs) {
        latencySensitive += job.priority == kPriorityLatencySensitive;
        bestEffort += job.priority == kPriorityBestEffort;
        gpuSharing += job.gpuShare < 1.0;
    }
    JsonValue qosJson = JsonValue::object();
    qosJson.set("latency_sensitive", JsonValue::number(static_cast<double>(latencySensitive)));
    qosJson.set("best_effort", JsonValue::number(static_cast<double>(bestEffort)));
    o.set("qos_classes", qosJson);
    o.set("gpu_sharing_jobs", JsonValue::number(static_cast<double>(gpuSharing)));
    // Jobs homed at a dropped site: re-homed (the others keep their homes) or left out.
    JsonValue rehomedJson = JsonValue::object();
    rehomedJson.set("rehomed", JsonValue::number(static_cast<double>(usable->rehomed)));
    rehomedJson.set("pinned_within_jurisdiction", JsonValue::number(static_cast<double>(usable->rehomedPinned)));
    rehomedJson.set("left_out", JsonValue::number(static_cast<double>(usable->leftOut)));
    o.set("rehomed_jobs", rehomedJson);
    o.set("period_start", JsonValue::string(formatIsoUtc(setup.submitPeriod.begin)));
    o.set("period_end", JsonValue::string(formatIsoUtc(setup.submitPeriod.end)));
    o.set("pue_model", JsonValue::string(pueModel));
    // Short gaps in a site's trace were filled in by interpolation (traceloader.h): say where.
    JsonValue filled = JsonValue::object();
    std::string filledText;
    for (const Site& site : active.sites()) {
        const IntensitySeries* series = traces.find(site.zoneKey);
        if (series && series->filledSteps() > 0 && !filled.get(site.zoneKey).isPresent()) {
            filled.set(site.zoneKey, JsonValue::number(static_cast<double>(series->filledSteps())));
            filledText += (filledText.empty() ? "" : ", ") + site.zoneKey + " " + std::to_string(series->filledSteps());
        }
    }
    if (!filledText.empty())
        o.set("trace_steps_filled", filled);
    o.set("assumptions", JsonValue::string(
        rules.describe() + "; IT power = the site's kW per GPU × GPUs; emissions = IT energy × PUE(t) × "
        "hourly lifecycle intensity (recorded), plus data moved × kWh/GB × the home zone's intensity in the hour the job starts; "
        "intensity past the end of a trace is read 52 weeks earlier (a shorter trace: as many whole weeks "
        "as it spans); location/market-based and KPIs: "
        "the sites' hourly inventory (data movement excluded), market-based with the fleet's instruments"));

    if (args.flag("--json")) {
        out << o.dump(2) << '\n';
        return 0;
    }
    char line[256];
    out << "policy " << run.policy << " with forecast " << run.outlook << " on " << fleet->name()
        << " (" << active.sites().size() << " sites), " << run.jobs << " jobs "
        << formatIsoUtc(setup.submitPeriod.begin) << " .. " << formatIsoUtc(setup.submitPeriod.end) << '\n';
    for (const std::string& e : setup.excludedSites)
        out << "  excluded " << e << '\n';
    if (const std::string note = rehomingNote(usable.value()); !note.empty())
        out << "  " << note << '\n';
    if (const std::string left = rowsLeftOut(skipped); !left.empty())
        out << "  rows left out: " << left << '\n';
    if (latencySensitive + bestEffort > 0)
        out << "  QoS classes: " << latencySensitive
            << " latency-sensitive jobs (LS, Guaranteed: start when submitted, never paused), " << bestEffort
            << " best-effort (BE: paused for any other work)\n";
    if (gpuSharing > 0)
        out << "  GPU sharing: " << gpuSharing
            << " jobs ask for part of one GPU (gpu_milli) and draw that share of its power; each holds a whole GPU\n";
    std::snprintf(line, sizeof line, "  emissions %.1f kg CO2eq (baseline %.1f kg), saving %.1f %%\n",
                  run.emissionsKg, baseline.emissionsKg, savingsPct);
    out << line;
    char attained[16] = "n/a";
    if (verdict.fractionDefined)
        std::snprintf(attained, sizeof attained, "%.2f", attainableFraction);
    std::snprintf(line, sizeof line,
                  "  lower bounds: %.1f kg with capacity (%d iterations), %.1f kg without; attained %s "
                  "of the possible saving\n",
                  bound.capacityAwareKg, bound.iterations, bound.unconstrainedKg,
                  attained);
    out << line;
    if (!verdict.note.empty())
        out << "  note: " << verdict.note << '\n';
    if (gap.known && gap.scheduleKg >= gap.boundKg) {
        std::snprintf(line, sizeof line,
                      "  above the bound by %.1f kg: %.1f kg jobs' regret at the bound's prices "
                      "(%.1f kg jobs over 24 h), %.1f kg capacity left idle that the bound prices\n",
                      gap.scheduleKg - gap.boundKg, gap.regretKg, gap.regretByLength.back().kg,
                      gap.idleCapacityKg);
        out << line;
    }
    std::snprintf(line, sizeof line,
                  "  deadline misses %zu (baseline %zu), p95 delay %.1f h, migrations %zu, approvals "
                  "needed %zu, utilisation %.0f %%, %.0f ms\n",
                  run.deadlineMisses, baseline.deadlineMisses, run.p95DelayHours, run.migrations,
                  run.approvalsNeeded, run.utilisation * 100, run.elapsedMs);
    out << line;
    out << "  approvals by " << approvalSource;
    if (run.approvalsBudgetOnly > 0)
        out << "; " << run.approvalsBudgetOnly
            << " of them change nothing and wait only because the budget is CRITICAL (nothing to propose)";
    out << '\n';
    if (budgetCaps) {
        out << "  budget (" << budgetSource << "):";
        if (budgetCaps->dailyKg)
            out << " " << *budgetCaps->dailyKg << " kg a day";
        if (budgetCaps->monthlyKg)
            out << (budgetCaps->dailyKg ? "," : "") << " " << *budgetCaps->monthlyKg << " kg a month";
        out << ", state at the end " << budgetStateName(run.finalBudgetState) << '\n';
    }
    if (!unplacedNote.empty())
        out << "  unplaced: " << unplacedNote << '\n';
    const SiteKpis& k = run.fleetKpis;
    std::snprintf(line, sizeof line,
                  "  facility energy %.0f kWh (IT %.0f), PUE %.3f; Scope 2 location-based %.1f kg, "
                  "market-based %.1f kg; CFE %s; SCI %.0f g per job\n",
                  run.facilityEnergyKwh, run.itEnergyKwh, k.pue(), k.locationGrams / 1000.0,
                  k.marketGrams / 1000.0,
                  k.cfePct() ? (std::to_string(static_cast<int>(std::lround(*k.cfePct()))) + " %").c_str() : "n/a",
                  run.sciGramsPerJob);
    out << line;
    out << "  PUE: " << pueModel << '\n';
    if (!filledText.empty())
        out << "  trace steps filled in across short gaps (interpolated, flagged estimated): " << filledText << '\n';
    out << "  assumptions: " << rules.describe() << '\n';
    return 0;
}

} // namespace greenlight::cli
