// The interface every forecaster of grid carbon intensity implements, so that policies, the
// simulator and back-tests can swap models by name (see forecasterregistry.h).
//
//   std::unique_ptr<Forecaster> model = makeForecaster("ridge").value();
//   Result<Forecast> next48h = model->forecast(series, now, 48);
#pragma once

#include "core/forecast/forecast.h"
#include "core/intensityseries.h"
#include "core/status.h"
#include "core/utctime.h"

#include <cstddef>
#include <string>

namespace greenlight {

class Forecaster {
public:
    virtual ~Forecaster() = default;

    virtual std::string name() const = 0;

    // Forecasts `steps` steps of `series` (lifecycle signal) issued at `issuedAt`, starting at the
    // first step boundary at or after issuedAt. Reads ONLY values of steps that end at or before
    // issuedAt (no look-ahead), except a forecaster whose readsFuture() is true (the oracle).
    // Must be const and safe to call from several threads at once.
    virtual Result<Forecast> forecast(const IntensitySeries& series, UtcTime issuedAt,
                                      std::size_t steps) const = 0;

    // The least history before issuedAt that forecast() needs for a series with this step.
    virtual Seconds minimumHistory(Seconds step) const { return step; }
    // The history after which the forecasts are the model's own, not a stand-in it uses while it
    // cannot fit yet: back-tests start there by default, so no model is scored on a warm-up.
    virtual Seconds warmUp(Seconds step) const { return minimumHistory(step); }

    // True only for bounds such as the oracle, which read the actual future on purpose.
    virtual bool readsFuture() const { return false; }
};

} // namespace greenlight
