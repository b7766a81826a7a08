// Proposals as JSON: the file format a policy run or an external planner hands to
// `greenlight-cli proposals file`, and the shape the CLI prints with --json.
//
//   Result<Proposal> p = proposalFromJson(doc, "proposal.json");
//   std::string text = proposalToJson(*p).dump(2);
#pragma once

#include "core/json/json.h"
#include "core/proposal/proposal.h"

#include <string_view>

namespace greenlight {

// {"id": "P-1", "policy": "carbon-window", "kind": "defer", "job": "job-42",
//  "source_site": "fra1", "target_site": "fra1", "source_jurisdiction": "EU",
//  "target_jurisdiction": "EU", "original_start": ISO, "planned_start": ISO, "deadline": ISO,
//  "run_hours": 2, "expected_saving_kg": 1.2, "saving_band_kg": [0.6, 1.8],
//  "reasons": ["…"], "budget_state": "NORMAL"}
Result<Proposal> proposalFromJson(const JsonValue& doc, std::string_view label);
JsonValue proposalToJson(const Proposal& proposal);

} // namespace greenlight
