// Pinned work that finds its only sites full first takes back room from movable work that has not
// started: the released jobs are planned again, elsewhere. Not when there is nowhere else for
// them to go, and not when it would take more releases than re-planning is worth (128).
#include "core/scheduler/capacityledger.h"
#include "core/scheduler/policyregistry.h"

#include "schedulertestfixture.h"

#include <gtest/gtest.h>

#include <string>

namespace greenlight {
namespace {

using std::chrono::minutes;
using testing::onlyCClean;
using testing::t0;
using testing::World;

UtcTime at(Seconds offset)
{
    return t0() + offset;
}

// At 01:00, a job that may only run at C (the only US site), on all its 8 GPUs, at once.
Job pinnedToC(Seconds duration)
{
    return testing::pinnedToC("pinned", 8, duration, at(Hours{1}));
}

TEST(Displacing, MovableWorkThatHasNotStartedMakesRoomForPinnedWork)
{
    World w(onlyCClean);
    w.ctx.now = at(Hours{1});
    // Work from A, free to go anywhere, planned at C from 01:05.
    ASSERT_TRUE(w.ledger.reserve("queued", 2, {{at(Hours{1} + minutes{5}), at(Hours{10})}}, 8));
    const Placement p = makePolicy("spatiotemporal").value()->place(pinnedToC(Hours{1}), w.ctx);
    EXPECT_FALSE(p.deadlineMissed) << p.reason;
    EXPECT_EQ(p.displaced, std::vector<std::string>{"queued"});
    EXPECT_FALSE(w.ledger.holds("queued")); // the caller plans it again
}

TEST(Displacing, NotWhenNoOtherSiteHasDataForTheReleasedWork)
{
    World w(onlyCClean);
    w.ctx.now = at(Hours{1});
    w.ctx.siteHasData = {false, false, true}; // C is all there is: released work would queue here again
    const TimeWindow queuedRun{at(Hours{1} + minutes{5}), at(Hours{10})};
    ASSERT_TRUE(w.ledger.reserve("queued", 2, {queuedRun}, 8));
    const Placement p = makePolicy("spatiotemporal").value()->place(pinnedToC(Hours{1}), w.ctx);
    EXPECT_TRUE(p.deadlineMissed) << p.reason;
    EXPECT_TRUE(p.displaced.empty());
    ASSERT_TRUE(w.ledger.holds("queued"));
    EXPECT_EQ(w.ledger.reservation("queued")->segments, std::vector<TimeWindow>{queuedRun});
}

TEST(Displacing, NotWhenItWouldReleaseMoreThan128Plans)
{
    for (const int lanes : {4, 5}) { // 4 × 32 = 128 plans in its way, 5 × 32 = 160
        World w(onlyCClean);
        w.ctx.now = at(Hours{1});
        // Lanes of 1-GPU work at C, 32 one-hour runs each from 01:05.
        for (int lane = 0; lane < lanes; ++lane) {
            for (int k = 0; k < 32; ++k) {
                const UtcTime begin = at(Hours{1 + k} + minutes{5});
                ASSERT_TRUE(w.ledger.reserve("q" + std::to_string(lane) + "-" + std::to_string(k), 2,
                                             {{begin, begin + Hours{1}}}, 1));
            }
        }
        // On 8 GPUs for 34 h it needs every lane cleared: at most 3 lanes may stay.
        Job job = pinnedToC(Hours{34});
        job.gpus = 8 - 3;
        const Placement p = makePolicy("spatiotemporal").value()->place(job, w.ctx);
        if (lanes == 4) {
            EXPECT_FALSE(p.deadlineMissed) << p.reason;
            EXPECT_GE(p.displaced.size(), 32u);
            EXPECT_LE(p.displaced.size(), 128u);
        } else {
            EXPECT_TRUE(p.deadlineMissed) << p.reason;
            EXPECT_TRUE(p.displaced.empty());
        }
    }
}

} // namespace
} // namespace greenlight
