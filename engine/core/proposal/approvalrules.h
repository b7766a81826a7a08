// Which proposals may be approved without a human. Rules are per policy (or "*" for all); a
// migration across jurisdictions is never auto-approved, and a budget in CRITICAL state sends
// everything to human review.
//
//   ApprovalDecision d = decideApproval(proposal, ApprovalRules::defaults());
//   if (d.autoApprove) approve(proposal, "auto:" + d.rule);
#pragma once

#include "core/json/json.h"
#include "core/proposal/proposal.h"
#include "core/status.h"

#include <string>
#include <vector>

namespace greenlight {

struct AutoApprovalRule {
    std::string policy = "*"; // the policy filing the proposal; "*" matches any
    Seconds maxDeferral{2 * 3600};          // deferrals up to this delay are approved alone
    bool allowMigrations = false;           // within one jurisdiction only, ever
    double minSlackMinutes = 30.0;          // keep this margin before the deadline
    bool requireBandSaving = true;          // the pessimistic end of the band must still save
    // Permit's wait for a human: a proposal nobody decided on within this time expires and the
    // job keeps its original plan (the safe default).
    Seconds humanTimeout{3600};
};

struct ApprovalRules {
    std::vector<AutoApprovalRule> rules; // first matching policy wins

    // Deferrals under 2 h with 30 min of slack left, for every policy; no migrations.
    static ApprovalRules defaults();
};

// {"rules": [{"policy": "carbon-window", "maxDeferralHours": 2, "allowMigrations": false,
//             "minSlackMinutes": 30, "requireBandSaving": true, "humanTimeoutMinutes": 60}]}
Result<ApprovalRules> parseApprovalRules(const JsonValue& document);
JsonValue approvalRulesToJson(const ApprovalRules& rules);

struct ApprovalDecision {
    bool autoApprove = false;
    std::string rule;   // "carbon-window/deferral ≤ 2 h" when approved
    std::string reason; // why it was, or why a human must look
};

ApprovalDecision decideApproval(const Proposal& proposal, const ApprovalRules& rules);

// How long a proposal for this policy waits for a human (the matching rule's, else 60 min).
Seconds humanTimeoutFor(const Proposal& proposal, const ApprovalRules& rules);

} // namespace greenlight
