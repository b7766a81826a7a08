// Work that finds no room within its SLO may pause interruptible work: the paused job
// checkpoints when the other one starts and resumes at the same site, paying its overhead,
// still by its deadline. Work that cannot pause, or has no slack, is left alone.
#include "core/scheduler/capacityledger.h"
#include "core/scheduler/intensityoutlook.h"
#include "core/scheduler/policyregistry.h"
#include "core/simulation/simulator.h"

#include "schedulertestfixture.h"

#include <gtest/gtest.h>

namespace greenlight {
namespace {

using testing::makeJob;
using testing::onlyCClean;
using testing::pinnedToC;
using testing::smallFleet;
using testing::t0;
using testing::World;

struct PauseCase {
    const char* name;
    const char* policy;
    bool guestInterruptible;
    bool guestPinned; // C's own pinned work: it resumes at C too
    int guestSlackH;  // deadline minus the guest's planned finish
    bool expectPaused;
    int guestPriority; // the pinned job's is 1 (normal)
};

void PrintTo(const PauseCase& c, std::ostream* out)
{
    *out << c.name;
}

class PinnedWorkOnAFullSite : public ::testing::TestWithParam<PauseCase> {};

TEST_P(PinnedWorkOnAFullSite, PausesInterruptibleWorkOnlyWhenItMayAndCan)
{
    const PauseCase& c = GetParam();
    World w(onlyCClean); // three 8-GPU sites, empty ledger
    w.ctx.now = t0() + Hours{1};
    // A guest from A holds all 8 GPUs at C from t0 for 10 h.
    const TimeWindow guestRun{t0(), t0() + Hours{10}};
    const Seconds overhead = std::chrono::minutes{5};
    std::optional<CapacityLedger::PauseTerms> terms;
    if (c.guestInterruptible)
        terms = CapacityLedger::PauseTerms{guestRun.end + Hours{c.guestSlackH}, overhead, c.guestPriority};
    ASSERT_TRUE(w.ledger.reserve("guest", 2, {guestRun}, 8, c.guestPinned, terms));
    // At 01:00 a 1-hour, 2-GPU job that may not leave the US (C only) and may not wait.
    Job pinned = pinnedToC("pinned", 2, Hours{1}, w.ctx.now);
    pinned.priority = 1;

    const Placement p = makePolicy(c.policy).value()->place(pinned, w.ctx);
    ASSERT_FALSE(p.plan.segments.empty()) << p.status.toString();
    EXPECT_EQ(p.plan.site, 2u);
    const CapacityLedger::Reservation guest = *w.ledger.reservation("guest");
    if (!c.expectPaused) {
        EXPECT_TRUE(p.deadlineMissed) << p.reason;
        EXPECT_TRUE(p.paused.empty());
        EXPECT_EQ(guest.segments, std::vector<TimeWindow>{guestRun}); // untouched
        return;
    }
    EXPECT_FALSE(p.deadlineMissed) << p.reason;
    EXPECT_EQ(p.plan.start(), w.ctx.now);
    ASSERT_EQ(p.paused.size(), 1u);
    EXPECT_EQ(p.paused.front().id, "guest");
    // 1 h before the pause; the other 9 h plus one overhead from the end of the pinned run.
    const std::vector<TimeWindow> expected = {{t0(), t0() + Hours{1}},
                                              {t0() + Hours{2}, t0() + Hours{11} + overhead}};
    EXPECT_EQ(p.paused.front().segments, expected);
    EXPECT_EQ(guest.segments, expected);
    EXPECT_LE(guest.segments.back().end, terms->deadline);
    EXPECT_NE(p.reason.find("pausing 1 interruptible job"), std::string::npos) << p.reason;
    // Capacity is never exceeded, before, during or after the pinned run.
    for (int m = 0; m < 12 * 60; m += 5)
        EXPECT_LE(w.ledger.used(2, t0() + std::chrono::minutes{m}), 8) << m;
}

INSTANTIATE_TEST_SUITE_P(
    Cases, PinnedWorkOnAFullSite,
    ::testing::Values(
        PauseCase{"InterruptibleGuestWithSlack", "spatiotemporal", true, false, 24, true, 1},
        PauseCase{"OracleToo", "oracle", true, false, 24, true, 1},
        PauseCase{"PinnedInterruptibleWorkToo", "spatiotemporal", true, true, 24, true, 1},
        // Pausing would push the guest past its deadline: it has no slack.
        PauseCase{"NoSlackLeft", "spatiotemporal", true, false, 0, false, 1},
        PauseCase{"NotInterruptible", "spatiotemporal", false, false, 24, false, 1},
        // Policies that do not pause leave the guest alone and miss.
        PauseCase{"CarbonWindowDoesNotPause", "carbon-window", true, false, 24, false, 1},
        PauseCase{"BaselineDoesNotPause", "baseline", true, false, 24, false, 1},
        // Work of higher priority (a latency-sensitive service) is not paused for it; best-effort
        // work is.
        PauseCase{"HigherPriorityWorkIsNotPaused", "spatiotemporal", true, false, 24, false, 2},
        PauseCase{"BestEffortWorkIsPaused", "spatiotemporal", true, false, 24, true, 0}),
    [](const ::testing::TestParamInfo<PauseCase>& param) { return std::string(param.param.name); });

TEST(Pausing, TheSimulatorRecordsThePausedJobsNewParts)
{
    const Fleet fleet = smallFleet(8, 8, 8);
    const TraceLibrary traces = testing::syntheticTraces(onlyCClean);
    // A long interruptible job from A goes to the clean C and fills it; an hour later a job
    // that may not leave the US arrives and may not wait.
    Job guest = makeJob("guest", 8, Hours{10}, t0(), Hours{24});
    guest.interruptible = true;
    guest.checkpointOverhead = std::chrono::minutes{5};
    const Job pinned = pinnedToC("pinned", 2, Hours{1}, t0() + Hours{1});
    const std::vector<Job> jobs = {guest, pinned};
    const SimulationSetup setup = makeSetup(fleet, traces, jobs);
    const ActualOutlook actual(fleet, traces);
    auto policy = makePolicy("spatiotemporal").value();
    const SimulationRun run = simulate(fleet, traces, jobs, *policy, actual, setup);
    ASSERT_EQ(run.records.size(), 2u);
    EXPECT_EQ(run.deadlineMisses, 0u);
    EXPECT_EQ(run.pauses, 1u);
    const SimulationRecord& g = run.records[0];
    EXPECT_EQ(g.site, 2u);
    EXPECT_EQ(g.parts, 2u);
    EXPECT_LE(g.finish, guest.deadline());
    EXPECT_NE(g.reason.find("paused"), std::string::npos) << g.reason;
    // The guest's energy covers its 10 h plus one overhead.
    EXPECT_NEAR(g.itEnergyKwh, 8 * 0.5 * (10.0 + 5.0 / 60.0), 1e-9);
    EXPECT_EQ(run.records[1].site, 2u);
    EXPECT_EQ(run.records[1].start, pinned.submit);
}

// A job paused again and again keeps the first three notes in its record and then a count
// with the last one, not a page of them.
TEST(Pausing, ARecordKeepsThreeNotesAndCountsTheRest)
{
    const Fleet fleet = smallFleet(8, 8, 8);
    const TraceLibrary traces = testing::syntheticTraces(onlyCClean);
    Job guest = makeJob("guest", 8, Hours{20}, t0(), Hours{24});
    guest.interruptible = true;
    guest.checkpointOverhead = std::chrono::minutes{5};
    std::vector<Job> jobs = {guest};
    for (int k = 0; k < 5; ++k) // half an hour each, at 01:00, 03:00, ... 09:00, at C only
        jobs.push_back(pinnedToC("pinned-" + std::to_string(k), 2, std::chrono::minutes{30}, t0() + Hours{1 + 2 * k}));
    const SimulationSetup setup = makeSetup(fleet, traces, jobs);
    const ActualOutlook actual(fleet, traces);
    auto policy = makePolicy("spatiotemporal").value();
    const SimulationRun run = simulate(fleet, traces, jobs, *policy, actual, setup);
    EXPECT_EQ(run.deadlineMisses, 0u);
    ASSERT_EQ(run.pauses, 5u);
    const std::string& reason = run.records[0].reason;
    auto count = [&](const std::string& what) {
        std::size_t n = 0;
        for (std::size_t at = reason.find(what); at != std::string::npos; at = reason.find(what, at + 1))
            ++n;
        return n;
    };
    EXPECT_EQ(count("(paused at"), 3u) << reason;
    EXPECT_NE(reason.find("(paused at 2023-03-06T05:00:00Z to make room for pinned-2, resumes at 2023-03-06T05:30:00Z) "
                          "(and 2 more times since, the last paused at 2023-03-06T09:00:00Z to make room for "
                          "pinned-4, resumes at 2023-03-06T09:30:00Z)"),
              std::string::npos)
        << reason;
    EXPECT_EQ(count("pinned-3"), 0u) << reason; // counted, not named
}

// A paused job's budget hold moves with it: its new kg (with the overhead), on the day it now
// starts.
TEST(Pausing, TheBudgetHoldFollowsThePausedPlan)
{
    World w(onlyCClean);
    BudgetCaps caps;
    caps.dailyKg = 100.0;
    CarbonBudget budget(caps);
    w.ctx.budget = &budget;
    const Job job = makeJob("j", 8, Hours{10}, t0(), Hours{24});
    const UtcTime dayTwo = t0() + Days{1};
    holdInBudget(job, Plan{2, {{t0(), t0() + Hours{10}}}, 4000.0, 0.0}, w.ctx);
    EXPECT_DOUBLE_EQ(budget.status(BudgetPeriod::Day, t0()).reservedKg, 4.0);
    // Paused before it started, into the next day, with more to emit: one hold, moved.
    holdInBudget(job, Plan{2, {{dayTwo, dayTwo + Hours{10}}}, 4100.0, 0.0}, w.ctx);
    EXPECT_DOUBLE_EQ(budget.status(BudgetPeriod::Day, t0()).reservedKg, 0.0);
    EXPECT_DOUBLE_EQ(budget.status(BudgetPeriod::Day, dayTwo).reservedKg, 4.1);
    // No budget kept: nothing to hold, nothing happens.
    w.ctx.budget = nullptr;
    holdInBudget(job, Plan{2, {{t0(), t0() + Hours{10}}}, 4000.0, 0.0}, w.ctx);
    EXPECT_DOUBLE_EQ(budget.status(BudgetPeriod::Day, dayTwo).reservedKg, 4.1);
}

// Not only pinned work: any job that would otherwise miss pauses interruptible work with
// slack, when every site is full.
TEST(Pausing, AnyJobThatWouldMissPausesInterruptibleWorkWhenEverySiteIsFull)
{
    for (const char* name : {"spatiotemporal", "oracle", "carbon-window"}) {
        const bool pauses = std::string(name) != "carbon-window";
        World w(onlyCClean); // three 8-GPU sites, empty ledger
        w.ctx.now = t0() + Hours{1};
        const TimeWindow run{t0(), t0() + Hours{10}};
        ASSERT_TRUE(w.ledger.reserve("a", 0, {run}, 8, false));
        ASSERT_TRUE(w.ledger.reserve("b", 1, {run}, 8, false));
        ASSERT_TRUE(w.ledger.reserve("c", 2, {run}, 8, false,
                                     CapacityLedger::PauseTerms{run.end + Hours{24}, std::chrono::minutes{5}}));
        Job job = makeJob("free-to-move", 2, Hours{1}, w.ctx.now, Hours{0}); // may not wait
        const Placement p = makePolicy(name).value()->place(job, w.ctx);
        ASSERT_FALSE(p.plan.segments.empty()) << name << ": " << p.status.toString();
        EXPECT_EQ(p.deadlineMissed, !pauses) << name << ": " << p.reason;
        EXPECT_EQ(p.paused.size(), pauses ? 1u : 0u) << name;
        if (pauses) {
            EXPECT_EQ(p.plan.site, 2u) << name;
            EXPECT_EQ(p.plan.start(), w.ctx.now) << name;
            for (int m = 0; m < 12 * 60; m += 5)
                EXPECT_LE(w.ledger.used(2, t0() + std::chrono::minutes{m}), 8) << name << " " << m;
        }
    }
}

// The cheapest starts may all lie at one site with nothing to pause: pausing looks at a few
// starts at every site, and finds the work with slack at the dearer one.
TEST(Pausing, LooksAtEverySiteNotOnlyTheCheapestStarts)
{
    for (const char* name : {"spatiotemporal", "oracle"}) {
        World w(onlyCClean); // C (20 g) is far cleaner than A and B (500 g)
        w.ctx.now = t0();
        const TimeWindow day{t0(), t0() + Hours{40}};
        ASSERT_TRUE(w.ledger.reserve("a", 0, {day}, 8, false)); // A and C: nothing to pause
        ASSERT_TRUE(w.ledger.reserve("c", 2, {day}, 8, false));
        ASSERT_TRUE(w.ledger.reserve("b", 1, {day}, 8, false,
                                     CapacityLedger::PauseTerms{day.end + Hours{24}, std::chrono::minutes{5}}));
        // 25 starts in its SLO at each site: the eight cheapest are all at C.
        const Job job = makeJob("j", 1, Hours{2}, t0(), Hours{24});
        const Placement p = makePolicy(name).value()->place(job, w.ctx);
        ASSERT_TRUE(p.status.isOk()) << name << ": " << p.status.toString();
        EXPECT_FALSE(p.deadlineMissed) << name << ": " << p.reason;
        EXPECT_EQ(p.plan.site, 1u) << name;
        EXPECT_EQ(p.paused.size(), 1u) << name;
    }
}

// Pausing goes through the work with the most slack first; when a later pause frees enough on
// its own, the earlier ones were not needed: they keep their plans (no checkpoint for nothing).
TEST(Pausing, WorkNotNeededPausedKeepsItsPlan)
{
    World w(onlyCClean);
    w.ctx.now = t0() + Hours{1};
    const TimeWindow run{t0(), t0() + Hours{10}};
    const Seconds overhead = std::chrono::minutes{5};
    // "small" (1 GPU) has the most slack and is looked at first; "large" (7 GPUs) makes room.
    ASSERT_TRUE(w.ledger.reserve("small", 2, {run}, 1, false, CapacityLedger::PauseTerms{run.end + Hours{30}, overhead}));
    ASSERT_TRUE(w.ledger.reserve("large", 2, {run}, 7, false, CapacityLedger::PauseTerms{run.end + Hours{20}, overhead}));
    const Job pinned = pinnedToC("pinned", 7, Hours{1}, w.ctx.now);
    const Placement p = makePolicy("spatiotemporal").value()->place(pinned, w.ctx);
    ASSERT_FALSE(p.deadlineMissed) << p.reason;
    ASSERT_EQ(p.paused.size(), 1u) << p.reason;
    EXPECT_EQ(p.paused.front().id, "large");
    EXPECT_EQ(w.ledger.reservation("small")->segments, std::vector<TimeWindow>{run});
    EXPECT_NE(p.reason.find("pausing 1 interruptible job"), std::string::npos) << p.reason;
    for (int m = 0; m < 12 * 60; m += 5)
        EXPECT_LE(w.ledger.used(2, t0() + std::chrono::minutes{m}), 8) << m;
}

// Paused work whose rest finds no single window before its deadline resumes in parts, around
// the work planned at the site after it, paying the overhead at each resume.
TEST(Pausing, PausedWorkResumesInPartsAroundPlannedWork)
{
    World w(onlyCClean);
    w.ctx.now = t0() + Hours{1};
    const Seconds overhead = std::chrono::minutes{5};
    ASSERT_TRUE(w.ledger.reserve("guest", 2, {{t0(), t0() + Hours{10}}}, 4, false,
                                 CapacityLedger::PauseTerms{t0() + Hours{14}, overhead}));
    ASSERT_TRUE(w.ledger.reserve("fixed", 2, {{t0() + Hours{10}, t0() + Hours{11}}}, 8));
    const Job pinned = pinnedToC("pinned", 8, Hours{2}, w.ctx.now);
    const Placement p = makePolicy("spatiotemporal").value()->place(pinned, w.ctx);
    ASSERT_FALSE(p.deadlineMissed) << p.reason;
    EXPECT_NE(p.reason.find("pausing 1 interruptible job"), std::string::npos) << p.reason;
    // 1 h, then 7 h up to the fixed hour, then the last 2 h: two resumes, 5 minutes each.
    const std::vector<TimeWindow> expected = {{t0(), t0() + Hours{1}},
                                              {t0() + Hours{3}, t0() + Hours{10}},
                                              {t0() + Hours{11}, t0() + Hours{13} + 2 * overhead}};
    EXPECT_EQ(w.ledger.reservation("guest")->segments, expected);
    for (int m = 0; m < 24 * 60; m += 5)
        EXPECT_LE(w.ledger.used(2, t0() + std::chrono::minutes{m}), 8) << m;
}

struct ShareCase {
    const char* name;
    int durationH;
    bool interruptible;
    GuestPausing pausing;
    std::size_t site;
    int expectedLimit;
};

TEST(GuestShare, ShortGuestsMayFillASiteLongOnesGetTheShareOnlyWhenTheyCanBePaused)
{
    // A and B are in the EU (pinned EU work has two sites), C is the only US site.
    const World w(onlyCClean, smallFleet(8, 10, 10)); // now = t0; guest shares 0.9, 0.5, 6 h
    const ShareCase cases[] = {
        {"home: the whole site", 30, false, GuestPausing::Never, 0, 8},
        {"guest gone within 6 h: the whole site", 6, false, GuestPausing::Never, 2, 10},
        {"guest of half a day, the only US site: 0.9", 12, false, GuestPausing::Never, 2, 9},
        {"guest of half a day, EU work may go to A: the whole site", 12, false, GuestPausing::Never, 1, 10},
        {"long guest, no pausing: 0.5", 30, true, GuestPausing::Never, 1, 5},
        {"long guest that cannot pause: 0.5", 30, false, GuestPausing::ToMeetDeadlines, 2, 5},
        {"long interruptible guest, pausing policy, the only US site: 0.9", 30, true, GuestPausing::ToMeetDeadlines, 2, 9},
        {"long interruptible guest, pausing policy, EU: the whole site", 30, true, GuestPausing::ToMeetDeadlines, 1, 10},
    };
    for (const ShareCase& c : cases) {
        Job job = makeJob("j", 1, Hours{c.durationH}, t0(), Hours{24});
        job.interruptible = c.interruptible;
        EXPECT_EQ(w.ctx.gpuLimitFor(job, c.site, c.pausing), c.expectedLimit) << c.name;
    }
}

// A sibling site without data for the period takes no pinned work: B keeps the share then.
TEST(GuestShare, ASiteWithoutDataIsNoPlaceForPinnedWork)
{
    World w(onlyCClean, smallFleet(8, 10, 10));
    const Job job = makeJob("j", 1, Hours{12}, t0(), Hours{24});
    EXPECT_TRUE(w.ctx.jurisdictionHasOtherSites(1));
    EXPECT_EQ(w.ctx.gpuLimitFor(job, 1), 10);
    w.ctx.siteHasData = {false, true, true}; // asked again after the data changed: no stale answer
    EXPECT_FALSE(w.ctx.jurisdictionHasOtherSites(1));
    EXPECT_EQ(w.ctx.gpuLimitFor(job, 1), 9);
}

} // namespace
} // namespace greenlight
