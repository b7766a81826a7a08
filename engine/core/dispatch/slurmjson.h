// Parsers for `squeue --json` and `sinfo --json`, plain functions over bytes (fuzzable). Both
// schemas are read: 21.08/22.05 (times as epoch numbers, job_state a string) and 23.02+ (times as
// {"set", "infinite", "number"} objects, job_state an array of flags).
//
//   Result<std::vector<ClusterJob>> jobs = parseSqueueJson(output, "squeue@fra1");
#pragma once

#include "core/dispatch/clusterjob.h"

#include <string_view>
#include <vector>

namespace greenlight {

Result<std::vector<ClusterJob>> parseSqueueJson(std::string_view text, std::string_view label);
Result<std::vector<ClusterNode>> parseSinfoJson(std::string_view text, std::string_view label);

// "PENDING" (+ reason) → Pending / Held (reasons JobHeldAdmin, JobHeldUser) …
ClusterJobState slurmStateFrom(const std::string& state, const std::string& reason);

} // namespace greenlight
