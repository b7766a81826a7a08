#include "core/simulation/hourlyemissions.h"

#include <algorithm>

namespace greenlight {

HourlyKg hourlyEmissions(const SimulationRun& run)
{
    HourlyKg out;
    bool any = false;
    for (const SimulationRecord& r : run.records) {
        if (!r.placed)
            continue;
        out.origin = any ? std::min(out.origin, r.start) : r.start;
        any = true;
    }
    if (!any)
        return out;
    out.origin = UtcTime{std::chrono::floor<Hours>(out.origin)};
    for (const SimulationRecord& r : run.records) {
        if (!r.placed)
            continue;
        const double runKg = std::max(0.0, r.emissionsKg - r.migrationKg);
        if (r.migrationKg > 0)
            out.book({r.start, r.start}, r.migrationKg);
        std::vector<TimeWindow> segments = r.segments;
        if (segments.empty())
            segments.push_back({r.start, r.finish});
        Seconds total{0};
        for (const TimeWindow& s : segments)
            total += s.length();
        for (const TimeWindow& s : segments) {
            const double share = total.count() > 0
                ? static_cast<double>(s.length().count()) / static_cast<double>(total.count())
                : 1.0 / static_cast<double>(segments.size());
            out.book(s, runKg * share);
        }
    }
    return out;
}

} // namespace greenlight
