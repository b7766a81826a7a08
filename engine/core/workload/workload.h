// Reads a real job trace (the job layout of shared/data/workloads:
// job_id,submit_time_utc,duration_s,gpus,status,…) and turns each row into a Job. Real traces have
// no deadlines, homes or data sizes, so a documented, configurable WorkloadRules fills them in,
// the same way for every trace; the rules are printed with every result.
//
//   Result<Workload> w = loadWorkloadCsv("philly.csv", WorkloadRules{.shiftWeeks = 312}, fleet);
#pragma once

#include "job.h"

#include "core/fleet/fleet.h"
#include "core/status.h"

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace greenlight {

struct WorkloadRules {
    int shiftWeeks = 0;                 // move the whole trace by whole weeks (keeps weekday/hour)
    Seconds longJobThreshold{3600};     // jobs longer than this are "long"
    Seconds maxDelayLong{24 * 3600};    // SLO of long jobs
    Seconds maxDelayShort{4 * 3600};    // SLO of short jobs
    // Jobs of the Kubernetes QoS classes a trace marks latency-sensitive (a `queue` of LS or
    // Guaranteed, as Alibaba's openb pods): online services that start when submitted and are
    // never paused; best-effort ones (BE) give way to all others. Traces without QoS
    // classes (Philly's queue is a virtual cluster) are all of one, normal priority.
    Seconds maxDelayLatencySensitive{0};
    Seconds interruptibleAbove{6 * 3600}; // longer jobs checkpoint and may be paused
    Seconds checkpointOverhead{300};    // per resume
    double dataGbPerGpu = 20.0;         // data moved per GPU when a job leaves home
    double sovereignShare = 0.2;        // share of jobs pinned to their home jurisdiction
    JobKind kind = JobKind::Training;
    std::string homeSiteId;             // empty: homes spread over sites by capacity
    // Which of the equally valid draws of homes (0: the standard one). Other draws show how much
    // a figure owes to where the homes fell (`simulate --home-draw N`).
    int homeDraw = 0;

    std::string describe() const; // one line for reports
};

// Job priorities from a trace's QoS class: paused work gives way only to work of its priority or
// higher.
inline constexpr int kPriorityBestEffort = 0;
inline constexpr int kPriorityNormal = 1;
inline constexpr int kPriorityLatencySensitive = 2;

struct Workload {
    std::vector<Job> jobs;          // sorted by submit time
    std::size_t skippedCpuOnly = 0; // gpus == 0
    std::size_t skippedNeverStarted = 0; // status "pending"
    std::size_t skippedTooLarge = 0;     // more GPUs than the largest allowed site
    std::size_t skippedZeroDuration = 0; // ran for no time at all
    std::size_t latencySensitive = 0;    // jobs of QoS class LS or Guaranteed
    std::size_t bestEffort = 0;          // jobs of QoS class BE
    std::size_t gpuSharing = 0;          // 1-GPU jobs asking less than the whole GPU (gpu_milli)
};

// `label` names the file in errors ("philly.csv:12: …").
Result<Workload> parseWorkloadCsv(std::string_view text, std::string_view label,
                                  const WorkloadRules& rules, const Fleet& fleet);
Result<Workload> loadWorkloadCsv(const std::filesystem::path& path, const WorkloadRules& rules,
                                 const Fleet& fleet);

// Stable 64-bit FNV-1a: the same job lands on the same home on every machine.
std::uint64_t stableHash(std::string_view text);

// A well-mixed 64-bit hash of (key, member) for rendezvous draws: the member that draws best for a
// key wins, whatever order the members are listed in.
std::uint64_t rendezvousHash(std::string_view key, std::string_view member);

// One of `candidates` (fleet indices), drawn by `key` (a job id) in proportion to the sites' GPUs:
// how homes are spread over a fleet. The same whatever the order of the sites; without one
// candidate, only the keys it would have won move. nullopt without candidates.
std::optional<std::size_t> drawSiteByCapacity(std::string_view key, const Fleet& fleet,
                                              const std::vector<std::size_t>& candidates);

} // namespace greenlight
