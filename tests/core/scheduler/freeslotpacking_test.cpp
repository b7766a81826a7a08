// Fitting work into a site's free GPUs slot by slot: the earliest parts of one job's rest, and
// least-laxity-first packing of several, each worked out by hand on an 8-GPU site.
#include "core/scheduler/freeslotpacking.h"

#include "schedulertestfixture.h"

#include <gtest/gtest.h>

namespace greenlight {
namespace {

using std::chrono::minutes;
using testing::smallFleet;
using testing::t0;

UtcTime at(Seconds offset)
{
    return t0() + offset;
}

constexpr Seconds kOverhead = minutes{5};

class FreeSlotPacking : public ::testing::Test {
protected:
    Fleet fleet = smallFleet(8, 8, 8);
    CapacityLedger ledger{fleet, t0(), 48};
};

TEST_F(FreeSlotPacking, EarliestPartsRunAroundBusyHoursAndPayEachResume)
{
    ASSERT_TRUE(ledger.reserve("busy", 0, {{at(Hours{2}), at(Hours{3})}}, 8));
    // 3 h of a 4-GPU job: 2 h before the busy hour, the last hour (plus a resume) after it.
    const auto parts = earliestParts(ledger, 0, t0(), at(Hours{10}), Hours{3}, 4, kOverhead, std::nullopt);
    ASSERT_TRUE(parts);
    const std::vector<TimeWindow> expected = {{t0(), at(Hours{2})}, {at(Hours{3}), at(Hours{4} + kOverhead)}};
    EXPECT_EQ(*parts, expected);
}

TEST_F(FreeSlotPacking, EarliestPartsPassOverGapsTooShortToDoAnyWork)
{
    ASSERT_TRUE(ledger.reserve("busy1", 0, {{at(Hours{1}), at(Hours{2})}}, 8));
    ASSERT_TRUE(ledger.reserve("busy2", 0, {{at(Hours{2} + minutes{10}), at(Hours{3})}}, 8));
    // The 10-minute gap would pay a 5-minute resume for 5 minutes of work: passed over.
    const auto parts = earliestParts(ledger, 0, t0(), at(Hours{10}), Hours{2}, 4, kOverhead, std::nullopt);
    ASSERT_TRUE(parts);
    const std::vector<TimeWindow> expected = {{t0(), at(Hours{1})}, {at(Hours{3}), at(Hours{4} + kOverhead)}};
    EXPECT_EQ(*parts, expected);
}

TEST_F(FreeSlotPacking, EarliestPartsOfWorkThatRanBeforePayTheResumeFirst)
{
    const auto parts = earliestParts(ledger, 0, at(Hours{1}), at(Hours{10}), Hours{1}, 4, kOverhead, t0());
    ASSERT_TRUE(parts);
    const std::vector<TimeWindow> expected = {{at(Hours{1}), at(Hours{2} + kOverhead)}};
    EXPECT_EQ(*parts, expected);
}

// A rest that begins right where the job stopped carries on: it is no resume and pays nothing.
// (It paid a checkpoint it never took; on Philly-2023, 3 of 223 paused jobs were billed one.)
TEST_F(FreeSlotPacking, EarliestPartsThatCarryOnWhereTheJobStoppedPayNoResume)
{
    ASSERT_TRUE(ledger.reserve("busy", 0, {{at(Hours{2}), at(Hours{3})}}, 8));
    const auto parts = earliestParts(ledger, 0, at(Hours{1}), at(Hours{10}), Hours{2}, 4, kOverhead, at(Hours{1}));
    ASSERT_TRUE(parts);
    // The hour before the busy one carries on; the hour after it is a resume.
    const std::vector<TimeWindow> expected = {{at(Hours{1}), at(Hours{2})}, {at(Hours{3}), at(Hours{4} + kOverhead)}};
    EXPECT_EQ(*parts, expected);
}

TEST_F(FreeSlotPacking, EarliestPartsGiveUpWhenTheFreeTimeBeforeTheDeadlineIsTooShort)
{
    ASSERT_TRUE(ledger.reserve("busy", 0, {{at(Hours{2}), at(Hours{6})}}, 8));
    EXPECT_FALSE(earliestParts(ledger, 0, t0(), at(Hours{6}), Hours{3}, 4, kOverhead, std::nullopt));
    // Just enough: 2 h before the busy block and 1 h plus the resume after it.
    EXPECT_TRUE(earliestParts(ledger, 0, t0(), at(Hours{7} + kOverhead), Hours{3}, 4, kOverhead, std::nullopt));
    EXPECT_FALSE(earliestParts(ledger, 0, t0(), at(Hours{7}), Hours{3}, 4, kOverhead, std::nullopt));
}

PackItem item(const char* id, int gpus, Seconds work, UtcTime deadline)
{
    PackItem i;
    i.id = id;
    i.gpus = gpus;
    i.work = work;
    i.deadline = deadline;
    i.overhead = kOverhead;
    return i;
}

TEST_F(FreeSlotPacking, TheItemWithLessTimeToSpareRunsFirst)
{
    // Listed first, "roomy" could wait 4 h; "tight" only 1 h. In list order "tight" would be late.
    const std::vector<PackItem> items = {item("roomy", 8, Hours{2}, at(Hours{6})),
                                         item("tight", 8, Hours{3}, at(Hours{4}))};
    const auto packed = packByLaxity(ledger, 0, t0(), items);
    ASSERT_TRUE(packed);
    EXPECT_EQ((*packed)[1], (std::vector<TimeWindow>{{t0(), at(Hours{3})}}));
    EXPECT_EQ((*packed)[0], (std::vector<TimeWindow>{{at(Hours{3}), at(Hours{5})}}));
}

TEST_F(FreeSlotPacking, SmallerItemsUseTheGpusALargerOneCannot)
{
    ASSERT_TRUE(ledger.reserve("fixed", 0, {{t0(), at(Hours{2})}}, 4));
    const std::vector<PackItem> items = {item("large", 8, Hours{1}, at(Hours{4})),
                                         item("small", 4, Hours{3}, at(Hours{10}))};
    const auto packed = packByLaxity(ledger, 0, t0(), items);
    ASSERT_TRUE(packed);
    EXPECT_EQ((*packed)[0], (std::vector<TimeWindow>{{at(Hours{2}), at(Hours{3})}}));
    // It ran beside the fixed work, gave way to "large" and resumed, paying the overhead.
    EXPECT_EQ((*packed)[1], (std::vector<TimeWindow>{{t0(), at(Hours{2})}, {at(Hours{3}), at(Hours{4} + kOverhead)}}));
}

TEST_F(FreeSlotPacking, RunningWorkCarriesOnWithoutAResumeAndIsNotSwappedForLittle)
{
    PackItem running = item("running", 8, minutes{30}, at(Hours{3}));
    running.resuming = true;
    running.runningAtFrom = true;
    // 20 minutes less to spare than "running" (2 h 10 min against 2 h 30 min): not enough to
    // take its GPUs, and "running" is done long before that matters.
    const std::vector<PackItem> items = {running, item("waiting", 8, Hours{2}, at(Hours{4} + minutes{10}))};
    const auto packed = packByLaxity(ledger, 0, t0(), items);
    ASSERT_TRUE(packed);
    EXPECT_EQ((*packed)[0], (std::vector<TimeWindow>{{t0(), at(minutes{30})}}));
    EXPECT_EQ((*packed)[1], (std::vector<TimeWindow>{{at(minutes{30}), at(Hours{2} + minutes{30})}}));
    // Stopped work that ran before pays its resume even at the start.
    PackItem stopped = running;
    stopped.runningAtFrom = false;
    const auto again = packByLaxity(ledger, 0, t0(), {stopped});
    ASSERT_TRUE(again);
    EXPECT_EQ((*again)[0], (std::vector<TimeWindow>{{t0(), at(minutes{30} + kOverhead)}}));
}

TEST_F(FreeSlotPacking, WorkDoesNotStartBeforeItsRelease)
{
    PackItem later = item("later", 8, Hours{1}, at(Hours{10}));
    later.release = at(Hours{3} + minutes{20});
    const auto packed = packByLaxity(ledger, 0, t0(), {later});
    ASSERT_TRUE(packed);
    EXPECT_EQ((*packed)[0], (std::vector<TimeWindow>{{later.release, later.release + Hours{1}}}));
}

CapacityLedger::Reservation planned(std::vector<TimeWindow> segments, UtcTime deadline)
{
    return {0, std::move(segments), 4, false, CapacityLedger::PauseTerms{deadline, kOverhead}};
}

TEST(PackItemFrom, RunningAcrossTheCutCarriesOn)
{
    const PackItem item = packItemFrom("r", planned({{t0(), at(Hours{10})}}, at(Hours{20})), at(Hours{1}));
    EXPECT_EQ(item.work, Hours{9});
    EXPECT_TRUE(item.resuming);
    EXPECT_TRUE(item.runningAtFrom);
    EXPECT_EQ(item.deadline, at(Hours{20}));
    EXPECT_EQ(item.gpus, 4);
}

TEST(PackItemFrom, APartPlannedToResumeAtTheCutIsStillAResume)
{
    // Paused from 00:30 to 01:00; the part from 01:00 holds 5 minutes of resume.
    const PackItem item = packItemFrom("r", planned({{t0(), at(minutes{30})}, {at(Hours{1}), at(Hours{3})}}, at(Hours{20})),
                                       at(Hours{1}));
    EXPECT_EQ(item.work, Hours{2} - kOverhead);
    EXPECT_TRUE(item.resuming);
    EXPECT_FALSE(item.runningAtFrom);
    // Cut inside that part: the resume is behind it, the rest is work and carries on.
    const PackItem later = packItemFrom("r", planned({{t0(), at(minutes{30})}, {at(Hours{1}), at(Hours{3})}}, at(Hours{20})),
                                        at(Hours{2}));
    EXPECT_EQ(later.work, Hours{1});
    EXPECT_TRUE(later.runningAtFrom);
}

TEST(PackItemFrom, WorkNotStartedKeepsItsStartAndAMissKeepsItsEnd)
{
    const PackItem item = packItemFrom("r", planned({{at(Hours{5}), at(Hours{8})}}, at(Hours{7})), at(Hours{1}));
    EXPECT_EQ(item.work, Hours{3});
    EXPECT_FALSE(item.resuming);
    EXPECT_FALSE(item.runningAtFrom);
    EXPECT_EQ(item.release, at(Hours{5}));
    EXPECT_EQ(item.deadline, at(Hours{8})); // planned past its deadline: no later than planned
}

TEST_F(FreeSlotPacking, NothingWhenSomeDeadlineCannotBeMet)
{
    const std::vector<PackItem> items = {item("one", 8, Hours{3}, at(Hours{4})),
                                         item("two", 8, Hours{3}, at(Hours{4}))};
    EXPECT_FALSE(packByLaxity(ledger, 0, t0(), items));
    // Nor past the ledger's end.
    EXPECT_FALSE(packByLaxity(ledger, 0, t0(), {item("long", 8, Hours{60}, at(Hours{100}))}));
    // And nothing to pack packs.
    const auto none = packByLaxity(ledger, 0, t0(), {});
    ASSERT_TRUE(none);
    EXPECT_TRUE(none->empty());
}

} // namespace
} // namespace greenlight
