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

} // namespace greenlight
