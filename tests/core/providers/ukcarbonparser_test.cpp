// UK Carbon Intensity API parsers: the recorded national fw48h body (minute-precision "Z" times),
// actual vs forecast, both regional shapes and the postcode variant, generation mixes.
#include "fixture.h"

#include "core/providers/ukcarbonparser.h"

#include <gtest/gtest.h>

namespace greenlight {
namespace {

using test::at;
using test::providerFixture;

TEST(UkCarbonParser, RecordedFortyEightHourForecast)
{
    const UtcTime fetched = at("2023-03-15T12:01:00Z");
    auto r = parseUkNational(providerFixture("uk-carbon-intensity/intensity_fw48h_2023-03-15T1201Z.json"),
                             fetched);
    ASSERT_TRUE(r.ok()) << r.status().toString();
    ASSERT_EQ(r->readings.size(), 96u); // every `actual` is null: forecasts only
    const ProviderReading& first = r->readings.front();
    EXPECT_EQ(first.provider, "carbonintensity.org.uk");
    EXPECT_EQ(first.zone, "GB");
    EXPECT_EQ(first.kind, ValueKind::Forecast);
    EXPECT_EQ(first.signal, SignalKind::AverageDirect);
    EXPECT_EQ(first.validTime, at("2023-03-15T12:00:00Z"));
    EXPECT_EQ(first.period, Seconds{1800});
    EXPECT_DOUBLE_EQ(first.value, 226.0);
    EXPECT_EQ(first.band, "high");
    EXPECT_EQ(r->readings.back().validTime, at("2023-03-17T11:30:00Z"));
}

TEST(UkCarbonParser, CurrentPeriodWithActualGivesBoth)
{
    auto r = parseUkNational(providerFixture("uk-carbon-intensity/synthetic_intensity_now.json"),
                             at("2023-03-15T12:01:00Z"));
    ASSERT_TRUE(r.ok()) << r.status().toString();
    ASSERT_EQ(r->readings.size(), 2u);
    EXPECT_EQ(r->readings[0].kind, ValueKind::Forecast);
    EXPECT_DOUBLE_EQ(r->readings[0].value, 231.0);
    EXPECT_EQ(r->readings[1].kind, ValueKind::Actual);
    EXPECT_DOUBLE_EQ(r->readings[1].value, 224.0);
}

TEST(UkCarbonParser, RegionalPeriodKeyedShape)
{
    auto r = parseUkRegional(providerFixture("uk-carbon-intensity/synthetic_regional_period-keyed.json"),
                             at("2023-03-15T12:01:00Z"));
    ASSERT_TRUE(r.ok()) << r.status().toString();
    ASSERT_EQ(r->readings.size(), 2u);
    EXPECT_EQ(r->readings[0].zone, "GB-REGION-1");
    EXPECT_DOUBLE_EQ(r->readings[0].value, 12.0);
    EXPECT_EQ(r->readings[0].band, "very low");
    EXPECT_EQ(r->readings[1].zone, "GB-REGION-13");
    ASSERT_EQ(r->mixes.size(), 2u);
    EXPECT_EQ(r->mixes[0].shares.size(), 9u);
    EXPECT_EQ(r->mixes[0].shares.back().fuel, "wind");
    EXPECT_DOUBLE_EQ(r->mixes[0].shares.back().percent, 81.0);
    ASSERT_EQ(r->regionNames.size(), 2u);
    EXPECT_EQ(r->regionNames[1].second, "London");
}

TEST(UkCarbonParser, RegionalRegionKeyedShape)
{
    auto r = parseUkRegional(providerFixture("uk-carbon-intensity/synthetic_regional_region-keyed.json"),
                             at("2023-03-15T12:01:00Z"));
    ASSERT_TRUE(r.ok()) << r.status().toString();
    ASSERT_EQ(r->readings.size(), 2u);
    for (const ProviderReading& p : r->readings)
        EXPECT_EQ(p.zone, "GB-REGION-11");
    EXPECT_EQ(r->readings[1].validTime, at("2023-03-15T12:30:00Z"));
    EXPECT_EQ(r->mixes.size(), 2u);
    EXPECT_EQ(r->regionNames.front().second, "South West England");

    auto postcode = parseUkRegional(providerFixture("uk-carbon-intensity/synthetic_regional_postcode.json"),
                                    at("2023-03-15T12:01:00Z"));
    ASSERT_TRUE(postcode.ok()) << postcode.status().toString();
    ASSERT_EQ(postcode->readings.size(), 1u);
    EXPECT_EQ(postcode->readings[0].zone, "GB-REGION-12");
}

TEST(UkCarbonParser, GenerationMix)
{
    auto r = parseUkGeneration(providerFixture("uk-carbon-intensity/synthetic_generation.json"), {});
    ASSERT_TRUE(r.ok()) << r.status().toString();
    ASSERT_EQ(r->mixes.size(), 1u);
    EXPECT_EQ(r->mixes[0].zone, "GB");
    EXPECT_EQ(r->mixes[0].period, Seconds{1800});
}

TEST(UkCarbonParser, HostileBodies)
{
    auto id = parseUkRegional(providerFixture("hostile/uk-regionid-string.json"), {});
    ASSERT_FALSE(id.ok());
    EXPECT_NE(id.status().message().find("data.regionid"), std::string::npos) << id.status().toString();
    auto reversed = parseUkNational(providerFixture("hostile/uk-reversed-period.json"), {});
    ASSERT_FALSE(reversed.ok());
    EXPECT_NE(reversed.status().message().find("ends before it begins"), std::string::npos);
    EXPECT_FALSE(parseUkNational("{\"data\":{}}", {}).ok());
    EXPECT_FALSE(parseUkRegional("{\"data\":[{\"from\":\"2023-03-15T12:00Z\",\"to\":\"2023-03-15T12:30Z\"}]}", {}).ok());
    EXPECT_FALSE(parseUkNational(providerFixture("hostile/html-error.html"), {}).ok());
}

} // namespace
} // namespace greenlight
