// Lower bounds on the emissions of any schedule of a workload, to say how much of the possible
// saving a policy attained.
//
// unconstrained: each job alone at its cheapest (site, start) by the actual intensity, capacity
// ignored. capacity-aware: Lagrangian relaxation of the per-site, per-hour GPU capacity with a
// price λ ≥ 0 per site-hour, improved by projected subgradient steps (the first ones on a
// smoothed dual, which swings less between sites). For every λ ≥ 0 the dual value is a valid
// lower bound (weak duality); the best one found is reported. Both bounds cover
// schedules that start every job within its SLO from the same candidate starts as the policies
// (submit time, then each hour boundary); interruptible jobs are bounded by their cheapest hours
// with no overhead, capacity relaxed, which keeps the bound valid.
//
//   LowerBound b = computeLowerBounds(fleet, traces, jobs, setup, {.maxIterations = 60});
#pragma once

#include "simulator.h"

#include <vector>

namespace greenlight {

struct LowerBoundOptions {
    int maxIterations = 60; // subgradient steps; 0 gives the unconstrained bound only
    // The first `smoothedShare` of the steps follow a smoothed dual, starting at a temperature
    // of `smoothing` × the dearest GPU-hour (lowerbound.cpp); 0 gives plain subgradients.
    double smoothing = 0.02;
    double smoothedShare = 0.85;
};

struct LowerBound {
    double unconstrainedKg = 0.0;
    double capacityAwareKg = 0.0;
    int iterations = 0;
    std::vector<double> dualKgByIteration; // the dual value of each iteration, for diagnosis
    double elapsedMs = 0.0;
    // At the best prices found (empty when no iteration ran): λ per site and ledger hour
    // (g per GPU-hour), per job of the workload the least of its cost plus λ over its run (g;
    // NaN for a job no site may take), and the dual value there (the bound, up to rounding).
    // splitGap (boundgap.h) reads them.
    std::vector<std::vector<double>> prices;
    std::vector<double> jobMinGrams;
    double pricedDualKg = 0.0;
};

LowerBound computeLowerBounds(const Fleet& fleet, const TraceLibrary& traces,
                              const std::vector<Job>& jobs, const SimulationSetup& setup,
                              const LowerBoundOptions& options);

} // namespace greenlight
