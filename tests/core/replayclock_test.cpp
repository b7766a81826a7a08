#include "core/replayclock.h"

#include <gtest/gtest.h>

#include <random>

namespace greenlight {
namespace {

UtcTime at(const char* iso)
{
    const auto t = parseIsoUtc(iso);
    EXPECT_TRUE(t.has_value()) << iso;
    return t.value_or(UtcTime{});
}

struct Mapping {
    const char* real;
    int dataYear;
    const char* expected;
};

class ReplayClockMaps : public testing::TestWithParam<Mapping> {};

TEST_P(ReplayClockMaps, ToSameWeekdayAndHourInsideTheDataYear)
{
    const Mapping& m = GetParam();
    EXPECT_EQ(formatIsoUtc(ReplayClock::mapToDataYear(at(m.real), m.dataYear)), m.expected);
}

// Worked by hand: day of year, then the nearest day with the same weekday, kept in the year.
INSTANTIATE_TEST_SUITE_P(
    Calendar, ReplayClockMaps,
    testing::Values(
        // Monday 2026-11-23 (day 326) → 2022 day 326 is a Wednesday → back 2 days.
        Mapping{"2026-11-23T19:00:00Z", 2022, "2022-11-21T19:00:00Z"},
        // Year end: Thursday 2026-12-31 → Thursday 2022-12-29.
        Mapping{"2026-12-31T23:30:00Z", 2022, "2022-12-29T23:30:00Z"},
        // New year: Friday 2027-01-01 → nearest Friday 2021-12-31 is outside 2022 → 2022-01-07.
        Mapping{"2027-01-01T00:30:00Z", 2022, "2022-01-07T00:30:00Z"},
        // Leap day in the real year: Thursday 2024-02-29 (day 59) → 2022-03-03.
        Mapping{"2024-02-29T12:00:00Z", 2022, "2022-03-03T12:00:00Z"},
        // Day 365 of a leap year has no counterpart in 2022 → last Tuesday of 2022.
        Mapping{"2024-12-31T06:15:00Z", 2022, "2022-12-27T06:15:00Z"},
        // Into a leap data year: Wednesday 2023-03-01 (day 59) → 2024-02-29 is Thursday → 02-28.
        Mapping{"2023-03-01T08:00:00Z", 2024, "2024-02-28T08:00:00Z"},
        // The data year itself maps onto itself.
        Mapping{"2022-06-15T10:00:00Z", 2022, "2022-06-15T10:00:00Z"}));

TEST(ReplayClock, MappingKeepsWeekdayTimeOfDayAndStaysNearTheSameDay)
{
    std::mt19937 rng(42);
    std::uniform_int_distribution<long long> seconds(0, 40LL * 365 * 86400);
    for (int trial = 0; trial < 20000; ++trial) {
        const UtcTime real = startOfYear(2000) + Seconds{seconds(rng)};
        for (const int year : {2021, 2022, 2023, 2024}) {
            const UtcTime mapped = ReplayClock::mapToDataYear(real, year);
            const UtcParts r = splitUtc(real);
            const UtcParts m = splitUtc(mapped);
            ASSERT_EQ(m.year, year) << formatIsoUtc(real);
            ASSERT_EQ(m.weekday, r.weekday) << formatIsoUtc(real);
            ASSERT_EQ(m.timeOfDay, r.timeOfDay) << formatIsoUtc(real);
            const int drift = static_cast<int>(m.dayOfYear) - static_cast<int>(r.dayOfYear);
            ASSERT_LE(std::abs(drift), 7) << formatIsoUtc(real);
            if (r.dayOfYear >= 7 && r.dayOfYear <= 357) {
                ASSERT_LE(std::abs(drift), 3) << formatIsoUtc(real);
            }
        }
    }
}

TEST(ReplayClock, RunsHourByHourAndWrapsAtMostOnceAYear)
{
    // 2026-01-01 is a Thursday; the first Thursday inside 2022 is 2022-01-06, so the replay runs
    // five days ahead and must wrap back by 52 weeks once before the real year ends.
    const ReplayClock clock(2022, at("2026-01-01T00:00:00Z"));
    UtcTime previous = clock.replayed(at("2026-01-01T00:00:00Z"));
    EXPECT_EQ(formatIsoUtc(previous), "2022-01-06T00:00:00Z");
    int wraps = 0;
    for (int h = 1; h < 365 * 24; ++h) {
        const UtcTime now = clock.replayed(at("2026-01-01T00:00:00Z") + Hours{h});
        if (now - previous != Hours{1}) {
            ASSERT_EQ(now - previous, Hours{1} - Days{364}) << h;
            ++wraps;
        }
        previous = now;
    }
    EXPECT_EQ(wraps, 1);
}

TEST(ReplayClock, SpeedFactorRunsTheReplayFaster)
{
    const UtcTime anchor = at("2026-11-23T19:00:00Z");
    const ReplayClock clock(2022, anchor, 60.0);
    EXPECT_EQ(formatIsoUtc(clock.replayed(anchor)), "2022-11-21T19:00:00Z");
    EXPECT_EQ(formatIsoUtc(clock.replayed(anchor + std::chrono::minutes{1})), "2022-11-21T20:00:00Z");
    EXPECT_EQ(formatIsoUtc(clock.replayed(anchor + Hours{12})), "2022-12-21T19:00:00Z");
    // 60 days on from 2022-11-21 leaves the year and wraps back 52 weeks: 2023-01-20 → 2022-01-21.
    EXPECT_EQ(formatIsoUtc(clock.replayed(anchor + Hours{24})), "2022-01-21T19:00:00Z");
}

TEST(ReplayClock, FastReplayWrapsByWholeWeeksAtTheEndOfTheDataYear)
{
    const UtcTime anchor = at("2026-12-20T00:00:00Z");
    const ReplayClock clock(2022, anchor, 3600.0); // an hour per second
    for (int s = 0; s < 24 * 60; s += 7) {
        const UtcTime real = anchor + Seconds{s};
        const UtcTime shown = clock.replayed(real);
        ASSERT_TRUE(clock.dataYearWindow().contains(shown)) << formatIsoUtc(shown);
        const auto linear = ReplayClock::mapToDataYear(anchor, 2022) + Hours{s};
        ASSERT_EQ(splitUtc(shown).weekday, splitUtc(linear).weekday);
        ASSERT_EQ(splitUtc(shown).timeOfDay, splitUtc(linear).timeOfDay);
    }
}

TEST(ReplayClock, NonPositiveSpeedFallsBackToLive)
{
    const ReplayClock clock(2022, at("2026-11-23T19:00:00Z"), 0.0);
    EXPECT_DOUBLE_EQ(clock.speed(), 1.0);
}

} // namespace
} // namespace greenlight
