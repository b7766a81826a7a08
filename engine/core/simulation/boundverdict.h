// Whether a run can be held against the lower bounds (lowerbound.h), and in words why not. The
// bounds cover schedules that run every job within its SLO: a run that misses deadlines may come
// out below them, and a fleet too small for the workload's SLOs can push the capacity-aware
// bound above the baseline, where the attainable fraction means nothing.
//
//   const BoundVerdict v = judgeAgainstBound({run.emissionsKg, baseline.emissionsKg, bound.capacityAwareKg,
//                                             run.deadlineMisses, run.unplaced, baseline.deadlineMisses});
//   if (!v.note.empty()) std::cout << v.note;
#pragma once

#include <cstddef>
#include <string>

namespace greenlight {

struct BoundComparison {
    double runKg = 0.0;
    double baselineKg = 0.0;
    double boundKg = 0.0; // the capacity-aware bound
    std::size_t runMisses = 0; // including the unplaced
    std::size_t runUnplaced = 0;
    std::size_t baselineMisses = 0;
};

struct BoundVerdict {
    // The run met every SLO and placed every job: no schedule of its kind is below the bound.
    bool valid = false;
    // The baseline is above the bound, so there is a saving to attain.
    bool fractionDefined = false;
    // (baseline − run) / (baseline − bound); 0 when not defined.
    double attainableFraction = 0.0;
    // Empty when valid and defined; otherwise what the reader must know, in a sentence or two.
    std::string note;
};

BoundVerdict judgeAgainstBound(const BoundComparison& c);

} // namespace greenlight
