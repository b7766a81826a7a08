// O(1) integrals of a piecewise-constant signal on a regular time grid, from prefix sums. Shared
// by recorded traces (IntensitySeries) and forecasts (Forecast).
//
//   StepIntegral integral(start, Hours{1}, values);
//   std::optional<double> gPerKwhHours = integral.over(values, {t0, t0 + Hours{3}});
#pragma once

#include "utctime.h"

#include <optional>
#include <span>
#include <vector>

namespace greenlight {

class StepIntegral {
public:
    StepIntegral() = default;
    // Kahan-compensated running sums, so that long traces do not drift.
    StepIntegral(UtcTime start, Seconds step, std::span<const double> values);

    // ∫ values dt over the window, in value × hours; partial steps count pro rata. `values`
    // must be the ones given to the constructor. nullopt when the window is reversed or leaves
    // the grid.
    std::optional<double> over(std::span<const double> values, TimeWindow window) const;

private:
    double cumulativeTo(std::span<const double> values, UtcTime t) const;

    UtcTime m_start{};
    Seconds m_step{1};
    std::vector<double> m_prefix; // m_prefix[i] = sum of values[0..i) × step hours
};

} // namespace greenlight
