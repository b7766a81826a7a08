// A forecaster that wraps another and injects a reproducible error into its forecasts (what-if:
// "what if our forecasts were 10 % low and noisy?"). Each value of the inner forecast, and its
// interval with it, is multiplied by (1 + bias) × exp(σ·z − σ²/2): the noise is mean-neutral in
// expectation and z is a standard normal drawn from (seed, zone, issue time, step) alone, so the
// same seed gives the same errors on any thread, in any order.
//
//   std::shared_ptr<const Forecaster> ridge = makeForecaster("ridge").value();
//   PerturbedForecaster noisy(ridge, {.biasPct = -10, .noisePct = 20});
//   Result<Forecast> f = noisy.forecast(series, now, 48);
#pragma once

#include "scenario.h"

#include "core/forecast/forecaster.h"

#include <memory>

namespace greenlight {

class PerturbedForecaster : public Forecaster {
public:
    PerturbedForecaster(std::shared_ptr<const Forecaster> inner, ForecastError error);

    std::string name() const override;
    Result<Forecast> forecast(const IntensitySeries& series, UtcTime issuedAt,
                              std::size_t steps) const override;
    Seconds minimumHistory(Seconds step) const override { return m_inner->minimumHistory(step); }
    bool readsFuture() const override { return m_inner->readsFuture(); }

    // The multiplier applied to step `step` of a forecast of `zoneKey` issued at `issuedAt`.
    double factor(const std::string& zoneKey, UtcTime issuedAt, std::size_t step) const;

private:
    std::shared_ptr<const Forecaster> m_inner;
    ForecastError m_error;
};

} // namespace greenlight
