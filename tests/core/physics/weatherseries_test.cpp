#include "core/physics/weatherseries.h"

#include <gtest/gtest.h>

namespace greenlight {
namespace {

constexpr const char* kHeader = "timestamp_utc,temperature_2m_c,relative_humidity_2m_pct\n";

TEST(WeatherSeries, ParsesHourlyRows)
{
    const std::string text =
        std::string(kHeader) + "2023-01-01T00:00:00Z,3.5,81\n2023-01-01T01:00:00Z,-1.25,90\n";
    const Result<WeatherSeries> w = parseWeatherCsv(text, "XX.csv");
    ASSERT_TRUE(w.ok()) << w.status().message();
    EXPECT_EQ(w->label(), "XX");
    EXPECT_EQ(w->size(), 2u);
    const auto h = w->hourAt(*parseIsoUtc("2023-01-01T01:30:00Z"));
    ASSERT_TRUE(h.has_value());
    EXPECT_DOUBLE_EQ(h->dryBulbC, -1.25);
    EXPECT_DOUBLE_EQ(h->relativeHumidityPct, 90.0);
}

TEST(WeatherSeries, RejectsBadRowsWithFileAndLine)
{
    struct Case {
        std::string body;
        const char* message;
    };
    const Case cases[] = {
        {"2023-01-01T00:00:00Z,3.5,81\n2023-01-01T02:00:00Z,3.5,81\n",
         "XX.csv:3: rows must follow"},
        {"2023-01-01T00:00:00Z,3.5,181\n2023-01-01T01:00:00Z,3.5,81\n",
         "XX.csv:2: relative humidity"},
        {"2023-01-01T00:00:00Z,hot,81\n2023-01-01T01:00:00Z,3.5,81\n", "XX.csv:2: temperature"},
        {"2023-01-01T00:00:00+02:00,3,81\n", "XX.csv:2: bad UTC timestamp"},
        // "nan" parsed and passed every range check: KPIs then counted every hour free-cooled.
        {"2023-01-01T00:00:00Z,nan,81\n2023-01-01T01:00:00Z,3.5,81\n", "XX.csv:2: temperature"},
        {"2023-01-01T00:00:00Z,3.5,81\n2023-01-01T01:00:00Z,3.5,nan\n", "XX.csv:3: relative humidity"},
        {"", "fewer than two hours of weather"},
    };
    for (const Case& c : cases) {
        const Result<WeatherSeries> w = parseWeatherCsv(std::string(kHeader) + c.body, "XX.csv");
        ASSERT_FALSE(w.ok()) << c.message;
        EXPECT_NE(w.status().message().find(c.message), std::string::npos) << w.status().message();
    }
}

TEST(WeatherSeries, ClimatologyFillsEveryHourOfItsMonth)
{
    MonthlyClimate climate;
    for (std::size_t m = 0; m < 12; ++m) {
        climate.dryBulbC[m] = static_cast<double>(m);
        climate.relativeHumidityPct[m] = 50.0;
    }
    climate.source = "test table";
    const Result<WeatherSeries> w = WeatherSeries::fromClimate("site", climate, 2023, 2023);
    ASSERT_TRUE(w.ok());
    EXPECT_EQ(w->origin(), WeatherOrigin::Climatology);
    EXPECT_EQ(w->size(), 8760u);
    EXPECT_DOUBLE_EQ(w->hourAt(*parseIsoUtc("2023-03-31T23:00:00Z"))->dryBulbC, 2.0);
    // Outside its year it repeats 52 weeks away.
    EXPECT_DOUBLE_EQ(w->hourAt(*parseIsoUtc("2024-07-10T00:00:00Z"))->dryBulbC, 6.0);
}

} // namespace
} // namespace greenlight
