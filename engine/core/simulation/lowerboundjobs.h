// The jobs as the lower bounds see them (lowerbound.h): each job's options over the sites it may
// use, with their actual emissions (intensity × PUE(t) × power, plus data movement), and the
// cheapest way to fill an interruptible job's hours under capacity prices.
//
//   const BoundJobs b = boundJobs(fleet, traces, jobs, setup);
//   double grams = cheapestSlots(b.splittable[0], 0, &pricesOfItsSite, nullptr, scratch);
#pragma once

#include "simulator.h"

#include <utility>
#include <vector>

namespace greenlight {

// An interruptible job: its hourly slots before the deadline (shared by all sites) and, per
// eligible site, the cost of running one hour in each slot plus the cheapest data movement.
struct SplittableJob {
    std::size_t job; // index into the workload
    int gpus;
    double durationH;
    std::vector<std::size_t> slotHour; // ledger hour of each slot
    std::vector<double> slotHours;     // length of each slot, h (the first may be partial)
    std::vector<std::size_t> sites;
    std::vector<std::vector<double>> gramsPerHour; // [site][slot]
    std::vector<double> migrationGrams;            // [site]
};

// A job that runs in one piece: its candidate starts (as the policies use) at each eligible site.
struct ContiguousJob {
    std::size_t job; // index into the workload
    int gpus;
    long long durationS;
    std::vector<std::size_t> sites;
    std::vector<UtcTime> starts;
    std::vector<double> startH;    // hours from the ledger origin, per start
    std::vector<double> costGrams; // [site index in `sites`][start], flattened
};

struct BoundJobs {
    std::vector<SplittableJob> splittable;
    std::vector<ContiguousJob> contiguous;
    // The dearest GPU-hour of any site (g): a capacity price above it cannot move a job.
    double dearestGpuHourGrams = 0.0;
};

// Jobs no site may take, or with no option of known cost, are left out.
BoundJobs boundJobs(const Fleet& fleet, const TraceLibrary& traces, const std::vector<Job>& jobs,
                    const SimulationSetup& setup);

// The cheapest hours of a splittable job at its k-th site under `price` (per ledger hour; null:
// none), filled fractionally: the grams, and when `taken` is given the (slot, hours) it takes.
// `scratch` is reused between calls.
double cheapestSlots(const SplittableJob& job, std::size_t k, const std::vector<double>* price,
                     std::vector<std::pair<std::size_t, double>>* taken,
                     std::vector<std::pair<double, std::size_t>>& scratch);

// Adds `gpus` over [a, b) hours from the ledger origin to hourly GPU-hours, in fractions at
// both ends; the part outside the vector's hours is left out.
void addGpuHours(std::vector<double>& usage, double a, double b, double gpus);

} // namespace greenlight
