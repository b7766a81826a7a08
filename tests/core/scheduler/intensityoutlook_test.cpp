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

} // namespace
} // namespace greenlight
