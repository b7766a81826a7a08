// Back-testing a forecaster without look-ahead: issue forecasts at regular times over a period,
// hand each one only the data observed by then, and score the mean and the interval per horizon.
//
//   BacktestOptions o{.period = {startOfYear(2023), startOfYear(2024)}};
//   Result<BacktestReport> r = backtest(series, *makeForecaster("ridge").value(), o);
//   double mape24h = r->at(24)->mapePct;
#pragma once

#include "core/forecast/forecaster.h"
#include "core/intensityseries.h"
#include "core/status.h"
#include "core/utctime.h"

#include <cstddef>
#include <string>
#include <vector>

namespace greenlight {

struct BacktestOptions {
    TimeWindow period;           // issue times and every scored target lie inside it
    Hours issueEvery{24};        // issue times: period.begin, + issueEvery, ...
    std::size_t maxHorizonSteps = 48; // horizons 1 .. maxHorizonSteps (in series steps)
};

struct HorizonScore {
    std::size_t horizonSteps = 0; // 1 = the first step at or after the issue time
    // mean |forecast - actual| / actual × 100 over the actuals > 0 (mapeSamples of them); NaN
    // when there are none: a percentage of nothing is undefined, not perfect. (Near-zero
    // actuals make any percentage explode: maeGPerKwh reads the same errors in g/kWh.)
    double mapePct = 0.0;
    double biasGPerKwh = 0.0;     // mean (forecast - actual): positive = too high
    double coveragePct = 0.0;     // share of actuals inside [low, high]
    std::size_t samples = 0;      // every actual scored (bias, coverage, MAE)
    std::size_t mapeSamples = 0;  // those above zero (MAPE)
    double maeGPerKwh = 0.0;      // mean |forecast - actual|
};

struct BacktestReport {
    std::string zoneKey;
    std::string model;
    std::vector<HorizonScore> byHorizon; // horizons 1 .. maxHorizonSteps, in order
    TimeWindow period{};
    std::size_t issues = 0;

    const HorizonScore* at(std::size_t horizonSteps) const;
    // Mean interval coverage over all horizons (every horizon has the same number of samples).
    double meanCoveragePct() const;
};

// Issue times are period.begin + k × issueEvery whose whole horizon (maxHorizonSteps steps from
// the first step boundary at or after the issue time) lies inside the period, so every horizon is
// scored on the same issues. Unless model.readsFuture(), each forecast gets a copy of the series
// cut at the issue time: no look-ahead even for a model that breaks its contract.
// Errors: InvalidArgument (empty period, zero issueEvery or horizon), OutOfRange (period outside
// the series, or too short for one issue), and any error of the model, with the issue time.
Result<BacktestReport> backtest(const IntensitySeries& series, const Forecaster& model,
                                const BacktestOptions& options);

} // namespace greenlight
