// The `provider` forecaster: the newest issue made by the issue time (never a later one), averaged
// onto the series' steps (5-minute WattTime points onto hours), filled beyond its horizon and
// given an interval by seasonal-naive-24h; no issue → a clear FailedPrecondition.
#include "fixture.h"

#include "core/forecast/providerforecaster.h"
#include "core/providers/watttimeparser.h"

#include <gtest/gtest.h>

namespace greenlight {
namespace {

using test::at;

IntensitySeries hourlySeries(const char* zone, const char* start, int hours, double base)
{
    IntensitySeries::Columns c;
    for (int h = 0; h < hours; ++h)
        c.lifecycleGPerKwh.push_back(base + (h % 24) * 10.0);
    return IntensitySeries::create(zone, at(start), Hours{1}, c).value();
}

IssuedForecast issue(const char* issued, const char* first, std::vector<double> values)
{
    IssuedForecast f{"electricitymaps", "DE", at(issued), Hours{1}, {}};
    for (std::size_t i = 0; i < values.size(); ++i)
        f.points.emplace_back(at(first) + Hours{static_cast<long long>(i)}, values[i]);
    return f;
}

TEST(ProviderForecaster, UsesTheNewestIssueMadeByTheIssueTimeOnly)
{
    auto issues = std::make_shared<IssuedForecastLibrary>();
    ASSERT_TRUE(issues->add(issue("2024-01-03T09:40:00Z", "2024-01-03T10:00:00Z", {500, 510, 520})).isOk());
    ASSERT_TRUE(issues->add(issue("2024-01-03T10:40:00Z", "2024-01-03T11:00:00Z", {300, 310, 320})).isOk());
    const IntensitySeries series = hourlySeries("DE", "2024-01-01T00:00:00Z", 96, 200.0);
    ProviderForecaster model(issues);
    EXPECT_EQ(model.name(), "provider");

    // At 10:00 only the 09:40 issue exists: the 10:40 one must not leak in.
    auto early = model.forecast(series, at("2024-01-03T10:00:00Z"), 3);
    ASSERT_TRUE(early.ok()) << early.status().toString();
    EXPECT_DOUBLE_EQ(early->mean()[0], 500.0);
    EXPECT_DOUBLE_EQ(early->mean()[1], 510.0);

    auto later = model.forecast(series, at("2024-01-03T11:00:00Z"), 3);
    ASSERT_TRUE(later.ok());
    EXPECT_DOUBLE_EQ(later->mean()[0], 300.0);
    EXPECT_EQ(later->model(), "provider");
    for (std::size_t k = 0; k < later->size(); ++k)
        EXPECT_TRUE(later->low()[k] <= later->mean()[k] && later->mean()[k] <= later->high()[k]);
}

TEST(ProviderForecaster, BeyondTheHorizonTheSeasonalNaiveFillTakesOver)
{
    auto issues = std::make_shared<IssuedForecastLibrary>();
    ASSERT_TRUE(issues->add(issue("2024-01-03T09:40:00Z", "2024-01-03T10:00:00Z", {500, 510})).isOk());
    const IntensitySeries series = hourlySeries("DE", "2024-01-01T00:00:00Z", 96, 200.0);
    auto f = ProviderForecaster(issues).forecast(series, at("2024-01-03T10:00:00Z"), 4);
    ASSERT_TRUE(f.ok()) << f.status().toString();
    EXPECT_DOUBLE_EQ(f->mean()[1], 510.0);
    EXPECT_DOUBLE_EQ(f->mean()[2], 200.0 + 12 * 10.0); // 12:00 yesterday
}

TEST(ProviderForecaster, FiveMinutePointsAverageOntoHours)
{
    // The real WattTime MOER forecast, converted to g/kWh by the parser.
    auto readings = parseWattTimeData(test::providerFixture("watttime/forecast_v3_ASSEMBLED_envelope.json"),
                                      at("2024-05-28T14:21:00Z"), ValueKind::Forecast);
    ASSERT_TRUE(readings.ok());
    IssuedForecast f{"watttime", "CAISO_NORTH", readings->front().issuedAt, Seconds{300}, {}};
    for (const ProviderReading& r : readings.value())
        f.points.emplace_back(r.validTime, r.value);
    auto issues = std::make_shared<IssuedForecastLibrary>();
    ASSERT_TRUE(issues->add(f).isOk());
    const IntensitySeries series = hourlySeries("CAISO_NORTH", "2024-05-25T00:00:00Z", 24 * 4, 200.0);
    auto hourly = ProviderForecaster(issues).forecast(series, at("2024-05-28T15:00:00Z"), 3);
    ASSERT_TRUE(hourly.ok()) << hourly.status().toString();
    double expected = 0.0; // mean of the twelve 5-minute points from 15:00 to 16:00
    for (const ProviderReading& r : readings.value()) {
        if (r.validTime >= at("2024-05-28T15:00:00Z") && r.validTime < at("2024-05-28T16:00:00Z"))
            expected += r.value / 12.0;
    }
    EXPECT_NEAR(hourly->mean()[0], expected, 1e-9);
}

TEST(ProviderForecaster, NoIssueIsAClearFailure)
{
    auto issues = std::make_shared<IssuedForecastLibrary>();
    ASSERT_TRUE(issues->add(issue("2024-01-03T09:40:00Z", "2024-01-03T10:00:00Z", {500})).isOk());
    const IntensitySeries series = hourlySeries("DE", "2024-01-01T00:00:00Z", 96, 200.0);
    auto before = ProviderForecaster(issues).forecast(series, at("2024-01-03T09:00:00Z"), 3);
    ASSERT_FALSE(before.ok());
    EXPECT_EQ(before.status().code(), StatusCode::FailedPrecondition);
    EXPECT_NE(before.status().message().find("no provider forecast for DE"), std::string::npos);
    const IntensitySeries other = hourlySeries("FR", "2024-01-01T00:00:00Z", 96, 50.0);
    EXPECT_FALSE(ProviderForecaster(issues).forecast(other, at("2024-01-03T11:00:00Z"), 3).ok());
    EXPECT_FALSE(issues->add(IssuedForecast{"x", "DE", at("2024-01-03T09:40:00Z"), Hours{1}, {}}).isOk());
    EXPECT_FALSE(issues->add(issue("2024-01-03T09:40:00Z", "2024-01-03T10:00:00Z", {-1})).isOk());
}

} // namespace
} // namespace greenlight
