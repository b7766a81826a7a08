// ReplayThrottle: once per replayed period, and at once when the replayed clock jumps back (a fast
// replay wraps by whole weeks past the end of the data year).
#include "replaythrottle.h"

#include "core/replayclock.h"

#include <gtest/gtest.h>

namespace greenlight {
namespace {

UtcTime at(const char* iso)
{
    const std::optional<UtcTime> t = parseIsoUtc(iso);
    EXPECT_TRUE(t.has_value()) << iso;
    return t.value_or(UtcTime{});
}

TEST(ReplayThrottle, DueAtFirstThenOnlyAfterThePeriod)
{
    ReplayThrottle throttle{Seconds{60}};
    const UtcTime t0 = at("2022-06-01T12:00:00Z");
    EXPECT_TRUE(throttle.due(t0));
    throttle.mark(t0);
    EXPECT_FALSE(throttle.due(t0));
    EXPECT_FALSE(throttle.due(t0 + Seconds{59}));
    EXPECT_TRUE(throttle.due(t0 + Seconds{60}));
    EXPECT_TRUE(throttle.due(t0 + Hours{5}));
}

TEST(ReplayThrottle, DueAgainWhenTheReplayedTimeJumpsBack)
{
    ReplayThrottle throttle{Hours{1}};
    const UtcTime late = at("2022-12-31T20:00:00Z");
    throttle.mark(late);
    const UtcTime wrapped = late - Hours{24 * 7 * 52}; // back by whole weeks
    EXPECT_TRUE(throttle.due(wrapped));
    EXPECT_TRUE(throttle.due(late - Seconds{1}));
    throttle.mark(wrapped);
    EXPECT_FALSE(throttle.due(wrapped + Seconds{30 * 60}));
    EXPECT_TRUE(throttle.due(wrapped + Hours{1}));
}

TEST(ReplayThrottle, KeepsFiringAcrossAFastReplayWrappingPastTheDataYear)
{
    // An hour of replay per real second, started near the end of the year: the replayed time
    // wraps back within the first minutes; the hourly work must keep coming after the wrap.
    const UtcTime anchor = at("2026-12-20T00:00:00Z");
    const ReplayClock clock(2022, anchor, 3600.0);
    ReplayThrottle throttle{Hours{1}};
    int firedAfterWrap = 0;
    bool wrapped = false;
    UtcTime previous = clock.replayed(anchor);
    for (int s = 0; s < 24 * 60; ++s) {
        const UtcTime shown = clock.replayed(anchor + Seconds{s});
        if (shown < previous)
            wrapped = true;
        previous = shown;
        if (throttle.due(shown)) {
            throttle.mark(shown);
            if (wrapped)
                ++firedAfterWrap;
        }
    }
    ASSERT_TRUE(wrapped);
    EXPECT_GT(firedAfterWrap, 100);
}

} // namespace
} // namespace greenlight
