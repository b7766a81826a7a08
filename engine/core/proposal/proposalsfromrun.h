// Turns a policy's decisions into proposals for operators: every job the policy runs somewhere
// else or later than the carbon-agnostic baseline becomes a defer / migrate proposal, with the
// saving it expects (baseline's expected kg − the policy's, both from the same forecast), a band
// from how wrong such expectations were for jobs that had already finished when this one was
// decided (no look-ahead), and the policy's reason in words.
//
//   std::vector<Proposal> ps = proposalsFromRun(fleet, jobs, baselineRun, policyRun, {.limit = 50});
#pragma once

#include "core/fleet/fleet.h"
#include "core/proposal/approvalrules.h"
#include "core/proposal/proposal.h"
#include "core/simulation/simulator.h"

#include <vector>

namespace greenlight {

struct ProposalsFromRunOptions {
    std::size_t limit = 50;          // the largest expected savings first
    double minSavingG = 1.0;         // smaller differences are noise, not proposals
    BudgetState budgetState = BudgetState::Normal; // for records that carry no state of their own
    // Band when fewer than this many earlier jobs had finished: ± fallbackRelativeError.
    std::size_t minHistory = 20;
    double fallbackRelativeError = 0.25;
};

// Decisions that differ from the baseline but became no proposal, by why: operators are told,
// since a deferral or move left out is one nobody approves.
struct ProposalsLeftOut {
    std::size_t belowMinSaving = 0; // expected to save under minSavingG
    std::size_t missingDeadline = 0; // the plan breaks the job's SLO
    std::size_t beyondLimit = 0;     // smaller savings than the limit's last
    std::size_t total() const { return belowMinSaving + missingDeadline + beyondLimit; }
};

std::vector<Proposal> proposalsFromRun(const Fleet& fleet, const std::vector<Job>& jobs,
                                       const SimulationRun& baseline, const SimulationRun& policyRun,
                                       const ProposalsFromRunOptions& options,
                                       ProposalsLeftOut* leftOut = nullptr);

// The run's approvals as filing would decide them: a decision that becomes one of `proposals`
// needs a human when the rules say so with its band known (Permit, at decision time, knows no
// band and let requireBandSaving pass); the others keep Permit's verdict. Updates each record's
// needsApproval and the run's approvalsNeeded.
void countApprovalsAsFiled(SimulationRun& run, const std::vector<Proposal>& proposals, const ApprovalRules& rules);

} // namespace greenlight
