// Which cluster carries out work for which site: a small JSON file an admin keeps next to the
// fleet file. Secrets never live in it: SSH uses a key file or the agent.
//
//   {"clusters": [{"site": "fra1", "kind": "slurm-ssh", "host": "login.fra1.example",
//                  "port": 22, "user": "greenlight", "identity": "/etc/greenlight/id_ed25519",
//                  "known_hosts": "/etc/greenlight/known_hosts", "partition": "gpu",
//                  "min_interval_ms": 200, "job_command": "/opt/greenlight/run-job {job}",
//                  "time_limit_factor": 2, "checkpoint_grace_s": 60}]}
//   Result<ClusterConfig> c = loadClusterConfig("clusters.json");
#pragma once

#include "dispatch/sshsession.h"

#include <chrono>
#include <filesystem>
#include <string>
#include <vector>

namespace greenlight {

struct ClusterEndpoint {
    std::string site;      // the fleet's site id
    std::string kind;      // "slurm-ssh" (slurm-rest and k8s come with their clients)
    SshTarget ssh;
    std::string partition; // the Slurm partition that is this site
    std::chrono::milliseconds minInterval{0};
    // What the console submits for a proposal's job when no command is given ("{job}" becomes the
    // job id), e.g. "/opt/greenlight/run-job {job}". Empty: a command must be given.
    std::string jobCommand;
    // sbatch --time: the proposal's expected run × this factor, and at least an hour more than the
    // run (a tight limit kills real jobs that run long; none leaves the partition's default, which
    // may be shorter, and backfill cannot plan around the job). 0: no --time.
    double timeLimitFactor = 2.0;
    // How long a job asked to checkpoint (migrations with --checkpoint) may take to write it and
    // end before it is cancelled. 0: cancelled at once.
    Seconds checkpointGrace{60};

    // The --time for a job expected to run `run` (0 s: none).
    Seconds timeLimitFor(Seconds run) const;
    // jobCommand for `jobId`: "{job}" becomes the id as one shell word (quoted unless it is plain
    // letters, digits and ._+:@%/=,-), also when the id itself contains "{job}".
    std::string commandFor(const std::string& jobId) const;
};

struct ClusterConfig {
    std::vector<ClusterEndpoint> clusters;
    const ClusterEndpoint* forSite(const std::string& site) const;
};

Result<ClusterConfig> parseClusterConfig(std::string_view text, std::string_view label);
Result<ClusterConfig> loadClusterConfig(const std::filesystem::path& path);

} // namespace greenlight
