// How far a schedule is from the capacity-aware lower bound, and why. At the bound's best
// prices λ (lowerbound.h), a schedule's emissions minus the bound split exactly into
//   regret: per job, its emissions plus λ over its run, minus the least such sum over the
//           options the bound gave it (the job could have done better at those prices), and
//   idle capacity: λ times the GPU-hours the schedule leaves unused (site-hours the bound
//           counts on being full).
// Both are ≥ 0 for a schedule that places every job and meets every SLO; a job that missed its
// deadline ran outside the bound's options and may show a negative regret. Two more terms make
// the split exact for any schedule: jobs the bound left out (no option of known cost) that the
// schedule ran, and jobs the bound covers that the schedule left unplaced (≤ 0).
//
//   const LowerBound bound = computeLowerBounds(fleet, traces, jobs, setup, {});
//   const BoundGap gap = splitGap(bound, jobs, run.records, fleet, setup);
#pragma once

#include "lowerbound.h"

#include <string>
#include <vector>

namespace greenlight {

struct BoundGap {
    bool known = false;        // false when the bound kept no prices (no iteration ran)
    double scheduleKg = 0.0;   // the records' emissions
    double boundKg = 0.0;      // the bound at those prices
    double regretKg = 0.0;
    double idleCapacityKg = 0.0;
    double outsideBoundKg = 0.0; // jobs the bound left out: their emissions plus λ over their runs
    double unplacedKg = 0.0;     // minus the least priced cost of covered jobs left unplaced
    struct Share {
        std::string label;
        double kg = 0.0;
    };
    std::vector<Share> regretByLength; // "under 1 h", "1-6 h", "6-24 h", "over 24 h"
    std::vector<Share> idleBySite;     // by site id, the sites with any
};

BoundGap splitGap(const LowerBound& bound, const std::vector<Job>& jobs,
                  const std::vector<SimulationRecord>& records, const Fleet& fleet,
                  const SimulationSetup& setup);

} // namespace greenlight
