// The fitted state of the "ridge" forecaster for one zone at one fit time: per lead (steps after
// the newest observed value), a ridge regression of the target on the newest value, the same
// hour yesterday and last week, the mean daily profile of the last week, the profile at the
// newest value's hour (so the current anomaly can persist) and the mean of the last day; plus an
// 80 % interval from the fit's own errors at each lead.
//
//   RidgeModel m = RidgeModel::fit(series.lifecycle(), 24, fitEnd, {});
//   double next = m.predict(series.lifecycle(), observedSteps, 1);
#pragma once

#include "core/forecast/empiricalinterval.h"
#include "core/utctime.h"

#include <array>
#include <cstddef>
#include <span>
#include <vector>

namespace greenlight {

class RidgeModel {
public:
    static constexpr std::size_t kFeatures = 6;
    using Features = std::array<double, kFeatures>;
    using Coefficients = std::array<double, kFeatures + 1>; // [0] is the intercept

    struct Options {
        Days trainingWindow{56};       // issue points in the last 8 weeks before the fit time
        std::size_t issueStride = 1;   // every n-th step is an issue point (hourly for 5-min data)
        std::size_t leads = EmpiricalInterval::kMaxLeads; // one regression per lead up to this
        double ridge = 1e-3;           // penalty on standardised coefficients
        std::size_t minSamples = 48;   // fewer samples at a lead: fall back to the daily profile
    };

    // Fits on issue points n in [max(stepsPerDay, end - window), end - lead], reading only y[0, end).
    static RidgeModel fit(std::span<const double> y, std::size_t stepsPerDay, std::size_t end,
                          const Options& options);

    // Forecast of index n - 1 + lead from y[0, n) (n >= stepsPerDay); leads past the last
    // regression use the last one. Never negative.
    double predict(std::span<const double> y, std::size_t n, std::size_t lead) const;
    // The mean and its 80 % interval.
    std::array<double, 3> predictWithInterval(std::span<const double> y, std::size_t n,
                                              std::size_t lead) const;

    // Inputs of the regression for index n - 1 + lead, reading only y[0, n).
    static Features features(std::span<const double> y, std::size_t stepsPerDay, std::size_t n,
                             std::size_t lead);

    const std::vector<Coefficients>& coefficients() const { return m_coefficients; }
    std::size_t fallbackLeads() const { return m_fallbackLeads; }

private:
    std::size_t m_stepsPerDay = 24;
    std::vector<Coefficients> m_coefficients; // per lead
    std::size_t m_fallbackLeads = 0;          // leads that had too few samples to fit
    EmpiricalInterval m_band;
};

} // namespace greenlight
