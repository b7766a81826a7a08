// A unit of flexible GPU work the scheduler places in time and space.
//
//   Job job{.id = "philly-000042", .gpus = 8, .duration = Hours{3}, .submit = t, .maxDelay = Hours{24}};
//   UtcTime latestStart = job.latestStart();
#pragma once

#include "core/utctime.h"

#include <string>
#include <vector>

namespace greenlight {

enum class JobKind { Invalid, Training, FineTuning, BatchInference, OnlineInference };

const char* jobKindName(JobKind kind);
JobKind jobKindFromName(const std::string& name);

struct Job {
    std::string id;
    JobKind kind = JobKind::Training;
    int gpus = 1;
    // The share of its GPU a GPU-sharing job uses (a pod asking 460 thousandths: 0.46): its power
    // is that share of the GPU's. The capacity ledger still holds the whole GPU for it.
    double gpuShare = 1.0;
    std::string gpuType;             // empty: any type
    Seconds duration{0};             // run time without interruptions
    UtcTime submit{};
    Seconds maxDelay{0};             // the SLO: latest start = submit + maxDelay
    bool interruptible = false;      // can checkpoint and resume
    Seconds checkpointOverhead{0};   // extra run time per resume
    std::size_t homeSite = 0;        // index into the fleet
    std::string homeDrawKey;         // what the home was drawn by (empty: the id); re-homing uses it too
    std::vector<std::string> allowedJurisdictions; // empty: anywhere
    double dataSizeGb = 0.0;         // moved when the job runs away from home
    int priority = 0;

    UtcTime latestStart() const { return submit + maxDelay; }
    UtcTime deadline() const { return submit + maxDelay + duration; } // latest finish
    bool allows(const std::string& jurisdiction) const;
};

} // namespace greenlight
