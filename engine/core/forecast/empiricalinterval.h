// Prediction intervals from a model's own past errors: for each lead (steps after the newest
// observed value), the 10th and 90th percentiles of (actual - forecast) over a training window,
// added to the mean. Nominal coverage is 80 %; back-tests measure the real coverage.
//
//   EmpiricalInterval band = EmpiricalInterval::fromResiduals(std::move(errorsByLead));
//   auto [low, high] = band.bounds(meanGPerKwh, lead);
#pragma once

#include "core/utctime.h"

#include <cstddef>
#include <functional>
#include <span>
#include <utility>
#include <vector>

namespace greenlight {

class EmpiricalInterval {
public:
    static constexpr double kLowQuantile = 0.10;
    static constexpr double kHighQuantile = 0.90;
    // Bands (and the ridge model's per-lead fits) cover two days ahead; leads beyond that use
    // the last lead's: errors stop growing after a day or two. Counted in time, not steps, so
    // that a 5-minute trace gets 576 leads rather than four hours' worth.
    static constexpr Seconds kLeadSpan = Days{2};
    static constexpr std::size_t kMinLeads = 48;
    static std::size_t leadsFor(Seconds step);

    EmpiricalInterval() = default;

    // residualsByLead[l - 1] holds the errors (actual - forecast) at lead l.
    static EmpiricalInterval fromResiduals(std::vector<std::vector<double>> residualsByLead);

    // Errors of `predict(n, lead)`, a forecast of index n - 1 + lead that reads only y[0, n), at
    // issue points n = end - lead, end - lead - stride, ... down to max(firstIssue, end - window),
    // so every actual used ended before index `end`.
    static EmpiricalInterval fromPredictor(std::span<const double> y, std::size_t end,
                                           std::size_t firstIssue, std::size_t windowSteps,
                                           std::size_t stride, std::size_t maxLead,
                                           const std::function<double(std::size_t, std::size_t)>& predict);

    // [low, high] around `mean` at `lead` (1-based), with 0 <= low <= mean <= high. A lead without
    // any recorded error borrows the nearest lead that has some; with none at all the band is
    // empty (low = high = mean).
    std::pair<double, double> bounds(double mean, std::size_t lead) const;

    std::size_t leads() const { return m_lowOffset.size(); }

private:
    std::vector<double> m_lowOffset;  // per lead, <= 0 in practice
    std::vector<double> m_highOffset; // per lead, >= 0 in practice
    std::vector<char> m_known;        // 1 when the lead had errors to learn from
};

} // namespace greenlight
