// WattTime v3 parsers: lbs/MWh → g/kWh (× 0.453592), signal-index labelled as a percentile,
// forecasts issued at meta.generated_at, hostile envelopes refused with the field named.
#include "fixture.h"

#include "core/providers/watttimeparser.h"

#include <gtest/gtest.h>

namespace greenlight {
namespace {

using test::at;
using test::providerFixture;

TEST(WattTimeParser, ForecastIsConvertedFromPoundsPerMegawattHour)
{
    const UtcTime fetched = at("2024-05-28T14:21:00Z");
    auto r = parseWattTimeData(providerFixture("watttime/forecast_v3_ASSEMBLED_envelope.json"), fetched,
                               ValueKind::Forecast);
    ASSERT_TRUE(r.ok()) << r.status().toString();
    ASSERT_EQ(r->size(), 288u);
    const ProviderReading& first = r->front();
    EXPECT_EQ(first.provider, "watttime");
    EXPECT_EQ(first.zone, "CAISO_NORTH");
    EXPECT_EQ(first.signal, SignalKind::Marginal);
    EXPECT_EQ(first.unit, ValueUnit::GramsCo2PerKwh);
    EXPECT_EQ(first.kind, ValueKind::Forecast);
    EXPECT_EQ(first.period, Seconds{300});
    EXPECT_EQ(first.issuedAt, at("2024-05-28T14:20:00Z"));
    EXPECT_EQ(first.fetchedTime, fetched);
    EXPECT_DOUBLE_EQ(first.value, 479.4 * 0.453592);
    EXPECT_EQ(r->back().validTime, at("2024-05-29T14:15:00Z"));
    EXPECT_DOUBLE_EQ(r->back().value, 547.9 * 0.453592);
}

TEST(WattTimeParser, HistoricalValuesAreActualAndConverted)
{
    auto r = parseWattTimeData(providerFixture("watttime/synthetic_historical.json"),
                               at("2024-05-28T14:21:00Z"), ValueKind::Actual);
    ASSERT_TRUE(r.ok()) << r.status().toString();
    ASSERT_EQ(r->size(), 3u);
    EXPECT_DOUBLE_EQ(r.value()[0].value, 453.592); // 1000 lbs/MWh
    EXPECT_DOUBLE_EQ(r.value()[1].value, 226.796);
    EXPECT_DOUBLE_EQ(r.value()[2].value, 0.0);
    EXPECT_EQ(r.value()[0].kind, ValueKind::Actual);
}

TEST(WattTimeParser, SignalIndexIsAPercentileNotAnEmissionRate)
{
    auto r = parseWattTimeData(providerFixture("watttime/synthetic_signal-index.json"),
                               at("2024-05-28T14:21:00Z"), ValueKind::Actual);
    ASSERT_TRUE(r.ok()) << r.status().toString();
    ASSERT_EQ(r->size(), 1u);
    const ProviderReading& v = r->front();
    EXPECT_EQ(v.signal, SignalKind::PercentileIndex);
    EXPECT_EQ(v.unit, ValueUnit::Percentile);
    EXPECT_FALSE(v.isEmissionRate());
    EXPECT_DOUBLE_EQ(v.value, 74.0); // not scaled by the lbs factor
    EXPECT_STREQ(signalKindName(v.signal), "percentile");
}

TEST(WattTimeParser, PercentileAbove100IsRefused)
{
    std::string body = providerFixture("watttime/synthetic_signal-index.json");
    body.replace(body.find("74.0"), 4, "740.0");
    auto r = parseWattTimeData(body, {}, ValueKind::Actual);
    ASSERT_FALSE(r.ok());
    EXPECT_NE(r.status().message().find("data[0].value"), std::string::npos);
}

TEST(WattTimeParser, LoginAndRegion)
{
    auto token = parseWattTimeLogin(providerFixture("watttime/synthetic_login.json"));
    ASSERT_TRUE(token.ok());
    EXPECT_NE(token->find("synthetic-test-token"), std::string::npos);
    EXPECT_FALSE(parseWattTimeLogin("{\"token\":null}").ok());
    auto region = parseWattTimeRegion(providerFixture("watttime/synthetic_region-from-loc.json"));
    ASSERT_TRUE(region.ok());
    EXPECT_EQ(region->region, "CAISO_NORTH");
    EXPECT_EQ(region->fullName, "California ISO Northern");
}

TEST(WattTimeParser, HostileEnvelopes)
{
    auto units = parseWattTimeData(providerFixture("hostile/watttime-unknown-units.json"), {},
                                   ValueKind::Forecast);
    ASSERT_FALSE(units.ok());
    EXPECT_NE(units.status().message().find("furlongs"), std::string::npos);
    auto meta = parseWattTimeData(providerFixture("hostile/watttime-no-meta.json"), {}, ValueKind::Forecast);
    ASSERT_FALSE(meta.ok());
    EXPECT_NE(meta.status().message().find("meta"), std::string::npos);
    for (const char* file : {"truncated.json", "html-error.html", "empty.json", "array-top.json"}) {
        auto r = parseWattTimeData(providerFixture(std::string("hostile/") + file), {}, ValueKind::Actual);
        EXPECT_FALSE(r.ok()) << file;
        EXPECT_EQ(r.status().source(), "watttime");
    }
    std::string negative = providerFixture("watttime/synthetic_historical.json");
    negative.replace(negative.find("500.0"), 5, "-500.0");
    EXPECT_FALSE(parseWattTimeData(negative, {}, ValueKind::Actual).ok());
}

} // namespace
} // namespace greenlight
