// Pinned work that pausing cannot make room for: the site's interruptible plans are packed again
// by laxity around it, each still by its deadline, and none left with less than the slack it
// had or 4 h. Worked out by hand on the three-site world where C is the only US site.
#include "core/scheduler/capacityledger.h"
#include "core/scheduler/intensityoutlook.h"
#include "core/scheduler/policyregistry.h"
#include "core/simulation/simulator.h"

#include "schedulertestfixture.h"

#include <gtest/gtest.h>

namespace greenlight {
namespace {

using std::chrono::minutes;
using testing::makeJob;
using testing::onlyCClean;
using testing::smallFleet;
using testing::t0;
using testing::World;

UtcTime at(Seconds offset)
{
    return t0() + offset;
}

constexpr Seconds kOverhead = minutes{5};

// A job that may only run at C (the only US site), submitted at 01:00, that may not wait.
Job pinnedToC(const char* id, int gpus, Seconds duration)
{
    return testing::pinnedToC(id, gpus, duration, at(Hours{1}));
}

// C is booked with two long interruptible runs back to back: "first" runs now (slack 10 h),
// "second" starts when it ends. At 01:00 a job that must run at C arrives and may not wait.
// Pausing "first" alone cannot help: its 9 h left find no room before its deadline, with
// "second" planned from 10:00 to 20:00. Work planned for tomorrow has nothing to do with it.
struct BookedSite {
    BookedSite(int secondSlackH, int pinnedH) : pinned(pinnedToC("pinned", 8, Hours{pinnedH}))
    {
        w.ctx.now = at(Hours{1});
        EXPECT_TRUE(w.ledger.reserve("first", 2, {{t0(), at(Hours{10})}}, 8, false,
                                     CapacityLedger::PauseTerms{at(Hours{20}), kOverhead}));
        EXPECT_TRUE(w.ledger.reserve("second", 2, {{at(Hours{10}), at(Hours{20})}}, 8, false,
                                     CapacityLedger::PauseTerms{at(Hours{20 + secondSlackH}), kOverhead}));
        // Planned for the clean hours of the next day; a repack leaves it there.
        EXPECT_TRUE(w.ledger.reserve("tomorrow", 2, {{at(Hours{30}), at(Hours{32})}}, 4, false,
                                     CapacityLedger::PauseTerms{at(Hours{60}), kOverhead}));
    }
    World w{onlyCClean};
    Job pinned;
};

TEST(Repacking, PinnedWorkGetsRoomWhenTheBookedWorkCanShiftTogether)
{
    for (const bool interruptible : {false, true}) {
        BookedSite site(10, 2);
        site.pinned.interruptible = interruptible;
        site.pinned.checkpointOverhead = interruptible ? kOverhead : Seconds{0};
        const Placement p = makePolicy("spatiotemporal").value()->place(site.pinned, site.w.ctx);
        ASSERT_TRUE(p.status.isOk()) << p.status.toString();
        EXPECT_FALSE(p.deadlineMissed) << p.reason;
        EXPECT_EQ(p.plan.site, 2u);
        EXPECT_EQ(p.plan.segments, (std::vector<TimeWindow>{{at(Hours{1}), at(Hours{3})}}));
        EXPECT_NE(p.reason.find("re-packing 2 interruptible job(s) at c"), std::string::npos) << p.reason;
        // "first" pauses for it and resumes (paying its overhead); "second" starts later.
        const std::vector<TimeWindow> first = {{t0(), at(Hours{1})}, {at(Hours{3}), at(Hours{12} + kOverhead)}};
        const std::vector<TimeWindow> second = {{at(Hours{12} + kOverhead), at(Hours{22} + kOverhead)}};
        ASSERT_EQ(p.paused.size(), 2u);
        EXPECT_EQ(site.w.ledger.reservation("first")->segments, first);
        EXPECT_EQ(site.w.ledger.reservation("second")->segments, second);
        EXPECT_EQ(site.w.ledger.reservation("tomorrow")->segments,
                  (std::vector<TimeWindow>{{at(Hours{30}), at(Hours{32})}})); // not pulled forward
        for (const Placement::Paused& moved : p.paused)
            EXPECT_EQ(moved.segments, moved.id == "first" ? first : second);
        for (int m = 0; m < 72 * 60; m += 5)
            ASSERT_LE(site.w.ledger.used(2, at(minutes{m})), 8) << m;
    }
}

// A site with more interruptible plans still to run than re-packing takes on (128) is
// overloaded: the pinned job misses rather than the whole queue being packed again. Up to the
// limit it is re-packed as before.
TEST(Repacking, AnOverloadedSiteIsNotRepacked)
{
    for (const int queued : {125, 126}) { // with first, second and tomorrow: 128 and 129 plans
        BookedSite site(10, 2);
        for (int k = 0; k < queued; ++k) // 5-minute runs on one GPU from 40:00, nothing to do with it
            ASSERT_TRUE(site.w.ledger.reserve("queued-" + std::to_string(k), 2,
                                              {{at(Hours{40} + minutes{5 * k}), at(Hours{40} + minutes{5 * k + 5})}},
                                              1, false, CapacityLedger::PauseTerms{at(Hours{70}), kOverhead}));
        const Placement p = makePolicy("spatiotemporal").value()->place(site.pinned, site.w.ctx);
        ASSERT_TRUE(!p.plan.segments.empty()) << p.status.toString();
        EXPECT_EQ(p.deadlineMissed, queued == 126) << queued << ": " << p.reason;
        EXPECT_EQ(p.paused.size(), queued == 126 ? 0u : 2u) << queued;
    }
}

// A job paused before and planned to resume exactly where the plans are cut has not run up to
// the cut: it still pays for that resume wherever it now resumes.
TEST(Repacking, APartPlannedToResumeAtTheCutStillPaysItsResume)
{
    World w(onlyCClean);
    w.ctx.now = at(Hours{1});
    const std::vector<TimeWindow> firstWas = {{t0(), at(minutes{30})}, {at(Hours{1}), at(Hours{10} + minutes{30})}};
    ASSERT_TRUE(w.ledger.reserve("first", 2, firstWas, 8, false, CapacityLedger::PauseTerms{at(Hours{20}), kOverhead}));
    ASSERT_TRUE(w.ledger.reserve("second", 2, {{at(Hours{10} + minutes{30}), at(Hours{20} + minutes{30})}}, 8, false,
                                 CapacityLedger::PauseTerms{at(Hours{30} + minutes{30}), kOverhead}));
    const Job pinned = pinnedToC("pinned", 8, Hours{2});
    const Placement p = makePolicy("spatiotemporal").value()->place(pinned, w.ctx);
    ASSERT_FALSE(p.deadlineMissed) << p.reason;
    EXPECT_NE(p.reason.find("re-packing"), std::string::npos) << p.reason;
    // 9 h 25 min of work were left after the first half hour: from 03:00, plus one resume.
    const std::vector<TimeWindow> first = {{t0(), at(minutes{30})}, {at(Hours{3}), at(Hours{12} + minutes{30})}};
    EXPECT_EQ(w.ledger.reservation("first")->segments, first);
    const std::vector<TimeWindow> second = {{at(Hours{12} + minutes{30}), at(Hours{22} + minutes{30})}};
    EXPECT_EQ(w.ledger.reservation("second")->segments, second);
}

TEST(Repacking, LeavesNoJobWithLessThanTheSlackItHadOrFourHours)
{
    // A 4-hour job: "first" would resume at 05:00 and end at 14:05, "second" then run until
    // 00:05 and keep 1 h 55 min of the 6 h it had.
    BookedSite site(6, 4);
    const Placement p = makePolicy("spatiotemporal").value()->place(site.pinned, site.w.ctx);
    EXPECT_TRUE(p.deadlineMissed) << p.reason;
    EXPECT_TRUE(p.paused.empty());
    EXPECT_EQ(site.w.ledger.reservation("first")->segments, (std::vector<TimeWindow>{{t0(), at(Hours{10})}}));
    EXPECT_EQ(site.w.ledger.reservation("second")->segments, (std::vector<TimeWindow>{{at(Hours{10}), at(Hours{20})}}));
}

// A short job may take what its own run costs from a job already below the floor: a whole-site
// job with 2 h to spare pauses for half an hour (and its resume) rather than keep it waiting.
TEST(Repacking, AShortJobMayTakeWhatItsRunCostsFromWorkWithLittleSlack)
{
    World w(onlyCClean);
    w.ctx.now = at(Hours{1});
    ASSERT_TRUE(w.ledger.reserve("big", 2, {{t0(), at(Hours{10})}}, 8, false,
                                 CapacityLedger::PauseTerms{at(Hours{12}), kOverhead}));
    ASSERT_TRUE(w.ledger.reserve("next", 2, {{at(Hours{10}), at(Hours{14})}}, 8, false,
                                 CapacityLedger::PauseTerms{at(Hours{20}), kOverhead}));
    const Job shortJob = pinnedToC("short", 1, minutes{30});
    const Placement p = makePolicy("spatiotemporal").value()->place(shortJob, w.ctx);
    ASSERT_FALSE(p.deadlineMissed) << p.reason;
    EXPECT_NE(p.reason.find("re-packing"), std::string::npos) << p.reason;
    // "big" keeps 1 h 25 min of its 2 h; the half hour and its resume cost it 35 minutes.
    EXPECT_EQ(w.ledger.reservation("big")->segments,
              (std::vector<TimeWindow>{{t0(), at(Hours{1})}, {at(Hours{1} + minutes{30}), at(Hours{10} + minutes{35})}}));
    EXPECT_EQ(w.ledger.reservation("next")->segments,
              (std::vector<TimeWindow>{{at(Hours{10} + minutes{35}), at(Hours{14} + minutes{35})}}));
}

TEST(Repacking, OnlyForPinnedWorkAndOnlyByPoliciesThatPause)
{
    {
        BookedSite site(10, 2);
        const Placement p = makePolicy("carbon-window").value()->place(site.pinned, site.w.ctx);
        EXPECT_TRUE(p.deadlineMissed) << p.reason;
        EXPECT_TRUE(p.paused.empty());
    }
    {
        // Free to go anywhere, it has A and B (dirty, but free): no reason to disturb C.
        BookedSite site(10, 2);
        site.pinned.allowedJurisdictions.clear();
        const Placement p = makePolicy("spatiotemporal").value()->place(site.pinned, site.w.ctx);
        EXPECT_FALSE(p.deadlineMissed) << p.reason;
        EXPECT_NE(p.plan.site, 2u);
        EXPECT_TRUE(p.paused.empty());
    }
}

// In a simulation the jobs re-packed get their new plans in the records: the one that had
// started is paused and resumes, the one that had not starts later than planned.
TEST(Repacking, TheSimulatorRecordsWhatMovedAndWhy)
{
    const Fleet fleet = smallFleet(8, 8, 8);
    const TraceLibrary traces = testing::syntheticTraces(onlyCClean);
    Job first = makeJob("first", 8, Hours{10}, t0(), Hours{10});
    Job second = makeJob("second", 8, Hours{10}, at(minutes{5}), Hours{24});
    for (Job* job : {&first, &second}) {
        job->interruptible = true;
        job->checkpointOverhead = kOverhead;
    }
    const Job pinned = pinnedToC("pinned", 8, Hours{2});
    const std::vector<Job> jobs = {first, second, pinned};
    const SimulationSetup setup = makeSetup(fleet, traces, jobs);
    const ActualOutlook actual(fleet, traces);
    auto policy = makePolicy("spatiotemporal").value();
    const SimulationRun run = simulate(fleet, traces, jobs, *policy, actual, setup);
    ASSERT_EQ(run.records.size(), 3u);
    for (const SimulationRecord& r : run.records)
        ASSERT_EQ(r.site, 2u) << r.reason; // C is the cleanest by far
    EXPECT_EQ(run.deadlineMisses, 0u);
    EXPECT_EQ(run.pauses, 1u);
    EXPECT_EQ(run.delayedStarts, 1u);
    const SimulationRecord& f = run.records[0];
    EXPECT_EQ(f.parts, 2u);
    EXPECT_LE(f.finish, first.deadline());
    EXPECT_NE(f.reason.find("paused at 2023-03-06T01:00:00Z to make room for pinned, resumes at "
                            "2023-03-06T03:00:00Z"),
              std::string::npos)
        << f.reason;
    const SimulationRecord& s = run.records[1];
    EXPECT_LE(s.finish, second.deadline());
    EXPECT_NE(s.reason.find("instead of 2023-03-06T10:00:00Z to make room for pinned"), std::string::npos)
        << s.reason;
    EXPECT_EQ(run.records[2].start, pinned.submit);
}

} // namespace
} // namespace greenlight
