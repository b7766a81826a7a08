#include "perturbedforecaster.h"

#include "core/workload/workload.h"

#include <cmath>
#include <cstdio>
#include <numbers>
#include <vector>

namespace greenlight {
namespace {

// SplitMix64: a well-mixed 64-bit value from any 64-bit input.
std::uint64_t mix(std::uint64_t x)
{
    x += 0x9e3779b97f4a7c15ULL;
    x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ULL;
    x = (x ^ (x >> 27)) * 0x94d049bb133111ebULL;
    return x ^ (x >> 31);
}

double unitInterval(std::uint64_t bits) // (0, 1)
{
    return (static_cast<double>(bits >> 11) + 0.5) / 9007199254740992.0;
}

} // namespace

PerturbedForecaster::PerturbedForecaster(std::shared_ptr<const Forecaster> inner, ForecastError error)
    : m_inner(std::move(inner)), m_error(error)
{
}

std::string PerturbedForecaster::name() const
{
    char text[128];
    std::snprintf(text, sizeof text, "%s (bias %+g %%, noise %g %%, seed %llu)", m_inner->name().c_str(),
                  m_error.biasPct, m_error.noisePct, static_cast<unsigned long long>(m_error.seed));
    return text;
}

double PerturbedForecaster::factor(const std::string& zoneKey, UtcTime issuedAt, std::size_t step) const
{
    const double bias = 1.0 + m_error.biasPct / 100.0;
    const double sigma = m_error.noisePct / 100.0;
    if (sigma <= 0.0)
        return bias;
    std::uint64_t h = mix(m_error.seed ^ stableHash(zoneKey));
    h = mix(h ^ static_cast<std::uint64_t>(issuedAt.time_since_epoch().count()));
    h = mix(h ^ static_cast<std::uint64_t>(step));
    // Box–Muller from two independent uniforms.
    const double u1 = unitInterval(h);
    const double u2 = unitInterval(mix(h));
    const double z = std::sqrt(-2.0 * std::log(u1)) * std::cos(2.0 * std::numbers::pi * u2);
    return bias * std::exp(sigma * z - 0.5 * sigma * sigma);
}

Result<Forecast> PerturbedForecaster::forecast(const IntensitySeries& series, UtcTime issuedAt,
                                               std::size_t steps) const
{
    Result<Forecast> inner = m_inner->forecast(series, issuedAt, steps);
    if (!inner.ok() || !m_error.isActive())
        return inner;
    const Forecast& f = inner.value();
    std::vector<double> mean(f.mean().begin(), f.mean().end());
    std::vector<double> low(f.low().begin(), f.low().end());
    std::vector<double> high(f.high().begin(), f.high().end());
    for (std::size_t i = 0; i < mean.size(); ++i) {
        const double k = factor(series.zoneKey(), issuedAt, i);
        mean[i] *= k;
        low[i] *= k;
        high[i] *= k;
    }
    return Forecast::create(f.zoneKey(), name(), f.issuedAt(), f.start(), f.step(), std::move(mean),
                            std::move(low), std::move(high));
}

} // namespace greenlight
