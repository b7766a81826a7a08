// Reading auto-approval rules from a JSON file, for `rules set` and for `simulate
// --approval-rules` (which counts the approvals those rules would ask for).
//
//   Result<ApprovalRules> rules = readApprovalRulesFile("rules.json");
#pragma once

#include "core/proposal/approvalrules.h"

#include <string>

namespace greenlight::cli {

Result<ApprovalRules> readApprovalRulesFile(const std::string& path);

} // namespace greenlight::cli
