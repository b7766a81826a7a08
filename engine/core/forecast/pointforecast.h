// Turns a point predictor into a Forecast: the mean path from the predictor, the 80 % interval
// from the predictor's own errors over the four weeks before the issue time's week began (Monday
// 00:00 UTC; EmpiricalInterval, cached per week). Used by the baselines; values never negative.
//
//   auto at = locateIssue(series, issuedAt, steps, 1, "persistence");
//   return forecastFromPredictor(series, issuedAt, *at, steps, "persistence", 1, lastValue, m_bands);
#pragma once

#include "core/forecast/empiricalinterval.h"
#include "core/forecast/fitcache.h"
#include "core/forecast/forecast.h"
#include "core/forecast/issuepoint.h"
#include "core/intensityseries.h"

#include <functional>
#include <string>

namespace greenlight {

// How far back the baselines look for their errors.
inline constexpr Days kBaselineIntervalWindow{28};

// `predict(n, lead)` forecasts series index n - 1 + lead reading only indices [0, n);
// `minObservedSteps` is the least n it accepts, and how far back from n it reads at most.
Result<Forecast> forecastFromPredictor(const IntensitySeries& series, UtcTime issuedAt,
                                       const IssuePoint& at, std::size_t steps,
                                       const std::string& model, std::size_t minObservedSteps,
                                       const std::function<double(std::size_t, std::size_t)>& predict,
                                       const FitCache<EmpiricalInterval>& bands);

} // namespace greenlight
