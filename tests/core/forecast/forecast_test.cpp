// Forecast: validation, O(1) lookup, and prefix-sum integrals against brute force.
#include "core/forecast/forecast.h"

#include <gtest/gtest.h>

#include <cmath>

namespace greenlight {
namespace {

const UtcTime kIssued = startOfYear(2024) + Hours{10} + std::chrono::minutes{20};
const UtcTime kStart = startOfYear(2024) + Hours{11};

Forecast threeSteps()
{
    return Forecast::create("DE", "test", kIssued, kStart, Hours{1}, {100, 200, 400},
                            {90, 150, 300}, {120, 260, 500})
        .value();
}

TEST(Forecast, ExposesItsStepsAndLooksUpByTime)
{
    const Forecast f = threeSteps();
    EXPECT_EQ(f.zoneKey(), "DE");
    EXPECT_EQ(f.model(), "test");
    EXPECT_EQ(f.issuedAt(), kIssued);
    EXPECT_EQ(f.start(), kStart);
    EXPECT_EQ(f.size(), 3u);
    EXPECT_EQ(f.end(), kStart + Hours{3});
    EXPECT_EQ(f.meanAt(kStart), 100.0);
    EXPECT_EQ(f.meanAt(kStart + std::chrono::minutes{90}), 200.0);
    EXPECT_EQ(f.meanAt(kStart + Hours{3} - Seconds{1}), 400.0);
    EXPECT_FALSE(f.meanAt(kStart + Hours{3}));
    EXPECT_FALSE(f.meanAt(kStart - Seconds{1}));
    EXPECT_EQ(f.high()[1], 260.0);
    EXPECT_EQ(f.low()[2], 300.0);
}

// ∫ of a piecewise-constant path by summing the overlap of every step, second by second.
double bruteForceIntegral(std::span<const double> values, UtcTime start, TimeWindow w)
{
    double total = 0.0;
    for (std::size_t i = 0; i < values.size(); ++i) {
        const UtcTime a = std::max(w.begin, start + Hours{static_cast<long long>(i)});
        const UtcTime b = std::min(w.end, start + Hours{static_cast<long long>(i + 1)});
        if (b > a)
            total += values[i] * static_cast<double>((b - a).count()) / 3600.0;
    }
    return total;
}

TEST(Forecast, IntegralsMatchBruteForceIncludingPartialSteps)
{
    const Forecast f = threeSteps();
    const std::vector<TimeWindow> windows = {
        {kStart, kStart + Hours{3}},
        {kStart, kStart},
        {kStart + std::chrono::minutes{30}, kStart + std::chrono::minutes{150}},
        {kStart + std::chrono::minutes{61}, kStart + std::chrono::minutes{62}},
        {kStart + Seconds{1}, kStart + Hours{3} - Seconds{1}},
        {kStart + Hours{2}, kStart + Hours{3}},
    };
    for (const TimeWindow& w : windows) {
        SCOPED_TRACE(formatIsoUtc(w.begin) + " .. " + formatIsoUtc(w.end));
        ASSERT_TRUE(f.integralGPerKwhHours(w));
        EXPECT_NEAR(*f.integralGPerKwhHours(w), bruteForceIntegral(f.mean(), kStart, w), 1e-9);
        EXPECT_NEAR(*f.upperIntegralGPerKwhHours(w), bruteForceIntegral(f.high(), kStart, w), 1e-9);
    }
    EXPECT_DOUBLE_EQ(*f.integralGPerKwhHours({kStart, kStart + Hours{3}}), 700.0);
    EXPECT_DOUBLE_EQ(*f.upperIntegralGPerKwhHours({kStart, kStart + Hours{3}}), 880.0);
}

TEST(Forecast, IntegralsOutsideTheForecastAreAbsent)
{
    const Forecast f = threeSteps();
    EXPECT_FALSE(f.integralGPerKwhHours({kStart - Seconds{1}, kStart + Hours{1}}));
    EXPECT_FALSE(f.integralGPerKwhHours({kStart, kStart + Hours{3} + Seconds{1}}));
    EXPECT_FALSE(f.integralGPerKwhHours({kStart + Hours{2}, kStart + Hours{1}}));
    EXPECT_FALSE(f.upperIntegralGPerKwhHours({kStart - Hours{1}, kStart}));
}

TEST(Forecast, CreateRejectsInconsistentInput)
{
    struct Case {
        const char* name;
        UtcTime start;
        Seconds step;
        std::vector<double> mean, low, high;
        const char* message;
    };
    const double nan = std::nan("");
    const std::vector<Case> cases = {
        {"empty", kStart, Hours{1}, {}, {}, {}, "at least one step"},
        {"zero step", kStart, Seconds{0}, {1}, {1}, {1}, "step must be positive"},
        {"starts before issue", kIssued - Hours{1}, Hours{1}, {1}, {1}, {1}, "before it was issued"},
        {"lengths differ", kStart, Hours{1}, {1, 2}, {1}, {1, 2}, "differ in length"},
        {"low above mean", kStart, Hours{1}, {1, 2}, {1, 3}, {1, 4}, "step 1 violates low <= mean <= high"},
        {"mean above high", kStart, Hours{1}, {5}, {1}, {4}, "violates"},
        {"not finite", kStart, Hours{1}, {nan}, {1}, {4}, "not a finite number"},
    };
    for (const Case& c : cases) {
        SCOPED_TRACE(c.name);
        const Result<Forecast> f =
            Forecast::create("DE", "test", kIssued, c.start, c.step, c.mean, c.low, c.high);
        ASSERT_FALSE(f.ok());
        EXPECT_EQ(f.status().code(), StatusCode::InvalidArgument);
        EXPECT_NE(f.status().message().find(c.message), std::string::npos) << f.status().message();
    }
}

} // namespace
} // namespace greenlight
