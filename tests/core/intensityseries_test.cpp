#include "core/intensityseries.h"

#include <gtest/gtest.h>

#include <random>

namespace greenlight {
namespace {

IntensitySeries randomSeries(std::size_t n, Seconds step, unsigned seed, bool withDirect)
{
    std::mt19937 rng(seed);
    std::uniform_real_distribution<double> value(5.0, 1100.0);
    IntensitySeries::Columns columns;
    for (std::size_t i = 0; i < n; ++i) {
        columns.lifecycleGPerKwh.push_back(value(rng));
        if (withDirect)
            columns.directGPerKwh.push_back(value(rng));
    }
    auto result = IntensitySeries::create("TEST", *parseIsoUtc("2022-01-01T00:00:00Z"), step,
                                          std::move(columns));
    return std::move(result).value();
}

// Sum of overlap × value over every step: the definition, step by step.
double bruteForceIntegral(const IntensitySeries& s, std::span<const double> values, TimeWindow w)
{
    double total = 0.0;
    for (std::size_t i = 0; i < s.size(); ++i) {
        const UtcTime a = std::max(w.begin, s.timeAt(i));
        const UtcTime b = std::min(w.end, s.timeAt(i) + s.step());
        if (b > a)
            total += values[i] * static_cast<double>((b - a).count()) / 3600.0;
    }
    return total;
}

TEST(IntensitySeries, LookupByTimeMatchesLinearScan)
{
    for (const Seconds step : {Seconds{3600}, Seconds{300}}) {
        const IntensitySeries s = randomSeries(500, step, 7, false);
        std::mt19937 rng(11);
        std::uniform_int_distribution<long long> offset(-7200, 500 * step.count() + 7200);
        for (int trial = 0; trial < 2000; ++trial) {
            const UtcTime t = s.start() + Seconds{offset(rng)};
            std::optional<std::size_t> expected;
            for (std::size_t i = 0; i < s.size(); ++i) {
                if (t >= s.timeAt(i) && t < s.timeAt(i) + s.step())
                    expected = i;
            }
            ASSERT_EQ(s.indexAt(t), expected) << formatIsoUtc(t);
            if (expected) {
                ASSERT_DOUBLE_EQ(s.sampleAt(t)->lifecycleGPerKwh, s.lifecycle()[*expected]);
            }
        }
    }
}

TEST(IntensitySeries, IntegralMatchesBruteForceOnRandomWindows)
{
    for (const Seconds step : {Seconds{3600}, Seconds{300}}) {
        const IntensitySeries s = randomSeries(2000, step, 3, true);
        std::mt19937 rng(5);
        const long long span = static_cast<long long>(s.size()) * step.count();
        std::uniform_int_distribution<long long> at(0, span);
        for (int trial = 0; trial < 500; ++trial) {
            long long a = at(rng);
            long long b = at(rng);
            if (a > b)
                std::swap(a, b);
            const TimeWindow w{s.start() + Seconds{a}, s.start() + Seconds{b}};
            for (const IntensitySignal signal : {IntensitySignal::Lifecycle, IntensitySignal::Direct}) {
                const auto fast = s.integralGPerKwhHours(signal, w);
                ASSERT_TRUE(fast.has_value());
                const double slow = bruteForceIntegral(s, s.values(signal), w);
                ASSERT_NEAR(*fast, slow, 1e-9 * std::max(1.0, slow));
            }
        }
    }
}

TEST(IntensitySeries, MeanOverWholeStepsIsTheArithmeticMean)
{
    IntensitySeries::Columns c;
    c.lifecycleGPerKwh = {100, 200, 300, 400};
    const auto s = IntensitySeries::create("X", *parseIsoUtc("2022-01-01T00:00:00Z"), Hours{1}, c);
    ASSERT_TRUE(s.ok());
    const UtcTime t0 = s->start();
    EXPECT_DOUBLE_EQ(*s->meanGPerKwh(IntensitySignal::Lifecycle, {t0, t0 + Hours{4}}), 250.0);
    EXPECT_DOUBLE_EQ(*s->integralGPerKwhHours(IntensitySignal::Lifecycle, {t0 + Hours{1}, t0 + Hours{3}}),
                     500.0);
    // Half of the first hour and half of the second: 0.5×100 + 0.5×200.
    EXPECT_DOUBLE_EQ(*s->integralGPerKwhHours(IntensitySignal::Lifecycle,
                                              {t0 + std::chrono::minutes{30}, t0 + std::chrono::minutes{90}}),
                     150.0);
}

TEST(IntensitySeries, WindowsOutsideCoverageAreRefused)
{
    const IntensitySeries s = randomSeries(10, Hours{1}, 1, false);
    const UtcTime t0 = s.start();
    EXPECT_FALSE(s.integralGPerKwhHours(IntensitySignal::Lifecycle, {t0 - Hours{1}, t0 + Hours{1}}));
    EXPECT_FALSE(s.integralGPerKwhHours(IntensitySignal::Lifecycle, {t0, t0 + Hours{11}}));
    EXPECT_FALSE(s.integralGPerKwhHours(IntensitySignal::Lifecycle, {t0 + Hours{2}, t0 + Hours{1}}));
    EXPECT_FALSE(s.integralGPerKwhHours(IntensitySignal::Direct, {t0, t0 + Hours{1}}));
    EXPECT_FALSE(s.meanGPerKwh(IntensitySignal::Lifecycle, {t0, t0}));
    EXPECT_DOUBLE_EQ(*s.integralGPerKwhHours(IntensitySignal::Lifecycle, {t0, t0}), 0.0);
    EXPECT_TRUE(s.integralGPerKwhHours(IntensitySignal::Lifecycle, s.coverage()));
}

TEST(IntensitySeries, CreateRejectsInconsistentColumns)
{
    IntensitySeries::Columns c;
    c.lifecycleGPerKwh = {1, 2, 3};
    c.directGPerKwh = {1, 2};
    EXPECT_FALSE(IntensitySeries::create("X", UtcTime{}, Hours{1}, c).ok());
    c.directGPerKwh.clear();
    EXPECT_FALSE(IntensitySeries::create("X", UtcTime{}, Seconds{0}, c).ok());
    EXPECT_FALSE(IntensitySeries::create("X", UtcTime{}, Hours{1}, {}).ok());
}

} // namespace
} // namespace greenlight
