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
    // Inline: schedulers call it millions of times per plan.
    std::optional<double> over(std::span<const double> values, TimeWindow window) const
    {
        if (m_prefix.empty() || window.end < window.begin)
            return std::nullopt;
        const UtcTime end = m_start + m_step * static_cast<long long>(values.size());
        if (window.begin < m_start || window.end > end)
            return std::nullopt;
        return cumulativeTo(values, window.end) - cumulativeTo(values, window.begin);
    }

    // over() for the windows [start, start + duration) of many starts, value for value. Starts
    // on a regular grid share their offsets into a step, so the fractions are reused.
    void overEach(std::span<const double> values, std::span<const UtcTime> starts, Seconds duration,
                  std::span<std::optional<double>> out) const
    {
        Fraction atBegin;
        Fraction atEnd;
        const UtcTime end = m_start + m_step * static_cast<long long>(values.size());
        for (std::size_t i = 0; i < starts.size(); ++i) {
            const TimeWindow window{starts[i], starts[i] + duration};
            if (m_prefix.empty() || window.end < window.begin || window.begin < m_start ||
                window.end > end) {
                out[i] = std::nullopt;
                continue;
            }
            out[i] = cumulativeTo(values, window.end, atEnd) - cumulativeTo(values, window.begin, atBegin);
        }
    }

private:
    // The last offset into a step and its share of an hour.
    struct Fraction {
        long long intoStepS = 0;
        double hours = 0.0;
    };

    double cumulativeTo(std::span<const double> values, UtcTime t, Fraction& last) const
    {
        const long long offset = (t - m_start).count();
        // Hourly grids are the common case: a constant divisor is a multiply, not a division.
        const long long step = m_step.count();
        const long long whole = step == 3600 ? offset / 3600 : offset / step;
        const auto index = static_cast<std::size_t>(whole);
        if (index >= values.size())
            return m_prefix.back();
        const long long intoStep = offset - step * whole;
        if (intoStep != last.intoStepS) {
            last.intoStepS = intoStep;
            last.hours = static_cast<double>(intoStep) / 3600.0;
        }
        return m_prefix[index] + values[index] * last.hours;
    }

    double cumulativeTo(std::span<const double> values, UtcTime t) const
    {
        Fraction fresh;
        return cumulativeTo(values, t, fresh);
    }

    UtcTime m_start{};
    Seconds m_step{1};
    std::vector<double> m_prefix; // m_prefix[i] = sum of values[0..i) × step hours
};

} // namespace greenlight
