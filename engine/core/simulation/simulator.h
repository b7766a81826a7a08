// Replays a workload against a fleet and the recorded intensity traces with one policy: every job
// is decided at its submit time with what the policy's outlook knew then, capacity is reserved
// hour by hour, and the run is accounted with the actual recorded intensity.
//
//   SimulationSetup setup = makeSetup(fleet, traces, jobs);
//   SimulationRun run = simulate(fleet, traces, jobs, *policy, outlook, setup);
#pragma once

#include "core/accounting/sitekpis.h"
#include "core/fleet/fleet.h"
#include "core/scheduler/facilityintensity.h"
#include "core/scheduler/framework.h"
#include "core/scheduler/schedulingpolicy.h"
#include "core/tracelibrary.h"
#include "core/workload/job.h"

#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace greenlight {

struct SimulationSetup {
    UtcTime origin{};           // first hour of the ledger
    std::size_t hours = 0;      // ledger length
    TimeWindow submitPeriod{};  // first to last submit
    std::vector<bool> siteHasData;
    std::vector<std::string> excludedSites; // "sto1: SE-SE3 has no data for 2023-08-28 .. 2023-11-24"
    ApprovalRules approval = ApprovalRules::defaults(); // Permit's rules (PlanningContext)
    double guestShareLimit = kDefaultGuestShareLimit; // see PlanningContext
    std::optional<BudgetCaps> budget; // keep a carbon budget during the run
    // Intensity × PUE(t) per site, shared with the outlooks; null: the sites' constant design PUE.
    std::shared_ptr<const FacilityIntensity> facility;
    // Optional, for long runs in a UI: called every few jobs with the share of jobs decided so far
    // (0..1); returning false stops the run, which then comes back with `cancelled` set and no
    // inventory. Empty by default: no calls, nothing changes.
    std::function<bool(double fractionDone)> progress;
};

// Sites whose trace covers the hours of every submit get data; the others are excluded and
// named. (Hours after a trace's end, where deferred or long work runs, are read 52 weeks
// earlier, as the outlooks and the accounting do.) The ledger spans the submits plus the longest
// SLO and run, and on an overloaded fleet the time its backlog needs.
SimulationSetup makeSetup(const Fleet& fleet, const TraceLibrary& traces, const std::vector<Job>& jobs);

// The whole hours the jobs are submitted in: what a site's trace must cover.
TimeWindow hoursNeedingData(const std::vector<Job>& jobs);

// When the jobs would all be done if `gpus` GPUs worked on them as one fluid pool, each from its
// submit time: a lower bound on any schedule's makespan, used to size the ledger.
UtcTime fluidMakespan(const std::vector<Job>& jobs, int gpus);

struct SimulationRecord {
    std::string jobId;
    std::size_t homeSite = 0;
    std::size_t site = 0;
    int gpus = 0;
    UtcTime submit{};
    UtcTime start{};
    UtcTime finish{};
    std::size_t parts = 1;
    std::vector<TimeWindow> segments; // when it ran (several when paused)
    double itEnergyKwh = 0.0;
    double facilityEnergyKwh = 0.0;
    double emissionsKg = 0.0; // actual, incl. data movement
    double migrationKg = 0.0;
    double expectedKg = 0.0;  // what the policy expected
    bool placed = false;
    bool deadlineMissed = false;
    bool needsApproval = false;
    BudgetState budgetState = BudgetState::Invalid; // what Permit judged by (Invalid: no budget)
    std::string reason;
};

struct SimulationRun {
    std::string policy;
    std::string outlook;
    std::vector<SimulationRecord> records;
    std::size_t jobs = 0;
    std::size_t unplaced = 0;       // no room before the ledger ended: emissions not counted
    std::size_t deadlineMisses = 0; // including the unplaced
    std::size_t migrations = 0;
    std::size_t approvalsNeeded = 0; // decisions the approval rules send to a human
    // Of those, decisions that change nothing (home site, at submit) and wait only because the
    // carbon budget is CRITICAL: a review flag, with no move or deferral to propose.
    std::size_t approvalsBudgetOnly = 0;
    std::size_t replans = 0; // plans released to make room for pinned work, then placed again
    std::size_t pauses = 0;  // interruptible jobs paused to make room for work that would miss
    std::size_t delayedStarts = 0; // interruptible jobs not yet started that start later for it
    double itEnergyKwh = 0.0;
    double facilityEnergyKwh = 0.0;
    double emissionsKg = 0.0;
    double gpuHours = 0.0;
    double p95DelayHours = 0.0;
    double meanDelayHours = 0.0;
    double utilisation = 0.0; // GPU-hours / (fleet GPUs × submit period)
    double elapsedMs = 0.0;
    // The run's inventory at the sites, hour by hour over the ledger (accounting/sitekpis.h):
    // facility energy = IT × PUE(t), Scope 2 location- and market-based, PUE, WUE, ERF, CFE …
    // per site with data and for the fleet. Data movement is not in it (it is in emissionsKg).
    std::vector<SiteKpis> siteKpis;
    SiteKpis fleetKpis;
    double sciGramsPerJob = 0.0; // SCI: location-based g per placed job, embodied not included
    // With a budget: the state at the end and every change of state during the run.
    BudgetState finalBudgetState = BudgetState::Invalid;
    std::vector<BudgetTransition> budgetTransitions;
    bool cancelled = false; // SimulationSetup::progress asked to stop: the figures are partial
};

// Each site's recorded grid intensity (null where its zone has no trace), in fleet order.
std::vector<const IntensitySeries*> gridSeries(const Fleet& fleet, const TraceLibrary& traces);
// The run's intensity × PUE(t): the setup's, or the sites' constant design PUE when it has none.
std::shared_ptr<const FacilityIntensity> runFacility(const Fleet& fleet, const TraceLibrary& traces,
                                                     const SimulationSetup& setup);

SimulationRun simulate(const Fleet& fleet, const TraceLibrary& traces, const std::vector<Job>& jobs,
                       SchedulingPolicy& policy, const IntensityOutlook& outlook,
                       const SimulationSetup& setup);

} // namespace greenlight
