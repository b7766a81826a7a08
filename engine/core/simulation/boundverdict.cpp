#include "boundverdict.h"

#include <algorithm>
#include <cmath>

namespace greenlight {
namespace {

std::string count(std::size_t n, const char* one, const char* many)
{
    return std::to_string(n) + " " + (n == 1 ? one : many);
}

} // namespace

BoundVerdict judgeAgainstBound(const BoundComparison& c)
{
    BoundVerdict v;
    v.valid = c.runMisses == 0 && c.runUnplaced == 0;
    const double attainable = c.baselineKg - c.boundKg;
    // Below this the difference is rounding in sums of many jobs, and a fraction of it is noise.
    const double tolerance = 1e-9 * std::max(std::abs(c.baselineKg), 1e-3);
    v.fractionDefined = attainable > tolerance;
    v.attainableFraction = v.fractionDefined ? (c.baselineKg - c.runKg) / attainable : 0.0;
    if (!v.fractionDefined && attainable >= -tolerance) {
        v.note = "the capacity-aware bound equals the baseline: no schedule of this workload on this "
                 "fleet and trace can emit less, so there is no attainable saving to measure "
                 "against (attainable fraction reported as 0)";
        return v;
    }
    if (!v.fractionDefined) {
        v.note = "the capacity-aware bound is not below the baseline (which misses " +
                 count(c.baselineMisses, "deadline", "deadlines") +
                 "): running every job within its SLO on this fleet would emit at least as much, "
                 "if it is possible at all, so there is no attainable saving to measure against "
                 "(attainable fraction reported as 0); the fleet is small for this workload's SLOs";
        return v;
    }
    if (!v.valid) {
        std::string what = "misses " + count(c.runMisses, "deadline", "deadlines");
        if (c.runUnplaced > 0)
            what += " (" + count(c.runUnplaced, "job", "jobs") + " of them left unplaced, their emissions not counted)";
        v.note = "the bounds cover schedules that run every job within its SLO; this run " +
                 what + ", so its attainable fraction is indicative only" +
                 (c.runKg < c.boundKg ? " (it is below the bound because of them)" : "");
    }
    return v;
}

} // namespace greenlight
