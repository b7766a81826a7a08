// Every policy on small cases whose best plan is worked out by hand.
#include "core/forecast/forecasterregistry.h"
#include "core/scheduler/intensityoutlook.h"
#include "core/scheduler/policies/thresholdmigrate/thresholdmigratepolicy.h"
#include "core/scheduler/policyregistry.h"

#include "schedulertestfixture.h"

#include <gtest/gtest.h>

namespace greenlight {
namespace {

using testing::handWorld;
using testing::makeJob;
using testing::t0;
using testing::World;

// ZA clean (100) from 02:00 to 04:00 and from 20:00 to 22:00 only: a split run wins.
double twoCleanBlocks(int zone, int hour)
{
    const int h = hour % 24;
    if (zone == 0)
        return (h >= 2 && h < 4) || (h >= 20 && h < 22) ? 100.0 : 500.0;
    return handWorld(zone, hour);
}

struct PolicyCase {
    const char* policy;
    bool pinnedToEu;
    const char* expectedSite;
    int expectedStartHour; // hours after t0
};

void PrintTo(const PolicyCase& c, std::ostream* out)
{
    *out << c.policy;
}

class PolicyPlaces : public ::testing::TestWithParam<PolicyCase> {};

TEST_P(PolicyPlaces, TheHandComputedBestPlan)
{
    const PolicyCase& c = GetParam();
    World w;
    auto policy = makePolicy(c.policy).value();
    Job job = makeJob("j", 2, Hours{2}, t0(), Hours{24});
    if (c.pinnedToEu)
        job.allowedJurisdictions = {"EU"};
    const Placement p = policy->place(job, w.ctx);
    ASSERT_TRUE(p.status.isOk()) << p.status.toString();
    EXPECT_EQ(p.policy, c.policy);
    EXPECT_EQ(w.fleet.sites()[p.plan.site].id, c.expectedSite) << p.reason;
    EXPECT_EQ(p.plan.start(), t0() + Hours{c.expectedStartHour}) << p.reason;
    EXPECT_FALSE(p.reason.empty());
    EXPECT_TRUE(w.ledger.holds("j")); // Reserve happened
}

INSTANTIATE_TEST_SUITE_P(
    HandWorld, PolicyPlaces,
    ::testing::Values(
        // Carbon-agnostic: home, now.
        PolicyCase{"baseline", false, "a", 0},
        // Home only, cleanest window 10:00–12:00.
        PolicyCase{"carbon-window", false, "a", 10}, PolicyCase{"wait-awhile", false, "a", 10},
        // Anywhere: C at 20 g × PUE 1.5 = 30 beats B at 50 × 1.1 = 55 and A at 100 × 1.2.
        PolicyCase{"spatiotemporal", false, "c", 0}, PolicyCase{"oracle", false, "c", 0},
        // Pinned to the EU: B.
        PolicyCase{"spatiotemporal", true, "b", 0},
        // 500 vs 20 now: a gap above θ = 100, so move at once.
        PolicyCase{"threshold-migrate", false, "c", 0}),
    [](const ::testing::TestParamInfo<PolicyCase>& param) {
        std::string name = std::string(param.param.policy) + (param.param.pinnedToEu ? "_pinned" : "");
        for (char& ch : name)
            if (ch == '-')
                ch = '_';
        return name;
    });

TEST(ThresholdMigrate, HysteresisAndDwellStopFlapping)
{
    World w;
    auto policy = makePolicy("threshold-migrate").value();
    // 01:00: gap 480 → migrate to C.
    w.ctx.now = t0() + Hours{1};
    EXPECT_EQ(policy->place(makeJob("j1", 1, Hours{1}, w.ctx.now, Hours{0}), w.ctx).plan.site, 2u);
    // 10:30: home at 100, gap 80 < θ − hysteresis = 80? not below: still C.
    w.ctx.now = t0() + Hours{10} + std::chrono::minutes{30};
    EXPECT_EQ(policy->place(makeJob("j2", 1, Hours{1}, w.ctx.now, Hours{0}), w.ctx).plan.site, 2u);
}

TEST(ThresholdMigrate, AJobWhoseDataCostsMoreToMoveThanItSavesStaysHome)
{
    World w;
    auto policy = makePolicy("threshold-migrate").value();
    w.ctx.now = t0() + Hours{1};
    // 1 GPU × 0.5 kW for an hour: 300 g at home (500 g/kWh × PUE 1.2), 15 g at C (20 × 1.5).
    // Moving data to C: 0.01 kWh/GB at the home grid's 500 g/kWh, 5 g per GB.
    Job heavy = makeJob("heavy", 1, Hours{1}, w.ctx.now, Hours{0});
    heavy.dataSizeGb = 100.0; // 500 g to move, 285 g saved
    Placement p = policy->place(heavy, w.ctx);
    EXPECT_EQ(p.plan.site, 0u) << p.reason;
    Job light = makeJob("light", 1, Hours{1}, w.ctx.now, Hours{0});
    light.dataSizeGb = 10.0; // 50 g to move
    p = policy->place(light, w.ctx);
    EXPECT_EQ(p.plan.site, 2u) << p.reason;
}

// A job that cannot start within its SLO at home overflows to the cleanest other site that can
// take it in time (at the fleet's cleanest site guests filled the GPUs and its own jobs missed
// their deadlines while other sites stood idle).
TEST(ThresholdMigrate, WorkThatCannotStartInTimeAtHomeOverflows)
{
    World w(testing::onlyCClean); // C clean, A and B at 500
    auto policy = makePolicy("threshold-migrate").value();
    w.ctx.now = t0() + Hours{1};
    ASSERT_TRUE(w.ledger.reserve("guests", 2, {{t0(), t0() + Hours{20}}}, 8));
    Job job = makeJob("local", 2, Hours{1}, w.ctx.now, Hours{2});
    job.homeSite = 2;
    const Placement p = policy->place(job, w.ctx);
    ASSERT_TRUE(p.status.isOk()) << p.status.message();
    EXPECT_FALSE(p.deadlineMissed) << p.reason;
    EXPECT_NE(p.plan.site, 2u) << p.reason;
    EXPECT_EQ(p.plan.start(), w.ctx.now);
    // Pinned to the US (C only): it may not overflow, and misses.
    Job pinned = job;
    pinned.id = "pinned";
    pinned.allowedJurisdictions = {"US"};
    EXPECT_TRUE(policy->place(pinned, w.ctx).deadlineMissed);
}

TEST(ThresholdMigrate, ReturnsHomeWhenTheGapCloses)
{
    World w;
    ThresholdMigratePolicy policy({.thresholdGPerKwh = 100, .hysteresisGPerKwh = 10, .minDwell = Hours{3}});
    w.ctx.now = t0() + Hours{1};
    EXPECT_EQ(policy.place(makeJob("j1", 1, Hours{1}, w.ctx.now, Hours{0}), w.ctx).plan.site, 2u);
    // 11:00, ten hours later: gap 80 < 90 → home again.
    w.ctx.now = t0() + Hours{11};
    EXPECT_EQ(policy.place(makeJob("j2", 1, Hours{1}, w.ctx.now, Hours{0}), w.ctx).plan.site, 0u);
}

TEST(WaitAwhile, InterruptibleJobsRunInTheCleanestHoursWithOverheads)
{
    World w(twoCleanBlocks);
    auto policy = makePolicy("wait-awhile").value();
    Job job = makeJob("long", 1, Hours{6}, t0(), Hours{24});
    job.interruptible = true;
    job.checkpointOverhead = std::chrono::minutes{5};
    const Placement p = policy->place(job, w.ctx);
    ASSERT_TRUE(p.status.isOk()) << p.status.toString();
    Seconds total{0};
    for (const TimeWindow& s : p.plan.segments)
        total += s.length();
    EXPECT_EQ(total, job.duration + job.checkpointOverhead * static_cast<long long>(p.plan.segments.size() - 1));
    auto covers = [&](int hour) {
        for (const TimeWindow& s : p.plan.segments)
            if (s.contains(t0() + Hours{hour}))
                return true;
        return false;
    };
    for (const int hour : {2, 3, 20, 21})
        EXPECT_TRUE(covers(hour)) << hour;
    EXPECT_GE(p.plan.segments.size(), 2u);
    EXPECT_LE(p.plan.finish(), job.deadline());
    // Cheaper than the best contiguous window at home (2 clean hours at most).
    World w2(twoCleanBlocks);
    Job contiguous = job;
    contiguous.interruptible = false;
    EXPECT_LT(p.plan.score(), makePolicy("carbon-window").value()->place(contiguous, w2.ctx).plan.score());
}

// ZA clean at t0 and t0 + 2 h (100), a little dearer at t0 + 1 h (150), dirty otherwise (the
// traces begin a week before t0).
double cleanAroundOne(int zone, int hour)
{
    const int h = hour - 24 * 7;
    if (zone == 0)
        return h == 0 || h == 2 ? 100.0 : h == 1 ? 150.0 : 500.0;
    return handWorld(zone, hour);
}

// The hour that joins two chosen parts is taken whole (a resume saved), and the run then needs
// less than the hours cover: the surplus is cut off the end, not billed. (2 h 58 min of work in
// t0 .. t0 + 3 h used to hold and bill all three hours.)
TEST(WaitAwhile, TheHourThatJoinsTwoPartsIsNotBilledBeyondTheWork)
{
    World w(cleanAroundOne);
    Job job = makeJob("long", 1, Hours{2} + std::chrono::minutes{58}, t0(), Hours{24});
    job.interruptible = true;
    job.checkpointOverhead = std::chrono::minutes{5};
    const Placement p = makePolicy("wait-awhile").value()->place(job, w.ctx);
    ASSERT_TRUE(p.status.isOk()) << p.status.toString();
    ASSERT_EQ(p.plan.segments.size(), 1u);
    EXPECT_EQ(p.plan.segments[0], (TimeWindow{t0(), t0() + job.duration}));
}

TEST(Policies, FullCapacityFallsBackAndFlagsTheMissedDeadline)
{
    World w;
    ASSERT_TRUE(w.ledger.reserve("blocker", 0, {{t0(), t0() + Hours{30}}}, 8));
    const Placement p = makePolicy("baseline").value()->place(makeJob("j", 1, Hours{1}, t0(), Hours{2}), w.ctx);
    EXPECT_TRUE(p.deadlineMissed);
    EXPECT_EQ(p.status.code(), StatusCode::Unavailable);
    EXPECT_EQ(p.plan.start(), t0() + Hours{30});
    // Latest start t0 + 2 h, so it finishes 28 h after its deadline; it may go anywhere.
    EXPECT_NE(p.reason.find("deadline missed by 28.0 h"), std::string::npos) << p.reason;
    EXPECT_EQ(p.reason.find("pinned"), std::string::npos) << p.reason;
}

TEST(Policies, AMissedPinnedJobSaysWhichSitesItWasAllowed)
{
    World w;
    for (std::size_t site : {0u, 1u, 2u})
        ASSERT_TRUE(w.ledger.reserve("blocker" + std::to_string(site), site, {{t0(), t0() + Hours{30}}}, 8));
    Job eu = makeJob("eu", 1, Hours{1}, t0(), Hours{2});
    eu.allowedJurisdictions = {"EU"};
    Placement p = makePolicy("spatiotemporal").value()->place(eu, w.ctx);
    ASSERT_TRUE(p.deadlineMissed);
    EXPECT_NE(p.reason.find("pinned to EU: a and b may take it"), std::string::npos) << p.reason;

    w.ctx.siteHasData = {true, false, true}; // b has no intensity data: a is all that is left
    eu.id = "eu-2";
    p = makePolicy("spatiotemporal").value()->place(eu, w.ctx);
    ASSERT_TRUE(p.deadlineMissed);
    EXPECT_NE(p.reason.find("pinned to EU: only a may take it"), std::string::npos) << p.reason;
}

TEST(Policies, EarliestStartIsTheFirstHourThatFitsEvenBeforeTheLedger)
{
    World w;
    // Full until 3 h 07: the submit time, 1 h, 2 h and 3 h all touch a full slot; 4 h is free.
    ASSERT_TRUE(w.ledger.reserve("blocker", 0, {{t0(), t0() + Hours{3} + std::chrono::minutes{7}}}, 8));
    const Job late = makeJob("late", 1, Hours{1}, t0() + std::chrono::minutes{10}, Hours{24});
    w.ctx.now = late.submit;
    const Placement p = makePolicy("baseline").value()->place(late, w.ctx);
    ASSERT_TRUE(p.status.isOk()) << p.status.toString();
    EXPECT_EQ(p.plan.start(), t0() + Hours{4});

    // Submitted before the ledger begins: the first start that fits is the ledger's first hour.
    World fresh;
    const Job early = makeJob("early", 1, Hours{1}, t0() - std::chrono::minutes{30}, Hours{24});
    fresh.ctx.now = early.submit;
    const Placement q = makePolicy("baseline").value()->place(early, fresh.ctx);
    ASSERT_TRUE(q.status.isOk()) << q.status.toString();
    EXPECT_EQ(q.plan.start(), t0());
}

TEST(Policies, SovereigntyRefusalIsExplained)
{
    World w;
    w.ctx.siteHasData = {false, false, true}; // only the US site has data
    Job job = makeJob("j", 1, Hours{1}, t0(), Hours{2});
    job.allowedJurisdictions = {"EU"};
    const Placement p = makePolicy("spatiotemporal").value()->place(job, w.ctx);
    EXPECT_EQ(p.status.code(), StatusCode::FailedPrecondition);
    EXPECT_NE(p.status.message().find("data sovereignty"), std::string::npos) << p.status.message();
}

TEST(PolicyRegistry, UnknownNamesListTheKnownOnes)
{
    const auto p = makePolicy("greedy-magic");
    ASSERT_FALSE(p.ok());
    EXPECT_EQ(p.status().code(), StatusCode::NotFound);
    EXPECT_NE(p.status().message().find("spatiotemporal"), std::string::npos);
}

TEST(Permit, DeferralsOverTwoHoursAndCrossBorderMovesNeedAHuman)
{
    World w;
    const Placement deferred = makePolicy("carbon-window").value()->place(makeJob("d", 1, Hours{2}, t0(), Hours{24}), w.ctx);
    EXPECT_EQ(deferred.permit, PermitVerdict::NeedsHuman); // 10 h deferral
    const Placement abroad = makePolicy("spatiotemporal").value()->place(makeJob("x", 1, Hours{1}, t0(), Hours{0}), w.ctx);
    EXPECT_EQ(abroad.permit, PermitVerdict::NeedsHuman); // EU → US
    const Placement home = makePolicy("baseline").value()->place(makeJob("h", 1, Hours{1}, t0(), Hours{0}), w.ctx);
    EXPECT_EQ(home.permit, PermitVerdict::AutoApproved);
}

// At the very start of the traces no forecaster has seen anything: every option is unpriced.
// The job then starts as soon as it can and stays home on a tie, rather than move to whichever
// site comes first in the fleet and pay for its data; the reason says there was no forecast.
TEST(Policies, WithNoForecastAtAllAJobStaysHome)
{
    testing::World w;
    const auto ridge = makeForecaster("ridge").value();
    const ForecastOutlook forecast(w.fleet, w.traces, *ridge, 48);
    const UtcTime traceStart = t0() - Days{7};
    CapacityLedger ledger(w.fleet, traceStart, 72);
    PlanningContext ctx{w.fleet, forecast, ledger, ApprovalRules::defaults(), {true, true, true}, traceStart};
    Job job = makeJob("first", 2, Hours{2}, traceStart, Hours{4});
    job.homeSite = 1;
    job.dataSizeGb = 50.0;
    for (const char* name : {"spatiotemporal", "carbon-window", "first-fit"}) {
        SCOPED_TRACE(name);
        const Placement p = makePolicy(name).value()->place(job, ctx);
        ASSERT_TRUE(p.status.isOk()) << p.status.message();
        EXPECT_EQ(p.plan.site, 1u);
        EXPECT_EQ(p.plan.start(), traceStart);
        EXPECT_NE(p.reason.find("no forecast"), std::string::npos) << p.reason;
        ledger.unreserve(job.id);
    }
}

// On a flat grid every start costs the same; the forecast differs only in its last bits. The job
// starts at once rather than wherever the rounding noise is lowest (it was deferred by up to a
// day, and every deferral over 2 h waits for a human).
TEST(Policies, OnAFlatGridAJobStartsAtOnce)
{
    testing::World w([](int, int) { return 300.0; });
    const auto ridge = makeForecaster("ridge").value();
    const ForecastOutlook forecast(w.fleet, w.traces, *ridge, 48);
    PlanningContext ctx{w.fleet, forecast, w.ledger, ApprovalRules::defaults(), {true, true, true}, t0() + Hours{5}};
    Job job = makeJob("flat", 1, Hours{3}, t0() + Hours{5}, Hours{24});
    const Placement p = makePolicy("carbon-window").value()->place(job, ctx);
    ASSERT_TRUE(p.status.isOk()) << p.status.message();
    EXPECT_EQ(p.plan.start(), job.submit) << p.reason;
    EXPECT_EQ(p.permit, PermitVerdict::AutoApproved);
}

// wait-awhile too: an interruptible job on a flat grid runs at once in one piece. Its cheapest
// hours were any hours, and it was split into parts that only added resumes and deferrals (two
// jobs on a constant trace: 41.7 kg instead of 41.4), with a forecast and with perfect foresight.
TEST(Policies, OnAFlatGridAnInterruptibleJobRunsAtOnceInOnePiece)
{
    testing::World w([](int, int) { return 300.0; });
    const auto ridge = makeForecaster("ridge").value();
    const ForecastOutlook forecast(w.fleet, w.traces, *ridge, 48);
    const ActualOutlook actual(w.fleet, w.traces);
    for (const IntensityOutlook* outlook : {static_cast<const IntensityOutlook*>(&forecast),
                                            static_cast<const IntensityOutlook*>(&actual)}) {
        SCOPED_TRACE(outlook->name());
        CapacityLedger ledger(w.fleet, t0(), 24 * 6);
        PlanningContext ctx{w.fleet, *outlook, ledger, ApprovalRules::defaults(), {true, true, true}, t0() + Hours{5}};
        Job job = makeJob("long", 2, Hours{30}, t0() + Hours{5}, Hours{24});
        job.interruptible = true;
        job.checkpointOverhead = std::chrono::minutes{5};
        const Placement p = makePolicy("wait-awhile").value()->place(job, ctx);
        ASSERT_TRUE(p.status.isOk()) << p.status.message();
        EXPECT_EQ(p.plan.segments.size(), 1u) << p.reason;
        EXPECT_EQ(p.plan.start(), job.submit) << p.reason;
    }
}

} // namespace
} // namespace greenlight
