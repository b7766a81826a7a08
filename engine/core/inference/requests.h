// Reads an LLM request trace (the request layout of shared/data/workloads:
// request_id,timestamp_utc,context_tokens,generated_tokens) and fills what traces lack by a
// documented rule: user region, quality floor and latency SLA from a stable hash of the id.
//
//   Result<std::vector<InferenceRequest>> r = loadRequestsCsv("azure_llm_conv_2023.csv", fleet, {});
#pragma once

#include "inferencerouter.h"

#include <filesystem>

namespace greenlight {

struct RequestRules {
    double latencySlaMs = 250.0;
    // Shares of requests whose floor is the quality of tier 0, 1, 2 (by a stable hash).
    std::vector<double> floorShares = {0.6, 0.3, 0.1};
    std::string describe() const;
};

Result<std::vector<InferenceRequest>> parseRequestsCsv(std::string_view text, std::string_view label,
                                                       const Fleet& fleet,
                                                       const std::vector<ModelTier>& tiers,
                                                       const RequestRules& rules);
Result<std::vector<InferenceRequest>> loadRequestsCsv(const std::filesystem::path& path,
                                                      const Fleet& fleet,
                                                      const std::vector<ModelTier>& tiers,
                                                      const RequestRules& rules);

} // namespace greenlight
