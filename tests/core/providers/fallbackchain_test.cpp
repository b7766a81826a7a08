// The fallback chain, table by table: live → provider forecast → engine forecast → last known,
// each with its age and a stale badge; percentile readings never become an emission rate.
#include "fixture.h"

#include "core/providers/fallbackchain.h"

#include <gtest/gtest.h>

#include <algorithm>

namespace greenlight {
namespace {

using test::at;

ProviderReading reading(const char* provider, ValueKind kind, const char* valid, double value,
                        const char* issued = "2024-01-01T00:00:00Z")
{
    ProviderReading r;
    r.provider = provider;
    r.zone = "DE";
    r.signal = SignalKind::AverageLifecycle;
    r.unit = ValueUnit::GramsCo2PerKwh;
    r.kind = kind;
    r.validTime = at(valid);
    r.period = Hours{1};
    r.issuedAt = at(issued);
    r.value = value;
    return r;
}

TEST(FallbackChain, FreshActualIsLive)
{
    ZoneInputs in;
    in.actuals = {reading("electricitymaps", ValueKind::Actual, "2024-01-01T11:00:00Z", 300.0)};
    ChosenValue v = chooseCurrentValue(in, at("2024-01-01T11:30:00Z"), {});
    EXPECT_EQ(v.source, ValueSource::Live);
    EXPECT_DOUBLE_EQ(v.gPerKwh, 300.0);
    EXPECT_EQ(v.age, Seconds{0}); // its hour has not ended
    EXPECT_FALSE(v.stale);
}

TEST(FallbackChain, AgingLiveValueGetsTheStaleBadge)
{
    ZoneInputs in;
    in.actuals = {reading("electricitymaps", ValueKind::Actual, "2024-01-01T09:00:00Z", 300.0)};
    ChosenValue v = chooseCurrentValue(in, at("2024-01-01T11:30:00Z"), {});
    EXPECT_EQ(v.source, ValueSource::Live);
    EXPECT_EQ(v.age, std::chrono::minutes{90});
    EXPECT_TRUE(v.stale);
}

TEST(FallbackChain, OldActualFallsBackToProviderForecast)
{
    ZoneInputs in;
    in.actuals = {reading("electricitymaps", ValueKind::Actual, "2024-01-01T05:00:00Z", 300.0)};
    in.forecasts = {reading("electricitymaps", ValueKind::Forecast, "2024-01-01T11:00:00Z", 250.0,
                            "2024-01-01T10:40:00Z"),
                    reading("electricitymaps", ValueKind::Forecast, "2024-01-01T12:00:00Z", 240.0,
                            "2024-01-01T10:40:00Z")};
    in.engineForecast = EngineEstimate{"ridge", at("2024-01-01T11:00:00Z"), at("2024-01-01T11:00:00Z"),
                                       Hours{1}, 280.0};
    ChosenValue v = chooseCurrentValue(in, at("2024-01-01T11:30:00Z"), {});
    EXPECT_EQ(v.source, ValueSource::ProviderForecast);
    EXPECT_DOUBLE_EQ(v.gPerKwh, 250.0);
    EXPECT_EQ(v.age, std::chrono::minutes{50});
    EXPECT_FALSE(v.stale);
}

TEST(FallbackChain, NoProviderForecastUsesTheEngine)
{
    ZoneInputs in;
    in.actuals = {reading("electricitymaps", ValueKind::Actual, "2024-01-01T05:00:00Z", 300.0)};
    // A provider forecast issued three days ago is too old to trust.
    in.forecasts = {reading("electricitymaps", ValueKind::Forecast, "2024-01-01T11:00:00Z", 250.0,
                            "2023-12-29T11:00:00Z")};
    in.engineForecast = EngineEstimate{"ridge", at("2024-01-01T11:00:00Z"), at("2024-01-01T11:00:00Z"),
                                       Hours{1}, 280.0};
    ChosenValue v = chooseCurrentValue(in, at("2024-01-01T11:30:00Z"), {});
    EXPECT_EQ(v.source, ValueSource::EngineForecast);
    EXPECT_EQ(v.provider, "ridge");
    EXPECT_DOUBLE_EQ(v.gPerKwh, 280.0);
}

TEST(FallbackChain, NothingCurrentShowsLastKnownAlwaysStale)
{
    ZoneInputs in;
    in.actuals = {reading("electricitymaps", ValueKind::Actual, "2024-01-01T05:00:00Z", 300.0),
                  reading("electricitymaps", ValueKind::Actual, "2024-01-01T04:00:00Z", 310.0)};
    ChosenValue v = chooseCurrentValue(in, at("2024-01-01T11:30:00Z"), {});
    EXPECT_EQ(v.source, ValueSource::LastKnown);
    EXPECT_DOUBLE_EQ(v.gPerKwh, 300.0);
    EXPECT_EQ(v.age, std::chrono::minutes{330});
    EXPECT_TRUE(v.stale);

    FreshnessPolicy lenient;
    lenient.staleAfter = Hours{24};
    EXPECT_TRUE(chooseCurrentValue(in, at("2024-01-01T11:30:00Z"), lenient).stale);
}

TEST(FallbackChain, PercentileIsNeverChosenAsAnEmissionRate)
{
    ZoneInputs in;
    ProviderReading index = reading("watttime", ValueKind::Actual, "2024-01-01T11:25:00Z", 74.0);
    index.signal = SignalKind::PercentileIndex;
    index.unit = ValueUnit::Percentile;
    in.actuals = {index};
    ChosenValue v = chooseCurrentValue(in, at("2024-01-01T11:30:00Z"), {});
    EXPECT_EQ(v.source, ValueSource::None);
    EXPECT_DOUBLE_EQ(v.gPerKwh, 0.0);
}

TEST(FallbackChain, TwoProvidersOfOneZoneDoNotTakeTurns)
{
    // Electricity Maps hourly (lifecycle) and the UK API half-hourly (direct) for GB: the value
    // shown keeps its signal through the hour instead of flipping at each half-hour.
    ZoneInputs in;
    ProviderReading uk = reading("carbonintensity.org.uk", ValueKind::Actual, "2024-01-01T12:00:00Z", 150.0);
    uk.signal = SignalKind::AverageDirect;
    uk.period = Seconds{1800};
    ProviderReading ukLater = uk;
    ukLater.validTime = at("2024-01-01T12:30:00Z");
    ukLater.value = 140.0;
    ProviderReading ukLatest = uk;
    ukLatest.validTime = at("2024-01-01T14:00:00Z"); // in the future until 14:00
    ukLatest.value = 130.0;
    in.actuals = {uk, ukLater, ukLatest, reading("electricitymaps", ValueKind::Actual, "2024-01-01T12:00:00Z", 180.0)};
    for (const char* now : {"2024-01-01T12:10:00Z", "2024-01-01T12:40:00Z", "2024-01-01T13:20:00Z"}) {
        ChosenValue v = chooseCurrentValue(in, at(now), {});
        EXPECT_EQ(v.source, ValueSource::Live) << now;
        EXPECT_EQ(v.signal, SignalKind::AverageLifecycle) << now;
        EXPECT_DOUBLE_EQ(v.gPerKwh, 180.0) << now;
    }
    std::reverse(in.actuals.begin(), in.actuals.end());
    EXPECT_DOUBLE_EQ(chooseCurrentValue(in, at("2024-01-01T12:40:00Z"), {}).gPerKwh, 180.0);
    // With the preferred provider's value past the live limit, the other one is live.
    EXPECT_DOUBLE_EQ(chooseCurrentValue(in, at("2024-01-01T15:20:00Z"), {}).gPerKwh, 130.0);
}

TEST(FallbackChain, FutureActualsAreIgnored)
{
    ZoneInputs in;
    in.actuals = {reading("electricitymaps", ValueKind::Actual, "2024-01-01T15:00:00Z", 999.0)};
    EXPECT_EQ(chooseCurrentValue(in, at("2024-01-01T11:30:00Z"), {}).source, ValueSource::None);
}

} // namespace
} // namespace greenlight
