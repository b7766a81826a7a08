// The "ridge" forecaster: recovers clean patterns, caches one fit per zone and week, stays
// consistent across threads, and degrades gracefully with little history.
#include "core/forecast/forecasterregistry.h"
#include "core/forecast/ridgeforecaster.h"
#include "syntheticseries.h"

#include <gtest/gtest.h>

#include <cmath>
#include <numbers>
#include <thread>

namespace greenlight {
namespace {

using testing::mondayStart;
using testing::seriesFrom;

// A daily shape times a weekday factor (weekends 25 % cleaner), times a slow trend.
double dailyWeekly(std::size_t i, double trendPerDay = 0.0)
{
    const double hour = static_cast<double>(i % 24);
    const std::size_t weekday = (i / 24) % 7; // 0 = Monday
    const double shape = 300.0 + 120.0 * std::sin(2.0 * std::numbers::pi * hour / 24.0);
    const double week = weekday >= 5 ? 0.75 : 1.0;
    return shape * week * (1.0 + trendPerDay * static_cast<double>(i) / 24.0);
}

double meanAbsPctError(const Forecast& f, const IntensitySeries& truth)
{
    double sum = 0.0;
    for (std::size_t k = 0; k < f.size(); ++k) {
        const double actual =
            truth.sampleAt(f.start() + f.step() * static_cast<long long>(k))->lifecycleGPerKwh;
        sum += std::abs(f.mean()[k] - actual) / actual;
    }
    return 100.0 * sum / static_cast<double>(f.size());
}

TEST(RidgeForecaster, RecoversADailyAndWeekdayPatternAlmostExactly)
{
    const IntensitySeries s = seriesFrom(24 * 140, [](std::size_t i) { return dailyWeekly(i); });
    const auto ridge = makeForecaster("ridge").value();
    // Issue times at every hour of the day and on every weekday, including the weekend edges.
    for (long long hours = 24 * 100; hours < 24 * 107; hours += 7) {
        const UtcTime issuedAt = s.start() + Hours{hours};
        SCOPED_TRACE(formatIsoUtc(issuedAt));
        const Forecast f = ridge->forecast(s, issuedAt, 48).value();
        EXPECT_LT(meanAbsPctError(f, s), 0.1); // percent
    }
}

TEST(RidgeForecaster, FollowsALevelShiftThatSeasonalNaiveMisses)
{
    // The pattern drifts 0.5 % a day: the model predicts departures from the recent level, so it
    // tracks the drift; copying yesterday lags a day behind.
    const IntensitySeries s = seriesFrom(24 * 140, [](std::size_t i) { return dailyWeekly(i, 0.005); });
    const auto ridge = makeForecaster("ridge").value();
    const auto naive = makeForecaster("seasonal-naive-24h").value();
    double ridgeError = 0.0;
    double naiveError = 0.0;
    for (long long hours = 24 * 100; hours < 24 * 114; hours += 5) {
        const UtcTime issuedAt = s.start() + Hours{hours};
        ridgeError += meanAbsPctError(ridge->forecast(s, issuedAt, 24).value(), s);
        naiveError += meanAbsPctError(naive->forecast(s, issuedAt, 24).value(), s);
    }
    EXPECT_LT(ridgeError, 0.5 * naiveError);
}

TEST(RidgeForecaster, FitsOncePerZoneAndWeekAndNeverReusesAFitOnOtherData)
{
    const IntensitySeries s = seriesFrom(24 * 60, [](std::size_t i) { return dailyWeekly(i); });
    const RidgeForecaster ridge;
    const UtcTime monday = mondayStart() + Days{35};
    for (int hour = 0; hour < 7 * 24; hour += 3)
        ASSERT_TRUE(ridge.forecast(s, monday + Hours{hour}, 24).ok());
    EXPECT_EQ(ridge.cachedModels(), 1u); // the whole week shares Monday's fit
    ASSERT_TRUE(ridge.forecast(s, monday + Days{7}, 24).ok());
    EXPECT_EQ(ridge.cachedModels(), 2u);

    // The same zone with different history gets its own fit, and a different answer.
    std::vector<double> edited(s.lifecycle().begin(), s.lifecycle().end());
    edited[100] *= 2.0;
    const IntensitySeries other = testing::seriesOf(edited);
    ASSERT_TRUE(ridge.forecast(other, monday + Hours{5}, 24).ok());
    EXPECT_EQ(ridge.cachedModels(), 3u);
    EXPECT_NE(ridge.modelFor(s, monday).value(), ridge.modelFor(other, monday).value());
}

TEST(RidgeForecaster, ConcurrentCallsGiveTheSameForecastsAsSequentialOnes)
{
    const IntensitySeries s = seriesFrom(24 * 120, [](std::size_t i) {
        return dailyWeekly(i) * (1.0 + 0.1 * std::sin(static_cast<double>(i) * 0.37));
    });
    std::vector<UtcTime> times;
    for (long long h = 24 * 60; h < 24 * 110; h += 13)
        times.push_back(s.start() + Hours{h});

    const RidgeForecaster sequential;
    std::vector<std::vector<double>> expected;
    for (UtcTime t : times) {
        const Forecast f = sequential.forecast(s, t, 48).value();
        expected.emplace_back(f.mean().begin(), f.mean().end());
    }

    const RidgeForecaster shared;
    std::vector<std::vector<double>> got(times.size());
    auto work = [&](std::size_t first) {
        for (std::size_t i = first; i < times.size(); i += 2) {
            const Forecast f = shared.forecast(s, times[i], 48).value();
            got[i].assign(f.mean().begin(), f.mean().end());
        }
    };
    std::thread other(work, 1);
    work(0);
    other.join();
    EXPECT_EQ(got, expected);
}

TEST(RidgeForecaster, ShortHistoryFallsBackToSeasonalNaiveAndStaysNonNegative)
{
    // Two days of data, the second 5 g higher: too little to fit; the forecast is the same hour
    // yesterday (the benchmark), not the mean of the two days.
    const IntensitySeries s = seriesFrom(48, [](std::size_t i) {
        return 10.0 + static_cast<double>(i % 24) + (i >= 24 ? 5.0 : 0.0);
    });
    const auto ridge = makeForecaster("ridge").value();
    const Forecast f = ridge->forecast(s, s.end(), 48).value();
    for (std::size_t k = 0; k < 48; ++k)
        EXPECT_NEAR(f.mean()[k], 15.0 + static_cast<double>(k % 24), 1e-9) << "step " << k;

    // Values near zero with sharp drops never give a negative forecast or bound.
    const IntensitySeries spiky = seriesFrom(24 * 60, [](std::size_t i) {
        return (i % 24 < 6) ? 0.0 : 50.0 * static_cast<double>((i * 7919) % 13);
    });
    for (long long h = 24 * 40; h < 24 * 47; h += 11) {
        const Forecast g = ridge->forecast(spiky, spiky.start() + Hours{h}, 48).value();
        for (std::size_t k = 0; k < g.size(); ++k) {
            EXPECT_GE(g.low()[k], 0.0);
            EXPECT_LE(g.low()[k], g.mean()[k]);
            EXPECT_LE(g.mean()[k], g.high()[k]);
        }
    }
}

TEST(RidgeForecaster, WorksOnFiveMinuteSeries)
{
    const IntensitySeries s = seriesFrom(288 * 30, [](std::size_t i) { return dailyWeekly(i / 12); },
                                         std::chrono::minutes{5});
    const auto ridge = makeForecaster("ridge").value();
    const Forecast f = ridge->forecast(s, s.start() + Days{25} + std::chrono::minutes{7}, 96).value();
    EXPECT_EQ(f.step(), std::chrono::minutes{5});
    EXPECT_EQ(f.start(), s.start() + Days{25} + std::chrono::minutes{10});
    EXPECT_LT(meanAbsPctError(f, s), 2.0);
}

// A day ahead on a 5-minute trace is a lead of 288 steps. The model must be fitted for that lead,
// not borrow the one for 48 steps (four hours), which carries today's anomaly into tomorrow.
TEST(RidgeForecaster, FitsEveryLeadOfTwoDaysOnASubHourlySeries)
{
    // A daily shape times an anomaly that fades over half a day: an AR(1) with a twelve-hour time
    // constant, driven by a fixed pseudo-random sequence. Four hours ahead most of today's
    // anomaly is still there, a day ahead little of it.
    constexpr std::size_t kPerDay = 288;
    std::vector<double> values(kPerDay * 120);
    const double keep = std::exp(-1.0 / (12.0 * 12.0));
    double anomaly = 0.0;
    std::uint32_t state = 12345;
    for (std::size_t i = 0; i < values.size(); ++i) {
        state = state * 1664525u + 1013904223u;
        const double shock = static_cast<double>(state >> 8) / static_cast<double>(1u << 24) - 0.5;
        anomaly = keep * anomaly + 0.05 * shock;
        values[i] = dailyWeekly(i / 12) * std::exp(anomaly);
    }
    const IntensitySeries s = testing::seriesOf(values, std::chrono::minutes{5});

    RidgeModel::Options fourHours;
    fourHours.leads = 48;
    const RidgeForecaster borrowed(fourHours);
    const RidgeForecaster ridge;
    const std::size_t dayAhead = kPerDay;
    double borrowedError = 0.0;
    double fittedError = 0.0;
    for (long long hours = 24 * 100; hours < 24 * 118; hours += 5) {
        const UtcTime issuedAt = s.start() + Hours{hours};
        const Forecast a = borrowed.forecast(s, issuedAt, dayAhead).value();
        const Forecast b = ridge.forecast(s, issuedAt, dayAhead).value();
        const double actual = s.sampleAt(a.start() + a.step() * static_cast<long long>(dayAhead - 1))
                                  ->lifecycleGPerKwh;
        borrowedError += std::abs(a.mean()[dayAhead - 1] - actual) / actual;
        fittedError += std::abs(b.mean()[dayAhead - 1] - actual) / actual;
    }
    EXPECT_EQ(ridge.modelFor(s, s.start() + Days{100}).value()->coefficients().size(), 2 * kPerDay);
    EXPECT_LT(fittedError, 0.9 * borrowedError) << fittedError << " " << borrowedError;
}

} // namespace
} // namespace greenlight
