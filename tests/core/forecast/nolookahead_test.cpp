// No look-ahead: for every forecaster except the oracle, corrupting every value that had not
// been observed at the issue time (steps ending after it) must leave the forecast bit-identical.
// Fresh instances for each series, so that no cache can hide a fit that peeked.
#include "core/forecast/forecasterregistry.h"
#include "core/traceloader.h"
#include "syntheticseries.h"

#include <gtest/gtest.h>

#include <cmath>

namespace greenlight {
namespace {

const std::filesystem::path kData = GREENLIGHT_DATA_DIR;

IntensitySeries corruptedAfter(const IntensitySeries& s, UtcTime issuedAt)
{
    std::vector<double> values(s.lifecycle().begin(), s.lifecycle().end());
    // Step i ended at or before issuedAt when start + (i + 1) × step <= issuedAt.
    for (std::size_t i = 0; i < values.size(); ++i) {
        if (s.timeAt(i + 1) > issuedAt)
            values[i] = 5000.0 + 3.0 * static_cast<double>(i % 17);
    }
    IntensitySeries::Columns columns;
    columns.lifecycleGPerKwh = std::move(values);
    return IntensitySeries::create(s.zoneKey(), s.start(), s.step(), std::move(columns)).value();
}

void expectBitIdentical(std::span<const double> a, std::span<const double> b, const char* what)
{
    ASSERT_EQ(a.size(), b.size());
    for (std::size_t k = 0; k < a.size(); ++k)
        EXPECT_EQ(std::bit_cast<std::uint64_t>(a[k]), std::bit_cast<std::uint64_t>(b[k]))
            << what << " step " << k << ": " << a[k] << " vs " << b[k];
}

void checkNoLookAhead(const IntensitySeries& series, const std::vector<UtcTime>& issueTimes)
{
    for (const std::string& name : forecasterNames()) {
        if (makeForecaster(name).value()->readsFuture())
            continue;
        for (UtcTime issuedAt : issueTimes) {
            SCOPED_TRACE(name + " " + series.zoneKey() + " issued " + formatIsoUtc(issuedAt));
            const IntensitySeries corrupted = corruptedAfter(series, issuedAt);
            const Result<Forecast> honest = makeForecaster(name).value()->forecast(series, issuedAt, 48);
            const Result<Forecast> tampered =
                makeForecaster(name).value()->forecast(corrupted, issuedAt, 48);
            ASSERT_TRUE(honest.ok()) << honest.status().toString();
            ASSERT_TRUE(tampered.ok()) << tampered.status().toString();
            EXPECT_EQ(honest->start(), tampered->start());
            expectBitIdentical(honest->mean(), tampered->mean(), "mean");
            expectBitIdentical(honest->low(), tampered->low(), "low");
            expectBitIdentical(honest->high(), tampered->high(), "high");
        }
    }
}

TEST(NoLookAhead, EveryForecasterIgnoresTheFutureOfASyntheticSeries)
{
    const IntensitySeries s = testing::seriesFrom(24 * 80, [](std::size_t i) {
        return 200.0 + 50.0 * std::sin(static_cast<double>(i) * 0.26) + static_cast<double>((i * 7919) % 31);
    });
    const UtcTime t0 = s.start();
    checkNoLookAhead(s, {t0 + Days{30}, t0 + Days{30} + Hours{7}, t0 + Days{41} + Hours{13},
                         t0 + Days{55} + std::chrono::minutes{30}, t0 + Days{60} + Seconds{1}});
}

TEST(NoLookAhead, EveryForecasterIgnoresTheFutureOfARealTrace)
{
    const Result<IntensitySeries> de = loadIntensityCsv(kData / "carbon" / "DE.csv");
    ASSERT_TRUE(de.ok()) << de.status().toString();
    checkNoLookAhead(de.value(), {*parseIsoUtc("2022-06-15T13:00:00Z"),
                                  *parseIsoUtc("2023-03-06T00:00:00Z"),
                                  *parseIsoUtc("2023-10-01T17:45:00Z")});
}

TEST(NoLookAhead, TheOracleDoesReadTheFuture)
{
    const IntensitySeries s = testing::seriesFrom(24 * 10, [](std::size_t i) { return 100.0 + static_cast<double>(i); });
    const UtcTime issuedAt = s.start() + Days{5};
    const auto oracle = makeForecaster("oracle").value();
    const Forecast honest = oracle->forecast(s, issuedAt, 24).value();
    const Forecast tampered = oracle->forecast(corruptedAfter(s, issuedAt), issuedAt, 24).value();
    EXPECT_EQ(honest.mean()[0], 220.0);
    EXPECT_NE(honest.mean()[0], tampered.mean()[0]);
}

} // namespace
} // namespace greenlight
