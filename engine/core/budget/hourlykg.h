// Emissions booked hour by hour from a start hour: what a budget burns and what a dashboard sums
// for "today" and "this month".
//
//   HourlyKg h{origin, {1.2, 0.8, …}};
//   double today = h.sumIn({midnight, now});   // partial hours pro rata
#pragma once

#include "core/utctime.h"

#include <vector>

namespace greenlight {

struct HourlyKg {
    UtcTime origin{};       // start of hour 0 (a whole hour)
    std::vector<double> kg; // one value per hour

    UtcTime end() const { return origin + Hours{static_cast<long long>(kg.size())}; }
    // kg in [window.begin, window.end); hours cut by the window count pro rata by time; hours
    // outside the series count zero.
    double sumIn(TimeWindow window) const;
    // Books `kg` spread evenly over `window`, growing the series as needed (the origin must be at
    // or before window.begin).
    void book(TimeWindow window, double kg);
};

} // namespace greenlight
