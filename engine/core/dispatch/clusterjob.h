// What dispatch says to and hears from a cluster, independent of its kind (Slurm, Kubernetes).
// The idempotency key (the proposal id) travels with the job, so a retry finds the earlier attempt.
//
//   ClusterJobSpec spec{.name = "train-7", .idempotencyKey = "P-job-7-defer", .partition = "fra1",
//                       .command = "python train.py", .gpus = 8};
#pragma once

#include "core/status.h"
#include "core/utctime.h"

#include <optional>
#include <string>
#include <vector>

namespace greenlight {

struct ClusterJobSpec {
    std::string name;            // the user's job name, passed literally
    std::string idempotencyKey;  // "P-…": stored as the job's comment (Slurm) or object name (k8s)
    std::string partition;       // Slurm partition / k8s node pool standing for the site
    std::string command;         // what the job runs (Slurm --wrap); a checkpoint reference is an argument
    std::string workingDirectory = "/tmp";
    int gpus = 0;                // 0: no GPU request (CPU-only test clusters)
    int cpus = 1;
    Seconds timeLimit{0};        // 0: the partition's default
    std::optional<UtcTime> begin; // deferred start
};

// Letters, digits and - _ . : only, 1..128 characters: the key is matched exactly in queue listings.
Status validateIdempotencyKey(const std::string& key);
bool isIdempotencyKeyChar(char c);

enum class ClusterJobState { Invalid, Pending, Held, Running, Suspended, Completed, Cancelled, Failed, Unknown };
const char* clusterJobStateName(ClusterJobState state);

struct ClusterJob {
    std::string id;        // Slurm job id / k8s object name
    std::string name;
    std::string comment;   // carries the idempotency key
    std::string partition;
    ClusterJobState state = ClusterJobState::Invalid;
    std::string rawState;  // "PENDING", ["PENDING"] joined: what the scheduler said
    std::string reason;    // "BeginTime", "JobHeldAdmin", …
    std::optional<UtcTime> submitTime;
    std::optional<UtcTime> eligibleTime; // begin time for a deferred job
    std::optional<UtcTime> startTime;
    int cpus = 0;
    int nodes = 0;
};

struct ClusterNode {
    std::string name;
    std::string state;               // "idle", "mixed", "allocated", "down", …
    std::vector<std::string> partitions;
    int cpus = 0;
    int allocatedCpus = 0;
    std::string gres;                // "gpu:a100:8"
};

// Capacity per partition (site) from the nodes: what the engine's capacity ledger needs.
struct PartitionCapacity {
    std::string partition;
    int nodes = 0;
    int nodesUp = 0;
    int cpus = 0;
    int allocatedCpus = 0;
    int gpus = 0;
};
std::vector<PartitionCapacity> capacityByPartition(const std::vector<ClusterNode>& nodes);

} // namespace greenlight
