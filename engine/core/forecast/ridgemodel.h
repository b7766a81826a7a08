// The fitted state of the "ridge" forecaster for one zone at one fit time: per lead, a linear
// model of log intensity fitted to least absolute error, plus an 80 % interval from its errors.
//
//   RidgeModel m = RidgeModel::fit(series.lifecycle(), series.step(), fitEnd, {});
//   double next = m.predict(series.lifecycle(), observedSteps, 1); // one step ahead
#pragma once

#include "core/forecast/empiricalinterval.h"
#include "core/utctime.h"

#include <array>
#include <cstddef>
#include <span>
#include <vector>

namespace greenlight {

// Per lead (steps after the newest observed value) the inputs are the newest value, the same hour
// yesterday and a week ago, the mean of the last seven days at the target's hour and at the
// newest value's hour (so the current anomaly can persist or fade), and the mean of the last day.
// The model predicts the departure from that daily mean, so it follows level shifts instead of
// pulling towards an old average, and it is fitted to least absolute log error (relative errors,
// as MAPE counts them) by reweighted ridge regression on up to a year of issue points before the
// fit time, recent ones weighted more. The interval is the 10th-90th percentile of the fit's
// errors at each lead over its last eight weeks.
class RidgeModel {
public:
    // newest, same hour yesterday, same hour last week, 7-day profile at the target's hour,
    // 7-day profile at the newest value's hour, mean of the last day (the reference level).
    static constexpr std::size_t kFeatures = 6;
    using Coefficients = std::array<double, kFeatures + 1>; // [0] is the intercept (log space)

    struct Options {
        Days trainingWindow{365};     // issue points in the year before the fit time ...
        double halfLifeDays = 60.0;   // ... weighted 0.5^(age / half-life)
        Hours issueEvery{5};          // training issue points 5 h apart: every hour of the day
                                      // and of the week gets its share
        std::size_t leads = 0; // one model per lead up to this (0: EmpiricalInterval::leadsFor)
        double ridge = 1e-5;          // penalty on standardised coefficients: only keeps
                                      // collinear inputs (newest = same hour at lead 24) solvable
        std::size_t reweightRounds = 2; // IRLS rounds from least squares towards least absolute
        double minAbsLogError = 1e-3;   // errors below 0.1 % count as 0.1 % when reweighting
        std::size_t minSamples = 48;  // a lead with fewer issue points predicts seasonal-naive
        Days intervalWindow{56};      // the interval learns from the last eight weeks' errors
    };

    // Fits on issue points n in [max(one day, end - window), end - lead], reading only y[0, end).
    // `step` must divide a day.
    static RidgeModel fit(std::span<const double> y, Seconds step, std::size_t end,
                          const Options& options);

    // Forecasts of indices n - 1 + lead for lead = firstLead, firstLead + 1, ... (one per element
    // of `mean`) from y[0, n), n >= one day of steps, with their 80 % interval. Leads past the
    // last model use the last one. Never negative.
    void predict(std::span<const double> y, std::size_t n, std::size_t firstLead,
                 std::span<double> mean, std::span<double> low, std::span<double> high) const;
    double predict(std::span<const double> y, std::size_t n, std::size_t lead) const;

    const std::vector<Coefficients>& coefficients() const { return m_coefficients; }
    std::size_t fallbackLeads() const { return m_fallbackLeads; }
    // Steps before a forecast's newest value that the inputs read at most.
    std::size_t reachSteps() const { return 15 * m_stepsPerDay; }

private:
    RidgeModel() = default;

    std::size_t m_stepsPerDay = 24;
    std::vector<Coefficients> m_coefficients; // per lead
    std::size_t m_fallbackLeads = 0;          // leads that had too few samples to fit
    EmpiricalInterval m_band;
};

} // namespace greenlight
