#include "replayclock.h"

#include <cmath>

namespace greenlight {
namespace {

constexpr Days kWeek{7};
constexpr Days kFiftyTwoWeeks{364};

// Shift by whole 52-week blocks until t lies inside the window; keeps weekday and time of day.
UtcTime wrapIntoWindow(UtcTime t, TimeWindow window)
{
    while (t >= window.end)
        t -= kFiftyTwoWeeks;
    while (t < window.begin)
        t += kFiftyTwoWeeks;
    return t;
}

} // namespace

ReplayClock::ReplayClock(int dataYear, UtcTime realAnchor, double speed)
    : m_dataYear(dataYear), m_realAnchor(realAnchor),
      m_replayAnchor(mapToDataYear(realAnchor, dataYear)), m_speed(speed > 0.0 ? speed : 1.0)
{
}

TimeWindow ReplayClock::dataYearWindow() const
{
    return {startOfYear(m_dataYear), startOfYear(m_dataYear + 1)};
}

UtcTime ReplayClock::replayed(UtcTime real) const
{
    const double elapsed = static_cast<double>((real - m_realAnchor).count()) * m_speed;
    const UtcTime t = m_replayAnchor + Seconds{static_cast<long long>(std::llround(elapsed))};
    return wrapIntoWindow(t, dataYearWindow());
}

UtcTime ReplayClock::mapToDataYear(UtcTime real, int dataYear)
{
    const UtcParts parts = splitUtc(real);
    const UtcTime yearStart = startOfYear(dataYear);
    const UtcTime yearEnd = startOfYear(dataYear + 1);
    UtcTime day = yearStart + Days{parts.dayOfYear};
    // Move to the nearest day (−3..+3) with the real weekday.
    const unsigned candidateWeekday = splitUtc(day).weekday;
    int shift = static_cast<int>((parts.weekday + 7 - candidateWeekday) % 7);
    if (shift > 3)
        shift -= 7;
    day += Days{shift};
    if (day < yearStart)
        day += kWeek;
    if (day >= yearEnd)
        day -= kWeek;
    return day + parts.timeOfDay;
}

} // namespace greenlight
