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

#include <optional>
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

// What the rules look at: a filed proposal, or a policy's decision before it is one (the
// simulator's Permit uses the same rules, so its approvals_needed is what the store would ask).
struct ApprovalCase {
    std::string policy;
    bool moves = false; // to another site
    std::string sourceJurisdiction;
    std::string targetJurisdiction;
    Seconds delay{0};          // planned start − the start without the proposal
    double slackMinutes = 0.0; // left between the planned finish and the deadline
    BudgetState budgetState = BudgetState::Normal;
    // The pessimistic end of the saving's band; unknown before filing (a decision in a
    // simulation has no band yet), when the band rule is judged at filing.
    std::optional<double> savingLowG;
};

ApprovalDecision decideApproval(const ApprovalCase& decision, const ApprovalRules& rules);
ApprovalDecision decideApproval(const Proposal& proposal, const ApprovalRules& rules);

// How long a proposal for this policy waits for a human (the matching rule's, else 60 min).
Seconds humanTimeoutFor(const Proposal& proposal, const ApprovalRules& rules);

} // namespace greenlight
