// The forecast outlook the policies plan with: hourly expectations from a forecaster issued at
// the decision hour, for hourly and finer traces, with the last forecast day repeated past the
// horizon.
#include "schedulertestfixture.h"

#include "core/forecast/forecasterregistry.h"
#include "core/scheduler/intensityoutlook.h"

#include <gtest/gtest.h>

namespace greenlight {
namespace {

using testing::t0;

// Zone ZA in steps of `step` for two weeks from a week before t0, value `f(i)` at step i.
template <typename F>
TraceLibrary oneZone(Seconds step, F f)
{
    IntensitySeries::Columns c;
    const auto steps = static_cast<std::size_t>(Days{14} / step);
    for (std::size_t i = 0; i < steps; ++i)
        c.lifecycleGPerKwh.push_back(f(i));
    std::vector<IntensitySeries> series;
    series.push_back(IntensitySeries::create("ZA", t0() - Days{7}, step, c).value());
    return TraceLibrary(std::move(series));
}

TEST(ForecastOutlook, WithPerfectForesightItExpectsWhatHappensOnHourlyAndFinerTraces)
{
    const Fleet fleet = testing::smallFleet();
    const auto oracle = makeForecaster("oracle").value();
    for (const Seconds step : {Seconds{Hours{1}}, Seconds{std::chrono::minutes{30}}, Seconds{std::chrono::minutes{5}}}) {
        SCOPED_TRACE(step.count());
        // A value that changes every step, so that averaging the wrong steps shows.
        const TraceLibrary traces = oneZone(step, [](std::size_t i) { return 100.0 + 40.0 * static_cast<double>(i % 7); });
        const ForecastOutlook forecast(fleet, traces, *oracle, 48);
        const ActualOutlook actual(fleet, traces);
        for (const long long startHour : {0LL, 5LL, 30LL}) {
            const TimeWindow run{t0() + Hours{startHour}, t0() + Hours{startHour + 3}};
            const auto expected = forecast.expectedIntegral(0, run, t0());
            const auto happened = actual.expectedIntegral(0, run, t0());
            ASSERT_TRUE(expected && happened);
            EXPECT_NEAR(*expected, *happened, 1e-9 * *happened) << "from hour " << startHour;
        }
        // A site whose zone has no trace has no expectation.
        EXPECT_FALSE(forecast.expectedIntegral(1, {t0(), t0() + Hours{1}}, t0()));
    }
}

TEST(ForecastOutlook, RepeatsTheLastForecastDayPastTheHorizonAndNeedsAStepThatDividesAnHour)
{
    const Fleet fleet = testing::smallFleet();
    const auto oracle = makeForecaster("oracle").value();
    const TraceLibrary traces = oneZone(Seconds{std::chrono::minutes{30}},
                                        [](std::size_t i) { return 50.0 + static_cast<double>(i % 48); });
    const ForecastOutlook forecast(fleet, traces, *oracle, 24);
    // Hour 30 is past the 24-hour horizon: it reads hour 6 of the last (only) forecast day.
    EXPECT_DOUBLE_EQ(*forecast.expectedAt(0, t0() + Hours{30}, t0()), *forecast.expectedAt(0, t0() + Hours{6}, t0()));

    const TraceLibrary odd = oneZone(Seconds{std::chrono::minutes{7}}, [](std::size_t) { return 80.0; });
    const ForecastOutlook none(fleet, odd, *oracle, 24);
    EXPECT_FALSE(none.expectedIntegral(0, {t0(), t0() + Hours{1}}, t0()));
}

// In a trace's first day ridge has too little history; the outlook then expects the newest
// observation to persist rather than leave every option unpriced (when spatiotemporal sent jobs
// between two sites on one grid, paying for the move, to save nothing). With nothing observed
// yet there is no expectation at all.
TEST(ForecastOutlook, FallsBackToTheNewestObservationWhileTheModelLacksHistory)
{
    const Fleet fleet = testing::smallFleet();
    const auto ridge = makeForecaster("ridge").value();
    const TraceLibrary traces = oneZone(Seconds{Hours{1}}, [](std::size_t i) { return 100.0 + static_cast<double>(i); });
    const UtcTime traceStart = t0() - Days{7};
    ASSERT_FALSE(ridge->forecast(*traces.find("ZA"), traceStart + Hours{5}, 24).ok());
    const ForecastOutlook forecast(fleet, traces, *ridge, 24);
    // Hours 0-4 observed by 05:00: the newest is 104.
    EXPECT_DOUBLE_EQ(*forecast.expectedAt(0, traceStart + Hours{9}, traceStart + Hours{5}), 104.0);
    EXPECT_FALSE(forecast.expectedAt(0, traceStart + Hours{1}, traceStart));
    // Once a day is known, ridge itself.
    EXPECT_TRUE(ridge->forecast(*traces.find("ZA"), traceStart + Hours{30}, 24).ok());
}

// Hours outside a trace are read 52 weeks away, or as many whole weeks as a shorter trace spans;
// a trace under a week has nothing to read them from. (A two-week trace used to give nothing
// past its end, and the accounting counted those hours as zero.)
TEST(ActualIntegralWrapped, ReadsOutsideHoursWholeWeeksAwayWhateverTheTraceLength)
{
    EXPECT_EQ(wrapPeriod({t0(), t0() + Days{400}}), Seconds{Days{364}});
    EXPECT_EQ(wrapPeriod({t0(), t0() + Days{20}}), Seconds{Days{14}});
    EXPECT_EQ(wrapPeriod({t0(), t0() + Days{6}}), Seconds{0});

    // Two weeks from t0 - 7 d, hourly values 0, 1, 2, ...
    const TraceLibrary traces = oneZone(Seconds{Hours{1}}, [](std::size_t i) { return static_cast<double>(i); });
    const IntensitySeries* za = traces.find("ZA");
    const UtcTime end = za->end();
    // The hour after the end is read two weeks earlier: the trace's first hour, value 0; three
    // hours across the end read the last two hours and the first.
    EXPECT_DOUBLE_EQ(*actualIntegralWrapped(za, {end, end + Hours{1}}), 0.0);
    EXPECT_DOUBLE_EQ(*actualIntegralWrapped(za, {end - Hours{2}, end + Hours{1}}), 334.0 + 335.0 + 0.0);
    // Before the start, read two weeks later.
    EXPECT_DOUBLE_EQ(*actualIntegralWrapped(za, {za->start() - Hours{1}, za->start()}), 335.0);

    const TraceLibrary tooShort = [] {
        IntensitySeries::Columns c;
        c.lifecycleGPerKwh.assign(24 * 3, 100.0);
        std::vector<IntensitySeries> series;
        series.push_back(IntensitySeries::create("ZA", t0(), Hours{1}, c).value());
        return TraceLibrary(std::move(series));
    }();
    EXPECT_FALSE(actualIntegralWrapped(tooShort.find("ZA"), {t0() + Days{3}, t0() + Days{3} + Hours{1}}));
}

} // namespace
} // namespace greenlight
