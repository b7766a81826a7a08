#include "hourlykg.h"

#include <algorithm>

namespace greenlight {

namespace {

double hoursBetween(UtcTime a, UtcTime b)
{
    return std::chrono::duration<double, std::ratio<3600>>(b - a).count();
}

} // namespace

double HourlyKg::sumIn(TimeWindow window) const
{
    const UtcTime begin = std::max(window.begin, origin);
    const UtcTime stop = std::min(window.end, end());
    if (stop <= begin)
        return 0.0;
    const auto first = static_cast<std::size_t>(std::chrono::floor<Hours>(begin - origin).count());
    const auto last = static_cast<std::size_t>(std::chrono::ceil<Hours>(stop - origin).count()); // exclusive
    double total = 0.0;
    for (std::size_t h = first; h < last && h < kg.size(); ++h) {
        const UtcTime hourBegin = origin + Hours{static_cast<long long>(h)};
        const UtcTime a = std::max(hourBegin, begin);
        const UtcTime b = std::min(hourBegin + Hours{1}, stop);
        total += kg[h] * std::clamp(hoursBetween(a, b), 0.0, 1.0);
    }
    return total;
}

void HourlyKg::book(TimeWindow window, double amountKg)
{
    if (window.begin < origin)
        return;
    if (window.isEmpty()) {
        window.end = window.begin + Seconds{1}; // an instant: booked in its hour
    }
    const double totalHours = hoursBetween(window.begin, window.end);
    const auto last = static_cast<std::size_t>(std::chrono::ceil<Hours>(window.end - origin).count());
    if (kg.size() < last)
        kg.resize(last, 0.0);
    const auto first = static_cast<std::size_t>(std::chrono::floor<Hours>(window.begin - origin).count());
    for (std::size_t h = first; h < last; ++h) {
        const UtcTime hourBegin = origin + Hours{static_cast<long long>(h)};
        const UtcTime a = std::max(hourBegin, window.begin);
        const UtcTime b = std::min(hourBegin + Hours{1}, window.end);
        if (b > a)
            kg[h] += amountKg * hoursBetween(a, b) / totalHours;
    }
}

} // namespace greenlight
