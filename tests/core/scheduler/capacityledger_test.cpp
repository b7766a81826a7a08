#include "core/scheduler/capacityledger.h"

#include "schedulertestfixture.h"

#include <gtest/gtest.h>

namespace greenlight {
namespace {

using testing::smallFleet;
using testing::t0;

TEST(CapacityLedger, RunsOccupyEverySlotTheyTouch)
{
    const Fleet fleet = smallFleet(8);
    CapacityLedger ledger(fleet, t0(), 24);
    const TimeWindow run{t0() + std::chrono::minutes{3}, t0() + std::chrono::minutes{12}};
    ASSERT_TRUE(ledger.reserve("j1", 0, {run}, 6));
    EXPECT_EQ(ledger.used(0, t0()), 6);
    EXPECT_EQ(ledger.used(0, t0() + std::chrono::minutes{5}), 6);
    EXPECT_EQ(ledger.used(0, t0() + std::chrono::minutes{10}), 6);
    EXPECT_EQ(ledger.used(0, t0() + std::chrono::minutes{15}), 0);
    EXPECT_FALSE(ledger.fits(0, {t0() + std::chrono::minutes{11}, t0() + Hours{1}}, 3));
    EXPECT_TRUE(ledger.fits(0, {t0() + std::chrono::minutes{15}, t0() + Hours{1}}, 8));
    EXPECT_FALSE(ledger.fits(0, {t0() + std::chrono::minutes{15}, t0() + Hours{1}}, 8, 7)); // guest limit
}

TEST(CapacityLedger, UnreserveIsIdempotent)
{
    const Fleet fleet = smallFleet(8);
    CapacityLedger ledger(fleet, t0(), 24);
    ASSERT_TRUE(ledger.reserve("j1", 1, {{t0(), t0() + Hours{2}}}, 5));
    EXPECT_FALSE(ledger.reserve("j1", 1, {{t0(), t0() + Hours{2}}}, 1)); // id already held
    ledger.unreserve("j1");
    ledger.unreserve("j1");
    ledger.unreserve("never-held");
    EXPECT_FALSE(ledger.holds("j1"));
    EXPECT_EQ(ledger.used(1, t0()), 0);
    EXPECT_TRUE(ledger.fits(1, {t0(), t0() + Hours{2}}, 8));
}

TEST(CapacityLedger, RefusesPlansOutsideTheHorizonOrOverCapacity)
{
    const Fleet fleet = smallFleet(8);
    CapacityLedger ledger(fleet, t0(), 2);
    EXPECT_FALSE(ledger.fits(0, {t0() + Hours{1}, t0() + Hours{3}}, 1));
    EXPECT_FALSE(ledger.fits(0, {t0() - Hours{1}, t0()}, 1));
    EXPECT_FALSE(ledger.reserve("big", 0, {{t0(), t0() + Hours{1}}}, 9));
    EXPECT_EQ(ledger.used(0, t0()), 0);
}

TEST(CapacityLedger, SegmentsThatShareASlotHoldTheJobOnceInIt)
{
    using std::chrono::minutes;
    const Fleet fleet = smallFleet(8);
    CapacityLedger ledger(fleet, t0(), 4);
    ASSERT_TRUE(ledger.reserve("other", 0, {{t0() + minutes{20}, t0() + minutes{25}}}, 4));
    // Two parts of one 4-GPU job meet inside the 5-minute slot from :05; the job holds 4 GPUs
    // there, not 8, so it fits beside the other job's 4 only where they do not meet.
    const std::vector<TimeWindow> touching{{t0(), t0() + minutes{7}}, {t0() + minutes{8}, t0() + minutes{15}}};
    EXPECT_TRUE(ledger.fits(0, touching, 4));
    const std::vector<TimeWindow> overTheOther{{t0(), t0() + minutes{7}}, {t0() + minutes{18}, t0() + minutes{30}}};
    EXPECT_TRUE(ledger.fits(0, overTheOther, 4));
    EXPECT_FALSE(ledger.fits(0, overTheOther, 5));
    // Out of time order, the same answers (checked slot by slot).
    const std::vector<TimeWindow> reversed{overTheOther[1], overTheOther[0]};
    EXPECT_TRUE(ledger.fits(0, reversed, 4));
    EXPECT_FALSE(ledger.fits(0, reversed, 5));
    // A part past the horizon refuses the whole plan.
    EXPECT_FALSE(ledger.fits(0, {{t0(), t0() + minutes{5}}, {t0() + Hours{3}, t0() + Hours{5}}}, 1));
    ASSERT_TRUE(ledger.reserve("j", 0, touching, 4));
    EXPECT_EQ(ledger.used(0, t0() + minutes{5}), 4);
    EXPECT_EQ(ledger.used(0, t0() + minutes{10}), 4);
    EXPECT_FALSE(ledger.fits(0, {t0() + minutes{5}, t0() + minutes{10}}, 5));
    // Parts out of time order are booked as they were checked: both of them, once each.
    ASSERT_TRUE(ledger.reserve("r", 0, {{t0() + Hours{2}, t0() + Hours{3}}, {t0() + Hours{1}, t0() + Hours{1} + minutes{30}}}, 3));
    EXPECT_EQ(ledger.used(0, t0() + Hours{1}), 3);
    EXPECT_EQ(ledger.used(0, t0() + Hours{2} + minutes{30}), 3);
    EXPECT_EQ(ledger.used(0, t0() + Hours{1} + minutes{45}), 0);
    ledger.unreserve("r");
    EXPECT_EQ(ledger.used(0, t0() + Hours{1}), 0);
    EXPECT_EQ(ledger.used(0, t0() + Hours{2} + minutes{30}), 0);
}

} // namespace
} // namespace greenlight

namespace greenlight {
namespace {

// Random bookings and releases keep every block's peak equal to its slots' most, and the first
// full slot a search may skip to is the one a slot-by-slot look finds.
TEST(CapacityLedger, BlockPeaksAndFirstFullSlotMatchASlotBySlotLook)
{
    const Fleet fleet = testing::smallFleet(16);
    const std::size_t hours = 48;
    CapacityLedger ledger(fleet, testing::t0(), hours);
    const long long slots = static_cast<long long>(hours) * 12;
    std::uint64_t state = 42;
    auto next = [&state](long long n) { // a small LCG: the same sequence everywhere
        state = state * 6364136223846793005ull + 1442695040888963407ull;
        return static_cast<long long>((state >> 33) % static_cast<std::uint64_t>(n));
    };
    std::vector<std::string> held;
    for (int step = 0; step < 400; ++step) {
        if (!held.empty() && next(3) == 0) { // release one
            const auto k = static_cast<std::size_t>(next(static_cast<long long>(held.size())));
            ledger.unreserve(held[k]);
            held.erase(held.begin() + static_cast<std::ptrdiff_t>(k));
        } else {
            const UtcTime begin = testing::t0() + Seconds{next(slots * 300 - 600)};
            const UtcTime end = std::min(begin + Seconds{60 + next(12 * 3600)}, ledger.end());
            const std::string id = "j" + std::to_string(step);
            if (ledger.reserve(id, 0, {{begin, end}}, 1 + static_cast<int>(next(6))))
                held.push_back(id);
        }
        for (int probe = 0; probe < 5; ++probe) {
            const long long first = next(slots);
            const CapacityLedger::SlotSpan span{first, std::min(slots - 1, first + next(200))};
            const int most = static_cast<int>(next(17));
            long long expected = -1;
            int peak = 0;
            for (long long h = span.first; h <= span.last; ++h) {
                const int used = ledger.used(0, ledger.slotStart(h));
                peak = std::max(peak, used);
                if (expected < 0 && used > most)
                    expected = h;
            }
            ASSERT_EQ(ledger.firstSlotOver(0, span, most), expected) << "step " << step;
            ASSERT_EQ(ledger.peak(0, span), peak) << "step " << step;
            ASSERT_GE(ledger.blockPeak(0, span), peak) << "step " << step;
        }
    }
    // Every block's peak is its slots' most (blocks are 12 slots: an hour).
    for (long long b = 0; b < slots / 12; ++b) {
        int most = 0;
        for (long long h = b * 12; h < b * 12 + 12; ++h)
            most = std::max(most, ledger.used(0, ledger.slotStart(h)));
        EXPECT_EQ(ledger.blockPeak(0, {b * 12, b * 12 + 11}), most) << "block " << b;
    }
}

} // namespace
} // namespace greenlight
