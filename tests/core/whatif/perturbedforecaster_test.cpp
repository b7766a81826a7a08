// Injected forecast errors: bias scales every value, noise is reproducible from its seed and
// leaves the series and the inner forecaster untouched.
#include "core/forecast/forecasterregistry.h"
#include "core/whatif/perturbedforecaster.h"

#include <gtest/gtest.h>

#include <cmath>

using namespace greenlight;

namespace {

IntensitySeries sineWeek()
{
    IntensitySeries::Columns c;
    for (int h = 0; h < 24 * 14; ++h)
        c.lifecycleGPerKwh.push_back(300.0 + 100.0 * std::sin(h * 2.0 * 3.14159265 / 24.0));
    return IntensitySeries::create("XX", startOfYear(2022), Hours{1}, std::move(c)).value();
}

} // namespace

TEST(PerturbedForecaster, BiasScalesEveryValueAndItsInterval)
{
    const IntensitySeries series = sineWeek();
    std::shared_ptr<const Forecaster> inner = makeForecaster("seasonal-naive-24h").value();
    const PerturbedForecaster biased(inner, {.biasPct = -20, .noisePct = 0, .seed = 1});
    const UtcTime at = startOfYear(2022) + Days{7};
    const Forecast plain = inner->forecast(series, at, 24).value();
    const Forecast f = biased.forecast(series, at, 24).value();
    ASSERT_EQ(f.size(), plain.size());
    for (std::size_t i = 0; i < f.size(); ++i) {
        EXPECT_NEAR(f.mean()[i], 0.8 * plain.mean()[i], 1e-9);
        EXPECT_NEAR(f.high()[i], 0.8 * plain.high()[i], 1e-9);
    }
    EXPECT_NE(biased.name().find("bias -20 %"), std::string::npos) << biased.name();
}

TEST(PerturbedForecaster, NoiseIsReproducibleFromTheSeedAndRoughlyMeanNeutral)
{
    const IntensitySeries series = sineWeek();
    std::shared_ptr<const Forecaster> inner = makeForecaster("persistence").value();
    const PerturbedForecaster a(inner, {.biasPct = 0, .noisePct = 30, .seed = 7});
    const PerturbedForecaster again(inner, {.biasPct = 0, .noisePct = 30, .seed = 7});
    const PerturbedForecaster other(inner, {.biasPct = 0, .noisePct = 30, .seed = 8});
    const UtcTime at = startOfYear(2022) + Days{7};
    const Forecast fa = a.forecast(series, at, 48).value();
    const Forecast fb = again.forecast(series, at, 48).value();
    const Forecast fc = other.forecast(series, at, 48).value();
    bool differs = false;
    for (std::size_t i = 0; i < fa.size(); ++i) {
        EXPECT_DOUBLE_EQ(fa.mean()[i], fb.mean()[i]);
        differs = differs || fa.mean()[i] != fc.mean()[i];
    }
    EXPECT_TRUE(differs);
    double sum = 0.0;
    const int n = 20000;
    for (int i = 0; i < n; ++i)
        sum += a.factor("XX", at, static_cast<std::size_t>(i));
    EXPECT_NEAR(sum / n, 1.0, 0.02); // E[exp(σz − σ²/2)] = 1
}
