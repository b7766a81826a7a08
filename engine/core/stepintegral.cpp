#include "stepintegral.h"

namespace greenlight {

StepIntegral::StepIntegral(UtcTime start, Seconds step, std::span<const double> values)
    : m_start(start), m_step(step), m_prefix(values.size() + 1, 0.0)
{
    const double stepHours = static_cast<double>(step.count()) / 3600.0;
    double sum = 0.0;
    double carry = 0.0;
    for (std::size_t i = 0; i < values.size(); ++i) {
        const double y = values[i] * stepHours - carry;
        const double t = sum + y;
        carry = (t - sum) - y;
        sum = t;
        m_prefix[i + 1] = sum;
    }
}

double StepIntegral::cumulativeTo(std::span<const double> values, UtcTime t) const
{
    const Seconds offset = t - m_start;
    const auto index = static_cast<std::size_t>(offset / m_step);
    if (index >= values.size())
        return m_prefix.back();
    const Seconds intoStep = offset - m_step * static_cast<long long>(index);
    return m_prefix[index] + values[index] * (static_cast<double>(intoStep.count()) / 3600.0);
}

std::optional<double> StepIntegral::over(std::span<const double> values, TimeWindow window) const
{
    if (m_prefix.empty() || window.end < window.begin)
        return std::nullopt;
    const UtcTime end = m_start + m_step * static_cast<long long>(values.size());
    if (window.begin < m_start || window.end > end)
        return std::nullopt;
    return cumulativeTo(values, window.end) - cumulativeTo(values, window.begin);
}

} // namespace greenlight
