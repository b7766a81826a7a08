// Electricity Maps v3 parsers on the recorded bodies, synthetic forecast/breakdown and hostile
// variants: every failure is a value naming the field, never a crash.
#include "fixture.h"

#include "core/providers/electricitymapsparser.h"

#include <gtest/gtest.h>

namespace greenlight {
namespace {

using test::at;
using test::providerFixture;

TEST(ElectricityMapsParser, LatestKeepsEveryFieldOfTheRecordedBody)
{
    const UtcTime fetched = at("2024-03-06T19:05:00Z");
    auto r = parseElectricityMapsLatest(providerFixture("electricitymaps/carbon-intensity-latest_US-CAR-DUK.json"),
                                        fetched);
    ASSERT_TRUE(r.ok()) << r.status().toString();
    ASSERT_EQ(r->size(), 1u);
    const ProviderReading& v = r->front();
    EXPECT_EQ(v.provider, "electricitymaps");
    EXPECT_EQ(v.zone, "US-CAR-DUK");
    EXPECT_EQ(v.signal, SignalKind::AverageLifecycle);
    EXPECT_EQ(v.unit, ValueUnit::GramsCo2PerKwh);
    EXPECT_EQ(v.kind, ValueKind::Actual);
    EXPECT_DOUBLE_EQ(v.value, 216.0);
    EXPECT_EQ(v.validTime, at("2024-03-06T19:00:00Z"));
    EXPECT_EQ(v.issuedAt, at("2024-03-06T18:48:27Z")); // updatedAt, milliseconds dropped
    EXPECT_EQ(v.fetchedTime, fetched);
    EXPECT_EQ(v.period, Hours{1});
    EXPECT_TRUE(v.estimated);
    EXPECT_EQ(v.estimationMethod, "TIME_SLICER_AVERAGE");
}

TEST(ElectricityMapsParser, HistoryHas24HoursWithTheLastTwoEstimated)
{
    auto r = parseElectricityMapsHistory(providerFixture("electricitymaps/carbon-intensity-history_DE.json"),
                                         at("2024-03-06T20:00:00Z"));
    ASSERT_TRUE(r.ok()) << r.status().toString();
    ASSERT_EQ(r->size(), 24u);
    EXPECT_EQ(r->front().validTime, at("2024-03-05T20:00:00Z"));
    EXPECT_EQ(r->back().validTime, at("2024-03-06T19:00:00Z"));
    EXPECT_DOUBLE_EQ(r->front().value, 599.0);
    for (std::size_t i = 0; i < r->size(); ++i) {
        EXPECT_EQ(r.value()[i].zone, "DE");
        EXPECT_EQ(r.value()[i].estimated, i >= 22) << i;
    }
}

TEST(ElectricityMapsParser, ForecastIsIssuedAtUpdatedAt)
{
    auto r = parseElectricityMapsForecast(providerFixture("electricitymaps/synthetic_forecast_DE.json"),
                                          at("2024-03-06T19:50:00Z"));
    ASSERT_TRUE(r.ok()) << r.status().toString();
    ASSERT_EQ(r->size(), 4u);
    for (const ProviderReading& p : r.value()) {
        EXPECT_EQ(p.kind, ValueKind::Forecast);
        EXPECT_EQ(p.issuedAt, at("2024-03-06T19:42:11Z"));
        EXPECT_EQ(p.zone, "DE"); // inherited from the envelope
    }
    EXPECT_DOUBLE_EQ(r->back().value, 365.0);
}

TEST(ElectricityMapsParser, DirectEmissionFactorsAreLabelled)
{
    std::string body = providerFixture("electricitymaps/carbon-intensity-latest_US-CAR-DUK.json");
    body.replace(body.find("\"lifecycle\""), 11, "\"direct\"");
    auto r = parseElectricityMapsLatest(body, at("2024-03-06T19:05:00Z"));
    ASSERT_TRUE(r.ok());
    EXPECT_EQ(r->front().signal, SignalKind::AverageDirect);
}

TEST(ElectricityMapsParser, PowerBreakdownGivesSharesOfConsumption)
{
    auto mix = parseElectricityMapsPowerBreakdown(
        providerFixture("electricitymaps/synthetic_power-breakdown_DE.json"), at("2024-03-06T19:05:00Z"));
    ASSERT_TRUE(mix.ok()) << mix.status().toString();
    EXPECT_EQ(mix->zone, "DE");
    EXPECT_DOUBLE_EQ(*mix->fossilFreePercent, 63.0);
    double total = 0.0;
    for (const FuelShare& s : mix->shares) {
        EXPECT_GT(s.percent, 0.0) << s.fuel; // zero, null and charging storage are left out
        total += s.percent;
    }
    EXPECT_NEAR(total, 100.0, 1e-9);
    EXPECT_EQ(mix->shares.size(), 8u);
}

struct HostileCase {
    const char* file;
    StatusCode code;
    const char* needle;
};

class ElectricityMapsHostile : public testing::TestWithParam<HostileCase> {};

TEST_P(ElectricityMapsHostile, IsAClearErrorNotACrash)
{
    const HostileCase c = GetParam();
    auto r = parseElectricityMapsLatest(providerFixture(std::string("hostile/") + c.file),
                                        at("2024-03-06T19:05:00Z"));
    ASSERT_FALSE(r.ok()) << c.file;
    EXPECT_EQ(r.status().code(), c.code) << r.status().toString();
    EXPECT_EQ(r.status().source(), "electricitymaps");
    EXPECT_NE(r.status().message().find(c.needle), std::string::npos) << r.status().toString();
}

INSTANTIATE_TEST_SUITE_P(
    Bodies, ElectricityMapsHostile,
    testing::Values(HostileCase{"truncated.json", StatusCode::InvalidArgument, "malformed JSON"},
                    HostileCase{"nan-string.json", StatusCode::InvalidArgument, "carbonIntensity is a string"},
                    HostileCase{"negative.json", StatusCode::InvalidArgument, "outside the plausible range"},
                    HostileCase{"huge.json", StatusCode::InvalidArgument, "outside the plausible range"},
                    HostileCase{"null-value.json", StatusCode::NotFound, "no carbon-intensity value"},
                    HostileCase{"wrong-type-time.json", StatusCode::InvalidArgument, "datetime is a number"},
                    HostileCase{"non-utc-time.json", StatusCode::InvalidArgument, "not a UTC time"},
                    HostileCase{"array-top.json", StatusCode::InvalidArgument, "JSON object"},
                    HostileCase{"empty.json", StatusCode::InvalidArgument, "empty response body"},
                    HostileCase{"html-error.html", StatusCode::InvalidArgument, "HTML page"}));

TEST(ElectricityMapsParser, HistoryWithANullHourSkipsOnlyThatHour)
{
    std::string body = providerFixture("electricitymaps/carbon-intensity-history_DE.json");
    body.replace(body.find("\"carbonIntensity\": 599"), 22, "\"carbonIntensity\": null");
    auto r = parseElectricityMapsHistory(body, at("2024-03-06T20:00:00Z"));
    ASSERT_TRUE(r.ok()) << r.status().toString();
    EXPECT_EQ(r->size(), 23u);
}

TEST(ElectricityMapsParser, HistoryWithAWrongTypeNamesTheEntry)
{
    std::string body = providerFixture("electricitymaps/carbon-intensity-history_DE.json");
    body.replace(body.find("\"carbonIntensity\": 607"), 22, "\"carbonIntensity\": \"607\"");
    auto r = parseElectricityMapsHistory(body, at("2024-03-06T20:00:00Z"));
    ASSERT_FALSE(r.ok());
    EXPECT_NE(r.status().message().find("history[1].carbonIntensity"), std::string::npos)
        << r.status().toString();
}

TEST(ElectricityMapsParser, EveryPrefixOfARealBodyFailsCleanly)
{
    // Cheap stand-in for fuzzing in every build: all truncations are errors, none crash.
    const std::string body = providerFixture("electricitymaps/carbon-intensity-history_DE.json");
    for (std::size_t n = 0; n + 1 < body.size(); n += 7)
        EXPECT_FALSE(parseElectricityMapsHistory(std::string_view(body).substr(0, n), {}).ok()) << n;
}

} // namespace
} // namespace greenlight
