// Back-testing: hand-checkable scores, the period rules, errors, and that each forecast only
// gets the data observed by its issue time.
#include "core/forecast/backtest.h"
#include "core/forecast/forecasterregistry.h"
#include "syntheticseries.h"

#include <gtest/gtest.h>

#include <cmath>

namespace greenlight {
namespace {

using testing::mondayStart;
using testing::seriesOf;

TEST(Backtest, PersistenceScoresCanBeCheckedByHand)
{
    // Values 100, 200, 100, 200, ...; issue every 2 h from hour 2 with 2-step horizons.
    // Persistence forecasts the last observed value (200 at every even issue hour):
    //   horizon 1: actual 100 → |200 - 100| / 100 = 100 %, bias +100
    //   horizon 2: actual 200 → 0 %, bias 0
    std::vector<double> values;
    for (int i = 0; i < 48; ++i)
        values.push_back(i % 2 == 0 ? 100.0 : 200.0);
    const IntensitySeries s = seriesOf(values);
    const auto persistence = makeForecaster("persistence").value();
    const BacktestOptions options{{mondayStart() + Hours{2}, mondayStart() + Hours{12}}, Hours{2}, 2};
    const Result<BacktestReport> r = backtest(s, *persistence, options);
    ASSERT_TRUE(r.ok()) << r.status().toString();
    EXPECT_EQ(r->zoneKey, "TEST");
    EXPECT_EQ(r->model, "persistence");
    // Issues at hours 2, 4, 6, 8, 10: each needs its 2 steps inside the period (ends at 12).
    EXPECT_EQ(r->issues, 5u);
    ASSERT_EQ(r->byHorizon.size(), 2u);
    EXPECT_EQ(r->at(1)->horizonSteps, 1u);
    EXPECT_DOUBLE_EQ(r->at(1)->mapePct, 100.0);
    EXPECT_DOUBLE_EQ(r->at(1)->biasGPerKwh, 100.0);
    EXPECT_EQ(r->at(1)->samples, 5u);
    EXPECT_DOUBLE_EQ(r->at(2)->mapePct, 0.0);
    EXPECT_DOUBLE_EQ(r->at(2)->biasGPerKwh, 0.0);
    EXPECT_EQ(r->at(3), nullptr);
}

TEST(Backtest, MapeAndBiasAverageOverIssues)
{
    // Ramp 100, 110, 120, ...: persistence is always 10 × horizon too low.
    std::vector<double> values;
    for (int i = 0; i < 40; ++i)
        values.push_back(100.0 + 10.0 * i);
    const IntensitySeries s = seriesOf(values);
    const auto persistence = makeForecaster("persistence").value();
    const Result<BacktestReport> r =
        backtest(s, *persistence, {{mondayStart() + Hours{10}, mondayStart() + Hours{14}}, Hours{1}, 1});
    ASSERT_TRUE(r.ok()) << r.status().toString();
    // Issues at 10, 11, 12, 13: actuals 200, 210, 220, 230, forecasts 10 lower.
    EXPECT_EQ(r->issues, 4u);
    EXPECT_DOUBLE_EQ(r->at(1)->biasGPerKwh, -10.0);
    EXPECT_NEAR(r->at(1)->mapePct, 100.0 / 4.0 * (10.0 / 200 + 10.0 / 210 + 10.0 / 220 + 10.0 / 230), 1e-12);
}

// Hours at 0 g/kWh (a fully renewable hour, a combustion-only intensity) have no percentage
// error: MAPE counts the others and says how many; a trace of zeros has no MAPE at all (it read
// 0.00, a perfect score), while the error in g/kWh is still scored.
TEST(Backtest, ZeroActualsLeaveMapeUndefinedNotPerfect)
{
    const IntensitySeries zeros = testing::seriesFrom(24 * 10, [](std::size_t) { return 0.0; });
    const Result<BacktestReport> none = backtest(zeros, *makeForecaster("seasonal-naive-24h").value(),
                                                 {{zeros.start() + Days{1}, zeros.end()}, Hours{24}, 24});
    ASSERT_TRUE(none.ok()) << none.status().toString();
    EXPECT_TRUE(std::isnan(none->at(1)->mapePct));
    EXPECT_EQ(none->at(1)->mapeSamples, 0u);
    EXPECT_GT(none->at(1)->samples, 0u);
    EXPECT_EQ(none->at(1)->maeGPerKwh, 0.0);

    // Every fourth hour at zero: a quarter of the actuals are left out of MAPE, none of MAE.
    const IntensitySeries some = testing::seriesFrom(24 * 10, [](std::size_t i) { return i % 4 == 0 ? 0.0 : 100.0 + static_cast<double>(i % 24); });
    const Result<BacktestReport> r = backtest(some, *makeForecaster("persistence").value(),
                                              {{some.start() + Days{1}, some.end()}, Hours{24}, 24});
    ASSERT_TRUE(r.ok()) << r.status().toString();
    // Issued at the same hour every day, each lead always lands on the same hour of the day:
    // a quarter of the leads see only zeros.
    std::size_t mapeSamples = 0;
    std::size_t samples = 0;
    std::size_t undefined = 0;
    double mae = 0.0;
    for (const HorizonScore& h : r->byHorizon) {
        mapeSamples += h.mapeSamples;
        samples += h.samples;
        undefined += std::isnan(h.mapePct) ? 1 : 0;
        EXPECT_EQ(std::isnan(h.mapePct), h.mapeSamples == 0) << h.horizonSteps;
        mae += h.maeGPerKwh;
    }
    EXPECT_GT(mae, 0.0);
    EXPECT_EQ(mapeSamples * 4, samples * 3);
    EXPECT_EQ(undefined, 6u);
}

TEST(Backtest, TheOracleScoresZeroErrorAndFullCoverage)
{
    const IntensitySeries s = testing::seriesFrom(24 * 20, [](std::size_t i) { return 50.0 + static_cast<double>(i % 24); });
    const Result<BacktestReport> r = backtest(s, *makeForecaster("oracle").value(),
                                              {{s.start() + Days{1}, s.end()}, Hours{24}, 48});
    ASSERT_TRUE(r.ok()) << r.status().toString();
    EXPECT_EQ(r->issues, 18u);
    for (const HorizonScore& h : r->byHorizon) {
        EXPECT_EQ(h.mapePct, 0.0);
        EXPECT_EQ(h.coveragePct, 100.0);
    }
    EXPECT_EQ(r->meanCoveragePct(), 100.0);
}

// On a constant trace ridge's band has zero width and its mean sits a few ulps off the value:
// that is a hit, not a miss (coverage read 0 %).
TEST(Backtest, AZeroWidthBandOnAConstantTraceCovers)
{
    const IntensitySeries s = testing::seriesFrom(24 * 400, [](std::size_t) { return 300.0; });
    const Result<BacktestReport> r = backtest(s, *makeForecaster("ridge").value(),
                                              {{s.start() + Days{370}, s.end()}, Hours{24}, 24});
    ASSERT_TRUE(r.ok()) << r.status().toString();
    EXPECT_LT(r->at(24)->mapePct, 1e-6);
    EXPECT_EQ(r->meanCoveragePct(), 100.0);
}

// Records what it was given, and "forecasts" by reading the value at the first forecast step.
class PeekingForecaster final : public Forecaster {
public:
    std::string name() const override { return "peeking"; }
    Result<Forecast> forecast(const IntensitySeries& series, UtcTime issuedAt,
                              std::size_t steps) const override
    {
        m_seenEnds.push_back(series.end());
        const double value = series.sampleAt(issuedAt) ? series.sampleAt(issuedAt)->lifecycleGPerKwh : 1.0;
        std::vector<double> mean(steps, value);
        return Forecast::create(series.zoneKey(), name(), issuedAt, issuedAt, series.step(), mean, mean, mean);
    }
    mutable std::vector<UtcTime> m_seenEnds;
};

TEST(Backtest, HandsEachForecastOnlyTheObservedPast)
{
    const IntensitySeries s = testing::seriesFrom(100, [](std::size_t i) { return 10.0 + static_cast<double>(i); });
    const PeekingForecaster peeking;
    const Result<BacktestReport> r =
        backtest(s, peeking, {{s.start() + Hours{10}, s.start() + Hours{40}}, Hours{10}, 5});
    ASSERT_TRUE(r.ok()) << r.status().toString();
    const std::vector<UtcTime> expected = {s.start() + Hours{10}, s.start() + Hours{20},
                                           s.start() + Hours{30}};
    EXPECT_EQ(peeking.m_seenEnds, expected);
    EXPECT_GT(r->at(1)->mapePct, 0.0); // it could not see the value it wanted
}

TEST(Backtest, RejectsBadOptionsWithClearErrors)
{
    const IntensitySeries s = testing::seriesFrom(24 * 10, [](std::size_t) { return 100.0; });
    const auto naive = makeForecaster("seasonal-naive-24h").value();
    const UtcTime t0 = s.start();
    struct Bad {
        const char* name;
        BacktestOptions options;
        StatusCode code;
        const char* message;
    };
    const std::vector<Bad> cases = {
        {"empty period", {{t0 + Days{3}, t0 + Days{3}}, Hours{24}, 48}, StatusCode::InvalidArgument, "is empty"},
        {"zero interval", {{t0 + Days{2}, t0 + Days{9}}, Hours{0}, 48}, StatusCode::InvalidArgument, "issueEvery"},
        {"zero horizon", {{t0 + Days{2}, t0 + Days{9}}, Hours{24}, 0}, StatusCode::InvalidArgument, "maxHorizonSteps"},
        {"outside the series", {{t0 + Days{2}, t0 + Days{11}}, Hours{24}, 48}, StatusCode::OutOfRange,
         "is not inside the series 2024-01-01T00:00:00Z .. 2024-01-11T00:00:00Z"},
        {"too short", {{t0 + Days{2}, t0 + Days{3}}, Hours{24}, 48}, StatusCode::OutOfRange,
         "too short for one forecast of 48 steps"},
        {"not enough history", {{t0 + Hours{2}, t0 + Days{9}}, Hours{24}, 48}, StatusCode::FailedPrecondition,
         "issued at 2024-01-01T02:00:00Z: seasonal-naive-24h needs at least 24 h of history"},
    };
    for (const Bad& c : cases) {
        SCOPED_TRACE(c.name);
        const Result<BacktestReport> r = backtest(s, *naive, c.options);
        ASSERT_FALSE(r.ok());
        EXPECT_EQ(r.status().code(), c.code);
        EXPECT_NE(r.status().message().find(c.message), std::string::npos) << r.status().message();
        EXPECT_EQ(r.status().source(), "backtest seasonal-naive-24h TEST");
    }
}

} // namespace
} // namespace greenlight
