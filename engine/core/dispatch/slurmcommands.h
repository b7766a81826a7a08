// The exact command lines Greenlight sends to a Slurm login node over SSH, built in one place so
// dry-run shows precisely what would run. Every argument is shell-quoted; times are given in UTC
// (TZ=UTC for the client that parses them); the idempotency key rides in the job's comment.
//
//   Result<std::string> cmd = sbatchCommand(spec);   // "env TZ=UTC sbatch --parsable …"
//   std::string hold = scontrolHoldCommand("4242");
#pragma once

#include "core/dispatch/clusterjob.h"

#include <string>

namespace greenlight {

inline constexpr const char* kCommentPrefix = "greenlight:";

Result<std::string> sbatchCommand(const ClusterJobSpec& spec);
Result<std::string> scontrolHoldCommand(const std::string& jobId);
Result<std::string> scontrolReleaseCommand(const std::string& jobId);
Result<std::string> scontrolUpdateStartCommand(const std::string& jobId, UtcTime start);
Result<std::string> scancelCommand(const std::string& jobId);
// Our own jobs only (--me): the listing the idempotency lookups and status polls read.
std::string squeueJsonCommand();
std::string sinfoJsonCommand();

// "2025-01-01T02:00:00" (Slurm's time syntax, read as UTC thanks to TZ=UTC).
std::string slurmUtcTime(UtcTime t);
// Slurm job ids are decimal numbers ("4242"; array tasks "4242_7").
Status validateSlurmJobId(const std::string& jobId);

} // namespace greenlight
