// Invariants of every simulation: each job runs once, GPU-hours of work are the same under every
// policy, capacity is never exceeded, and no deadline passes without being flagged.
#include "core/scheduler/intensityoutlook.h"
#include "core/scheduler/policyregistry.h"
#include "core/simulation/lowerbound.h"
#include "core/simulation/simulator.h"

#include "schedulertestfixture.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <map>
#include <random>
#include <set>

namespace greenlight {
namespace {

using testing::makeJob;
using testing::smallFleet;
using testing::t0;

std::vector<Job> randomJobs(std::size_t count, unsigned seed, int longestMinutes = 600, int pinnedEvery = 5)
{
    std::mt19937 rng(seed);
    std::uniform_int_distribution<int> gpus(1, 4);
    std::uniform_int_distribution<int> minutes(10, longestMinutes);
    std::uniform_int_distribution<int> submit(0, 4 * 24 * 60);
    std::vector<Job> jobs;
    for (std::size_t i = 0; i < count; ++i) {
        Job job = makeJob("job-" + std::to_string(i), gpus(rng), std::chrono::minutes{minutes(rng)},
                          t0() + std::chrono::minutes{submit(rng)}, Hours{i % 3 == 0 ? 24 : 4});
        job.homeSite = i % 3;
        job.dataSizeGb = 20.0 * job.gpus;
        job.interruptible = job.duration > Hours{6};
        job.checkpointOverhead = std::chrono::minutes{5};
        if (i % static_cast<std::size_t>(pinnedEvery) == 0)
            job.allowedJurisdictions = {i % 3 == 2 ? "US" : "EU"};
        jobs.push_back(job);
    }
    std::sort(jobs.begin(), jobs.end(), [](const Job& a, const Job& b) { return a.submit < b.submit; });
    return jobs;
}

// Every job runs exactly once, where it may, never before it was submitted, for at least its
// run time; no slot holds more GPUs than the site has (rebuilt from the records' parts, not from
// the simulator's ledger); every deadline passed is flagged; the work is the same under every
// policy. Returns each policy's run.
std::map<std::string, SimulationRun> checkInvariants(const Fleet& fleet, const std::vector<Job>& jobs)
{
    std::mt19937 rng(9);
    std::uniform_real_distribution<double> v(30, 800);
    std::vector<double> values(3 * 24 * 14);
    for (double& x : values)
        x = v(rng);
    const TraceLibrary traces =
        testing::syntheticTraces([&](int z, int h) { return values[static_cast<std::size_t>(z * 24 * 14 + h)]; });
    const SimulationSetup setup = makeSetup(fleet, traces, jobs);
    const ActualOutlook actual(fleet, traces);
    double gpuHours = -1;
    std::map<std::string, SimulationRun> runs;
    for (const std::string& name : policyNames()) {
        auto policy = makePolicy(name).value();
        const SimulationRun run = simulate(fleet, traces, jobs, *policy, actual, setup);
        EXPECT_EQ(run.jobs, jobs.size()) << name;
        std::set<std::string> seen;
        std::map<std::pair<std::size_t, long long>, int> load; // (site, 5-min slot) → GPUs
        std::size_t flagged = 0;
        for (std::size_t i = 0; i < run.records.size(); ++i) {
            const SimulationRecord& r = run.records[i];
            EXPECT_TRUE(seen.insert(r.jobId).second) << name << " ran " << r.jobId << " twice";
            const Job& job = jobs[i];
            EXPECT_EQ(r.jobId, job.id);
            if (!r.placed) { // no room before the ledger ended: a miss
                EXPECT_TRUE(r.segments.empty()) << name << " " << r.jobId;
                EXPECT_TRUE(r.deadlineMissed) << name << " " << r.jobId;
                ++flagged;
                continue;
            }
            EXPECT_GE(r.start, job.submit) << name;
            EXPECT_TRUE(job.allows(fleet.sites()[r.site].jurisdiction)) << name << " " << r.jobId;
            // No deadline passes silently.
            const bool late = r.start > job.latestStart() || (r.parts > 1 && r.finish > job.deadline());
            EXPECT_EQ(late, r.deadlineMissed) << name << " " << r.jobId;
            flagged += r.deadlineMissed;
            EXPECT_EQ(r.parts, r.segments.size()) << name << " " << r.jobId;
            Seconds ran{0};
            for (std::size_t k = 0; k < r.segments.size(); ++k) {
                const TimeWindow& w = r.segments[k];
                ran += w.length();
                if (k > 0) { // in order, apart: a pause between them
                    EXPECT_GT(w.begin, r.segments[k - 1].end) << name << " " << r.jobId;
                }
                const long long first = (w.begin - setup.origin) / std::chrono::minutes{5};
                const long long last = (w.end - Seconds{1} - setup.origin) / std::chrono::minutes{5};
                for (long long slot = first; slot <= last; ++slot)
                    load[{r.site, slot}] += r.gpus;
            }
            // Its run time, and a checkpoint overhead for every resume: no more is held or billed.
            EXPECT_EQ(ran, job.duration + job.checkpointOverhead * static_cast<long long>(r.parts - 1))
                << name << " " << r.jobId;
        }
        EXPECT_EQ(flagged, run.deadlineMisses) << name;
        for (const auto& [key, gpus] : load)
            EXPECT_LE(gpus, fleet.sites()[key.first].totalGpus()) << name << " site " << key.first;
        // The same work under every policy that placed every job (a resume's overhead is not work).
        if (run.unplaced == 0 && gpuHours < 0)
            gpuHours = run.gpuHours;
        if (run.unplaced == 0) {
            EXPECT_NEAR(run.gpuHours, gpuHours, 1e-6) << name;
        }
        runs.emplace(name, run);
    }
    return runs;
}

TEST(Simulator, InvariantsHoldForEveryPolicy)
{
    for (const auto& [name, run] : checkInvariants(smallFleet(12, 6, 10), randomJobs(300, 4)))
        EXPECT_EQ(run.unplaced, 0u) << name;
}

// A crowded fleet, long jobs and much pinned work: spatiotemporal and oracle pause, resume in
// parts and re-pack sites, and the invariants still hold.
TEST(Simulator, InvariantsHoldWhenWorkIsPausedAndRepacked)
{
    const auto runs = checkInvariants(smallFleet(8, 4, 6), randomJobs(60, 11, 30 * 60, 2));
    for (const char* name : {"spatiotemporal", "oracle"}) {
        const SimulationRun& run = runs.at(name);
        EXPECT_EQ(run.unplaced, 0u) << name;
        EXPECT_GT(run.pauses + run.delayedStarts, 0u) << name;
        EXPECT_TRUE(std::any_of(run.records.begin(), run.records.end(),
                                [](const SimulationRecord& r) { return r.reason.find("re-packing") != std::string::npos; }))
            << name;
    }
}

// A fleet far too small for the work: every job still runs (late, and flagged), so that every
// policy's emissions cover the same work. The ledger used to end two weeks after the last
// deadline, and jobs that found no room by then were left unplaced and uncounted.
TEST(Simulator, AnOverloadedFleetStillRunsEveryJob)
{
    const auto runs = checkInvariants(smallFleet(4, 4, 4), randomJobs(600, 4)); // ~6x overloaded
    for (const auto& [name, run] : runs) {
        EXPECT_EQ(run.unplaced, 0u) << name;
        EXPECT_GT(run.deadlineMisses, 0u) << name;
    }
}

// A backlog that does not drain like a fluid: a whole-site job waits for a small one, and a
// second small one then waits for both. The ledger, sized by the fluid estimate, ended before the
// third job could start, and it was left out though its site stood idle (found by a fuzzer).
TEST(Simulator, WorkThatNeedsAWholeSiteDoesNotPushOthersOutOfTheLedger)
{
    std::vector<Job> jobs = {makeJob("small-first", 1, Seconds{1183487}, t0(), Hours{24}),
                             makeJob("whole-site", 4, Seconds{1101948}, t0() + Hours{13}, Hours{24}),
                             makeJob("small-later", 1, Seconds{792216}, t0() + Hours{115}, Hours{24})};
    for (Job& job : jobs)
        job.homeSite = 0;
    const auto runs = checkInvariants(smallFleet(4, 4, 4), jobs);
    for (const auto& [name, run] : runs)
        EXPECT_EQ(run.unplaced, 0u) << name;
    const SimulationRun& baseline = runs.at("baseline");
    const SimulationRecord& later = baseline.records[2];
    ASSERT_TRUE(later.placed);
    EXPECT_GE(later.start, baseline.records[1].finish); // after the whole-site job, at its home
    EXPECT_TRUE(later.deadlineMissed);
}

TEST(Simulator, FluidMakespanDrainsTheBacklogAtFullCapacity)
{
    const std::vector<Job> jobs = {makeJob("a", 2, Hours{10}, t0(), Hours{1}),
                                   makeJob("b", 1, Hours{4}, t0() + Hours{1}, Hours{1})};
    // At 1 h: 20 - 2 = 18 GPU-hours left, plus 4 = 22, drained by 2 GPUs in 11 h.
    EXPECT_EQ(fluidMakespan(jobs, 2), t0() + Hours{12});
    // Never before a job could finish on its own.
    EXPECT_EQ(fluidMakespan({makeJob("c", 1, Hours{5}, t0(), Hours{1})}, 10), t0() + Hours{5});
    EXPECT_EQ(fluidMakespan({}, 4), UtcTime{});
}

// A job submitted in a trace's last hour whose SLO and run reach past its end: the hours after
// are read 52 weeks earlier, as for long jobs, so the site keeps its data. (Every site used to
// be excluded, and the whole run refused, for one such job: a calendar-year trace could not
// replay that year's workload.)
TEST(Simulator, WorkThatRunsPastTheEndOfTheTracesKeepsItsSites)
{
    const Fleet fleet = smallFleet();
    const TraceLibrary traces = testing::syntheticTraces(testing::handWorld); // t0 - 7 d .. t0 + 7 d
    const std::vector<Job> jobs = {makeJob("early", 1, Hours{2}, t0(), Hours{4}),
                                   makeJob("last", 1, Hours{10}, t0() + Days{7} - std::chrono::minutes{30}, Hours{24})};
    const SimulationSetup setup = makeSetup(fleet, traces, jobs);
    EXPECT_EQ(setup.siteHasData, (std::vector<bool>{true, true, true}));
    EXPECT_TRUE(setup.excludedSites.empty());
    const ActualOutlook actual(fleet, traces);
    const SimulationRun run = simulate(fleet, traces, jobs, *makePolicy("spatiotemporal").value(), actual, setup);
    EXPECT_EQ(run.unplaced, 0u);
    EXPECT_GT(run.records[1].emissionsKg, 0.0);
}

TEST(Simulator, SitesWithoutDataForThePeriodAreExcludedAndNamed)
{
    const Fleet fleet = smallFleet();
    std::vector<IntensitySeries> only;
    IntensitySeries::Columns c;
    c.lifecycleGPerKwh.assign(24 * 30, 100.0);
    only.push_back(IntensitySeries::create("ZA", t0() - Days{7}, Hours{1}, c).value());
    const TraceLibrary traces(std::move(only));
    const SimulationSetup setup = makeSetup(fleet, traces, {makeJob("j", 1, Hours{1}, t0(), Hours{2})});
    EXPECT_EQ(setup.siteHasData, (std::vector<bool>{true, false, false}));
    ASSERT_EQ(setup.excludedSites.size(), 2u);
    EXPECT_NE(setup.excludedSites[0].find("b: ZB has no intensity data"), std::string::npos);
}

} // namespace
} // namespace greenlight

namespace greenlight {
namespace {

TEST(Simulator, PinnedWorkDisplacesMovablePlansThatHaveNotStarted)
{
    const Fleet fleet = testing::smallFleet(8, 8, 2);
    // ZC (site c, US) is very clean from 03:00 to 06:00; everything else is dirty.
    const TraceLibrary traces = testing::syntheticTraces([](int z, int h) {
        return z == 2 && h % 24 >= 3 && h % 24 < 6 ? 5.0 : 500.0;
    });
    Job movable = testing::makeJob("movable", 2, Hours{2}, t0(), Hours{24});
    const Job pinned = testing::pinnedToC("pinned", 2, Hours{1}, t0() + Hours{2} + std::chrono::minutes{30}, Hours{1});
    const std::vector<Job> jobs = {movable, pinned};
    const SimulationSetup setup = makeSetup(fleet, traces, jobs);
    const ActualOutlook actual(fleet, traces);
    auto policy = makePolicy("spatiotemporal").value();
    const SimulationRun run = simulate(fleet, traces, jobs, *policy, actual, setup);
    EXPECT_EQ(run.deadlineMisses, 0u);
    EXPECT_EQ(run.replans, 1u);
    ASSERT_TRUE(run.records[0].placed && run.records[1].placed);
    EXPECT_EQ(run.records[1].site, 2u);                              // the pinned job got its site
    EXPECT_GE(run.records[0].start, run.records[1].finish);         // the movable job waits for it
    EXPECT_NE(run.records[0].reason.find("re-planned"), std::string::npos) << run.records[0].reason;
}

} // namespace
} // namespace greenlight

namespace greenlight {
namespace {

TEST(Simulator, ACriticalBudgetSendsEveryDecisionToAHuman)
{
    const Fleet fleet = testing::smallFleet(8, 8, 8);
    const TraceLibrary traces = testing::syntheticTraces([](int, int) { return 400.0; });
    std::vector<Job> jobs;
    for (int i = 0; i < 6; ++i)
        jobs.push_back(testing::makeJob("j" + std::to_string(i), 2, Hours{1}, t0() + Hours{i}, Hours{0}));
    SimulationSetup setup = makeSetup(fleet, traces, jobs);
    // Each job: 1 kW × 1.2 × 400 g × 1 h = 0.48 kg. A 1.5 kg day goes CRITICAL after the third.
    setup.budget = BudgetCaps{1.5, std::nullopt, {}};
    const ActualOutlook actual(fleet, traces);
    auto policy = makePolicy("baseline").value();
    const SimulationRun run = simulate(fleet, traces, jobs, *policy, actual, setup);
    EXPECT_EQ(run.finalBudgetState, BudgetState::Critical);
    ASSERT_FALSE(run.budgetTransitions.empty());
    EXPECT_EQ(run.budgetTransitions.back().to, BudgetState::Critical);
    // At the decision whose hold tipped it (the third job's submit), not at the next decision.
    EXPECT_EQ(run.budgetTransitions.back().at, jobs[2].submit);
    EXPECT_FALSE(run.records[0].needsApproval);
    EXPECT_TRUE(run.records[5].needsApproval);
    EXPECT_GE(run.approvalsNeeded, 2u);
    // Each decision is judged counting its own hold, and its record keeps the state it was
    // judged by (proposals carry it: not the run's last state): 0.48, 0.96, 1.44 kg of 1.5.
    EXPECT_EQ(run.records[0].budgetState, BudgetState::Normal);
    EXPECT_EQ(run.records[1].budgetState, BudgetState::Tightening);
    EXPECT_EQ(run.records[2].budgetState, BudgetState::Critical);
    EXPECT_TRUE(run.records[2].needsApproval);

    // A cap the first job alone exceeds sends that job to a human too (it used to be judged on
    // the empty day before its own hold, and passed as NORMAL).
    setup.budget = BudgetCaps{0.1, std::nullopt, {}};
    const SimulationRun tiny = simulate(fleet, traces, jobs, *policy, actual, setup);
    EXPECT_EQ(tiny.approvalsNeeded, jobs.size());
    EXPECT_EQ(tiny.records[0].budgetState, BudgetState::Critical);
}

// A decision taken while the budget is CRITICAL goes to a human even when it defers the work
// into a fresh day (it was judged on its start day alone, labelled NORMAL and auto-approved).
TEST(Simulator, ADeferralOutOfACriticalDayStillGoesToAHuman)
{
    const Fleet fleet = testing::smallFleet(8, 8, 8);
    // ZA dirty all day except the first hour of each day: the second job waits for midnight.
    const TraceLibrary traces = testing::syntheticTraces([](int zone, int hour) { return zone == 0 && hour % 24 == 0 ? 50.0 : 500.0; });
    std::vector<Job> jobs = {testing::makeJob("big", 8, Hours{2}, t0() + Hours{12}, Hours{0}),
                             testing::makeJob("late", 1, Hours{1}, t0() + Hours{22} + std::chrono::minutes{30}, Hours{3})};
    jobs[1].allowedJurisdictions = {"EU"};
    jobs[1].homeSite = 0;
    SimulationSetup setup = makeSetup(fleet, traces, jobs);
    // big: 8 × 0.5 kW × 1.2 × 500 g × 2 h = 4.8 kg of a 5 kg day: CRITICAL from then on that day.
    setup.budget = BudgetCaps{5.0, std::nullopt, {}};
    const ActualOutlook actual(fleet, traces);
    auto policy = makePolicy("carbon-window").value();
    const SimulationRun run = simulate(fleet, traces, jobs, *policy, actual, setup);
    ASSERT_EQ(run.records.size(), 2u);
    EXPECT_EQ(run.records[1].start, t0() + Days{1}); // deferred into the clean first hour of the next day
    EXPECT_EQ(run.records[1].budgetState, BudgetState::Critical);
    EXPECT_TRUE(run.records[1].needsApproval);
}

// Permit judges by the store's auto-approval rules: with the default rule a move within the EU
// waits for a human (simulate auto-approved it by rules of its own, so approvals_needed was not
// what operators would be asked); a rule that allows migrations approves it alone; a job that
// stays home and starts at once has nothing to approve.
TEST(Simulator, PermitUsesTheStoresApprovalRules)
{
    const Fleet fleet = testing::smallFleet(8, 8, 8);
    // ZB (EU, site b) clean, ZA (EU, home a) dirty, ZC (US) dirtier still.
    const TraceLibrary traces = testing::syntheticTraces([](int zone, int) { return zone == 1 ? 50.0 : zone == 0 ? 500.0 : 900.0; });
    Job moved = testing::makeJob("moved", 2, Hours{1}, t0() + Hours{1}, Hours{4}); // 30 min of slack kept
    moved.homeSite = 0;
    moved.allowedJurisdictions = {"EU"};
    std::vector<Job> jobs = {moved};
    const ActualOutlook actual(fleet, traces);
    auto policy = makePolicy("spatiotemporal").value();

    SimulationSetup setup = makeSetup(fleet, traces, jobs);
    const SimulationRun byDefault = simulate(fleet, traces, jobs, *policy, actual, setup);
    ASSERT_EQ(byDefault.records.size(), 1u);
    ASSERT_EQ(byDefault.records[0].site, 1u); // moved a → b within the EU
    EXPECT_TRUE(byDefault.records[0].needsApproval);
    EXPECT_EQ(byDefault.approvalsNeeded, 1u);
    EXPECT_EQ(byDefault.approvalsBudgetOnly, 0u);

    setup.approval.rules.front().allowMigrations = true;
    const SimulationRun allowed = simulate(fleet, traces, jobs, *policy, actual, setup);
    EXPECT_FALSE(allowed.records[0].needsApproval);

    auto baseline = makePolicy("baseline").value();
    setup.approval = ApprovalRules{}; // no rule at all: only what changes something waits
    const SimulationRun home = simulate(fleet, traces, jobs, *baseline, actual, setup);
    EXPECT_EQ(home.records[0].site, 0u);
    EXPECT_FALSE(home.records[0].needsApproval);
}

// Under a CRITICAL budget a decision that changes nothing still waits, and is counted apart:
// there is no move or deferral to file for it.
TEST(Simulator, BudgetOnlyApprovalsAreCountedApart)
{
    const Fleet fleet = testing::smallFleet(8, 8, 8);
    const TraceLibrary traces = testing::syntheticTraces([](int, int) { return 400.0; });
    std::vector<Job> jobs;
    for (int i = 0; i < 4; ++i)
        jobs.push_back(testing::makeJob("j" + std::to_string(i), 2, Hours{1}, t0() + Hours{i}, Hours{0}));
    SimulationSetup setup = makeSetup(fleet, traces, jobs);
    setup.budget = BudgetCaps{0.1, std::nullopt, {}};
    const ActualOutlook actual(fleet, traces);
    const SimulationRun run = simulate(fleet, traces, jobs, *makePolicy("baseline").value(), actual, setup);
    EXPECT_EQ(run.approvalsNeeded, jobs.size());
    EXPECT_EQ(run.approvalsBudgetOnly, jobs.size());
}

// A GPU-sharing job draws its share of the GPU's power: half the energy and emissions of the same
// job on a whole GPU, in the plan's expectation, the accounting and the bounds alike.
TEST(Simulator, AGpuSharingJobEmitsItsShare)
{
    const Fleet fleet = testing::smallFleet(8, 8, 8);
    const TraceLibrary traces = testing::syntheticTraces([](int, int) { return 400.0; });
    Job whole = testing::makeJob("whole", 1, Hours{2}, t0() + Hours{1}, Hours{0});
    Job shared = whole;
    shared.id = "shared";
    shared.gpuShare = 0.5;
    const std::vector<Job> jobs = {whole, shared};
    const SimulationSetup setup = makeSetup(fleet, traces, jobs);
    const ActualOutlook actual(fleet, traces);
    const SimulationRun run = simulate(fleet, traces, jobs, *makePolicy("baseline").value(), actual, setup);
    ASSERT_EQ(run.records.size(), 2u);
    ASSERT_GT(run.records[0].emissionsKg, 0.0);
    EXPECT_NEAR(run.records[1].emissionsKg, run.records[0].emissionsKg / 2, 1e-9);
    EXPECT_NEAR(run.records[1].expectedKg, run.records[0].expectedKg / 2, 1e-9);
    EXPECT_NEAR(run.records[1].itEnergyKwh, run.records[0].itEnergyKwh / 2, 1e-9);
    const LowerBound both = computeLowerBounds(fleet, traces, jobs, setup, {});
    const LowerBound wholeOnly = computeLowerBounds(fleet, traces, {whole}, setup, {});
    ASSERT_GT(wholeOnly.unconstrainedKg, 0.0);
    EXPECT_NEAR(both.unconstrainedKg, 1.5 * wholeOnly.unconstrainedKg, 1e-9);
}

// The run's inventory covers the hours its work ran, not the ledger's horizon: a certificate
// counts its volume × the period's share of the year, and the horizon (the SLO and room for a
// backlog on top) claimed many times more than the run's hours allow.
TEST(Simulator, CertificatesCountForTheHoursTheWorkRan)
{
    const Fleet fleet = parseFleetJson(R"({"name":"t","residual_mix_g_per_kwh":{"ZA":500},"sites":[
      {"id":"a","name":"A","zone":"ZA","jurisdiction":"EU","location":{"lat":50,"lon":8},"gpus":{"A100":8},
       "power_per_gpu_kw":0.5,"pue":1.2,"weather":"none",
       "instruments":[{"id":"eac","kind":"certificate","volume_kwh":87.6,"vintage":2023,"renewable":true,"origin_zone":"ZA"}]}]})",
                                       "t.json")
                               .value();
    const TraceLibrary traces = testing::syntheticTraces([](int, int) { return 400.0; });
    // 4 GPUs × 0.5 kW × 1.2 for 2 h: 4.8 kWh at the facility, from 01:00 to 03:00.
    const std::vector<Job> jobs = {testing::makeJob("j", 4, Hours{2}, t0() + Hours{1}, Hours{24})};
    const SimulationSetup setup = makeSetup(fleet, traces, jobs);
    ASSERT_GT(setup.hours, 20u); // the ledger reaches far beyond the run
    const ActualOutlook actual(fleet, traces);
    const SimulationRun run = simulate(fleet, traces, jobs, *makePolicy("baseline").value(), actual, setup);
    ASSERT_EQ(run.siteKpis.size(), 1u);
    // 87.6 kWh a year is 0.01 kWh an hour: 0.02 kWh for the 2 h the job ran.
    EXPECT_NEAR(run.fleetKpis.marketGrams, (4.8 - 0.02) * 500.0, 1e-6);
    EXPECT_NEAR(run.fleetKpis.hours, 2.0, 1e-9);
}

} // namespace
} // namespace greenlight
