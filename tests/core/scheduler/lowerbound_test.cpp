// The lower bounds never exceed the true optimum (found by brute force on small instances), and
// no policy's schedule ever comes out below them.
#include "core/scheduler/capacityledger.h"
#include "core/scheduler/intensityoutlook.h"
#include "core/scheduler/policyregistry.h"
#include "core/simulation/boundgap.h"
#include "core/simulation/lowerbound.h"

#include "schedulertestfixture.h"

#include <gtest/gtest.h>

#include <functional>
#include <limits>
#include <random>

namespace greenlight {
namespace {

using testing::makeJob;
using testing::smallFleet;
using testing::t0;

struct Instance {
    Fleet fleet;
    TraceLibrary traces;
    std::vector<Job> jobs;
};

Instance randomInstance(unsigned seed)
{
    std::mt19937 rng(seed);
    std::uniform_real_distribution<double> level(20.0, 700.0);
    std::vector<std::vector<double>> values(3, std::vector<double>(24 * 14));
    for (auto& zone : values)
        for (double& v : zone)
            v = level(rng);
    Instance in{smallFleet(2, 1, 2), testing::syntheticTraces([&](int z, int h) { return values[z][h]; }), {}};
    std::uniform_int_distribution<int> gpus(1, 2);
    std::uniform_int_distribution<int> minutes(20, 180);
    std::uniform_int_distribution<int> delayH(0, 3);
    std::uniform_int_distribution<int> submitMin(0, 5 * 60);
    for (int j = 0; j < 4; ++j) {
        Job job = makeJob("j" + std::to_string(j), gpus(rng), std::chrono::minutes{minutes(rng)},
                          t0() + std::chrono::minutes{submitMin(rng)}, Hours{delayH(rng)});
        job.dataSizeGb = 10.0 * (j % 2);
        if (j == 3)
            job.allowedJurisdictions = {"EU"};
        in.jobs.push_back(job);
    }
    std::sort(in.jobs.begin(), in.jobs.end(), [](const Job& a, const Job& b) { return a.submit < b.submit; });
    return in;
}

// Every assignment of (site, start) from the candidate set that fits the capacity ledger.
double bruteForceOptimumKg(const Instance& in, const SimulationSetup& setup)
{
    const ActualOutlook actual(in.fleet, in.traces);
    CapacityLedger ledger(in.fleet, setup.origin, setup.hours);
    double best = std::numeric_limits<double>::infinity();
    std::vector<const IntensitySeries*> series;
    for (const Site& s : in.fleet.sites())
        series.push_back(in.traces.find(s.zoneKey));
    std::function<void(std::size_t, double)> search = [&](std::size_t j, double grams) {
        if (j == in.jobs.size()) {
            best = std::min(best, grams);
            return;
        }
        const Job& job = in.jobs[j];
        for (std::size_t s = 0; s < in.fleet.sites().size(); ++s) {
            const Site& site = in.fleet.sites()[s];
            if (!job.allows(site.jurisdiction) || site.totalGpus() < job.gpus)
                continue;
            for (const UtcTime start : candidateStarts(job)) {
                const TimeWindow run{start, start + job.duration};
                if (!ledger.reserve(job.id, s, {run}, job.gpus))
                    continue;
                double cost = jobPowerKw(job, site) * site.pue * *actualIntegralWrapped(series[s], run);
                if (s != job.homeSite)
                    cost += site.migrationKwhPerGb * job.dataSizeGb *
                            *actualIntegralWrapped(series[job.homeSite], {start, start + Hours{1}});
                search(j + 1, grams + cost);
                ledger.unreserve(job.id);
            }
        }
    };
    search(0, 0.0);
    return best / 1000.0;
}

TEST(LowerBound, NeverAboveTheBruteForceOptimumNorAnyPolicy)
{
    int tightened = 0;
    int feasible = 0;
    for (unsigned seed = 1; seed <= 40; ++seed) {
        const Instance in = randomInstance(seed);
        const SimulationSetup setup = makeSetup(in.fleet, in.traces, in.jobs);
        const double optimum = bruteForceOptimumKg(in, setup);
        if (!std::isfinite(optimum))
            continue; // no schedule meets every SLO: nothing to bound
        ++feasible;
        LowerBoundOptions options;
        options.maxIterations = 60;
        const LowerBound bound = computeLowerBounds(in.fleet, in.traces, in.jobs, setup, options);
        EXPECT_LE(bound.unconstrainedKg, bound.capacityAwareKg + 1e-12) << seed;
        EXPECT_LE(bound.capacityAwareKg, optimum * (1 + 1e-9)) << "seed " << seed;
        // Every iteration's dual is valid, smoothed or not (the smoothing moves the prices only).
        for (const double dual : bound.dualKgByIteration)
            EXPECT_LE(dual, optimum * (1 + 1e-9)) << "seed " << seed;
        LowerBoundOptions plain = options;
        plain.smoothing = 0.0;
        const LowerBound plainBound = computeLowerBounds(in.fleet, in.traces, in.jobs, setup, plain);
        EXPECT_LE(plainBound.capacityAwareKg, optimum * (1 + 1e-9)) << "seed " << seed;
        tightened += bound.capacityAwareKg > bound.unconstrainedKg * (1 + 1e-9);

        const ActualOutlook actual(in.fleet, in.traces);
        for (const std::string& name : policyNames()) {
            auto policy = makePolicy(name).value();
            const SimulationRun run = simulate(in.fleet, in.traces, in.jobs, *policy, actual, setup);
            if (run.deadlineMisses == 0) {
                EXPECT_GE(run.emissionsKg, bound.capacityAwareKg * (1 - 1e-9)) << name << " seed " << seed;
                EXPECT_GE(run.emissionsKg, optimum * (1 - 1e-9)) << name << " seed " << seed;
            }
        }
    }
    EXPECT_GE(feasible, 10);
    // Capacity is tight in these instances (1–2 GPUs per site): the prices must bite sometimes.
    EXPECT_GT(tightened, 0);
}

// At the bound's prices, a schedule's distance from the bound is exactly its jobs' regret plus
// the capacity it leaves idle, both ≥ 0 when every SLO is met.
TEST(BoundGap, SplitsTheGapExactlyIntoRegretAndIdleCapacity)
{
    int known = 0;
    int withIdle = 0;
    for (unsigned seed = 1; seed <= 40; ++seed) {
        const Instance in = randomInstance(seed);
        const SimulationSetup setup = makeSetup(in.fleet, in.traces, in.jobs);
        LowerBoundOptions options;
        options.maxIterations = 60;
        const LowerBound bound = computeLowerBounds(in.fleet, in.traces, in.jobs, setup, options);
        const ActualOutlook actual(in.fleet, in.traces);
        for (const std::string& name : policyNames()) {
            auto policy = makePolicy(name).value();
            const SimulationRun run = simulate(in.fleet, in.traces, in.jobs, *policy, actual, setup);
            const BoundGap gap = splitGap(bound, in.jobs, run.records, in.fleet, setup);
            ASSERT_TRUE(gap.known) << name << " seed " << seed;
            ++known;
            const double tolerance = 1e-9 * std::max(1.0, gap.scheduleKg);
            EXPECT_NEAR(gap.scheduleKg, run.emissionsKg, tolerance) << name << " seed " << seed;
            EXPECT_NEAR(gap.boundKg, bound.capacityAwareKg, tolerance);
            EXPECT_NEAR(gap.scheduleKg - gap.boundKg,
                        gap.regretKg + gap.idleCapacityKg + gap.outsideBoundKg + gap.unplacedKg, tolerance)
                << name << " seed " << seed;
            // Every job here has options and is placed: nothing outside the bound, none unplaced.
            EXPECT_EQ(gap.outsideBoundKg, 0.0);
            EXPECT_EQ(gap.unplacedKg, 0.0);
            double byLength = 0.0;
            for (const BoundGap::Share& share : gap.regretByLength)
                byLength += share.kg;
            EXPECT_NEAR(byLength, gap.regretKg, tolerance);
            double bySite = 0.0;
            for (const BoundGap::Share& share : gap.idleBySite)
                bySite += share.kg;
            EXPECT_NEAR(bySite, gap.idleCapacityKg, tolerance);
            EXPECT_GE(gap.idleCapacityKg, -tolerance) << name << " seed " << seed;
            if (run.deadlineMisses == 0) {
                EXPECT_GE(gap.regretKg, -tolerance) << name << " seed " << seed;
            }
            withIdle += gap.idleCapacityKg > tolerance;
        }
    }
    EXPECT_GT(known, 100);
    EXPECT_GT(withIdle, 0);
}

// A job the schedule ran but the bound left out, and a covered job the schedule left unplaced,
// get their own terms: the split stays exact.
TEST(BoundGap, JobsOutsideTheBoundAndUnplacedJobsHaveTheirOwnTerms)
{
    const Instance in = randomInstance(3);
    const SimulationSetup setup = makeSetup(in.fleet, in.traces, in.jobs);
    const LowerBound bound = computeLowerBounds(in.fleet, in.traces, in.jobs, setup, {});
    const ActualOutlook actual(in.fleet, in.traces);
    auto policy = makePolicy("spatiotemporal").value();
    SimulationRun run = simulate(in.fleet, in.traces, in.jobs, *policy, actual, setup);
    ASSERT_TRUE(run.records[0].placed && run.records[1].placed);

    LowerBound without = bound; // as if the bound had no option of known cost for job 0
    without.pricedDualKg -= without.jobMinGrams[0] / 1000.0;
    without.jobMinGrams[0] = std::numeric_limits<double>::quiet_NaN();
    const double least1 = bound.jobMinGrams[1] / 1000.0;
    run.records[1].placed = false; // and as if job 1 had found no place
    const double ran1 = run.records[1].emissionsKg;
    const BoundGap gap = splitGap(without, in.jobs, run.records, in.fleet, setup);
    ASSERT_TRUE(gap.known);
    EXPECT_GE(gap.outsideBoundKg, run.records[0].emissionsKg - 1e-12); // its emissions, plus λ
    EXPECT_NEAR(gap.unplacedKg, -least1, 1e-12);
    double placedKg = 0.0;
    for (const SimulationRecord& r : run.records)
        placedKg += r.placed ? r.emissionsKg : 0.0;
    EXPECT_NEAR(gap.scheduleKg, placedKg, 1e-12);
    EXPECT_NEAR(gap.scheduleKg, run.emissionsKg - ran1, 1e-12);
    EXPECT_NEAR(gap.scheduleKg - gap.boundKg,
                gap.regretKg + gap.idleCapacityKg + gap.outsideBoundKg + gap.unplacedKg, 1e-9);
}

// Without prices (no iteration ran) nothing is split.
TEST(BoundGap, UnknownWithoutPrices)
{
    const Instance in = randomInstance(1);
    const SimulationSetup setup = makeSetup(in.fleet, in.traces, in.jobs);
    LowerBoundOptions options;
    options.maxIterations = 0;
    const LowerBound bound = computeLowerBounds(in.fleet, in.traces, in.jobs, setup, options);
    const ActualOutlook actual(in.fleet, in.traces);
    auto policy = makePolicy("baseline").value();
    const SimulationRun run = simulate(in.fleet, in.traces, in.jobs, *policy, actual, setup);
    EXPECT_FALSE(splitGap(bound, in.jobs, run.records, in.fleet, setup).known);
}

TEST(LowerBound, InterruptibleJobsAreBoundedByTheirCheapestHours)
{
    const Fleet fleet = smallFleet(8, 8, 8);
    const TraceLibrary traces = testing::syntheticTraces([](int z, int h) {
        return z == 0 ? (h % 24 == 3 || h % 24 == 5 ? 100.0 : 400.0) : 1000.0;
    });
    Job job = makeJob("i", 1, Hours{2}, t0(), Hours{10});
    job.interruptible = true;
    job.checkpointOverhead = std::chrono::minutes{10};
    const SimulationSetup setup = makeSetup(fleet, traces, {job});
    const LowerBound bound = computeLowerBounds(fleet, traces, {job}, setup, {});
    // Two separate clean hours at home: 0.5 kW × 1.2 × (100 + 100) = 120 g.
    EXPECT_NEAR(bound.unconstrainedKg, 0.120, 1e-12);
    const ActualOutlook actual(fleet, traces);
    auto waitAwhile = makePolicy("wait-awhile").value();
    const SimulationRun run = simulate(fleet, traces, {job}, *waitAwhile, actual, setup);
    EXPECT_GE(run.emissionsKg, bound.capacityAwareKg);
    EXPECT_LT(run.emissionsKg, 0.120 * 1.5); // it found the split, paying only the overhead
}

} // namespace
} // namespace greenlight
