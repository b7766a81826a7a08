// A proposed scheduling action (defer a job, move it to another site) and its lifecycle:
//
//   proposed → approved | rejected | expired
//   approved → dispatched | expired (re-validated against fresh data and found stale)
//   dispatched → confirmed | failed
//   confirmed | failed → rolled-back
//
//   Proposal p = ...;                       // filed by a policy, with reasons in plain words
//   Status s = checkTransition(p.state, ProposalState::Approved);
#pragma once

#include "core/budget/carbonbudget.h"
#include "core/status.h"
#include "core/utctime.h"

#include <string>
#include <string_view>
#include <vector>

namespace greenlight {

enum class ProposalKind {
    Invalid,
    Defer,          // same site, later start
    Migrate,        // another site, start as planned
    DeferAndMigrate // another site and a later start
};

enum class ProposalState {
    Invalid,
    Proposed,
    Approved,
    Rejected,
    Expired,
    Dispatched,
    Confirmed,
    Failed,
    RolledBack,
};

const char* proposalKindName(ProposalKind kind);            // "defer"
ProposalKind proposalKindFromName(std::string_view name);
const char* proposalStateName(ProposalState state);         // "approved"
ProposalState proposalStateFromName(std::string_view name);
bool isTerminal(ProposalState state); // rejected, expired, rolled-back

struct Proposal {
    std::string id;      // "P-<job>-<unix time>", stable for idempotent dispatch
    UtcTime createdAt{};
    std::string policy;  // "spatiotemporal"
    ProposalKind kind = ProposalKind::Invalid;
    std::string jobId;
    std::string sourceSite;
    std::string targetSite;
    std::string sourceJurisdiction;
    std::string targetJurisdiction;
    UtcTime originalStart{}; // when the job would start without the proposal
    UtcTime plannedStart{};
    UtcTime deadline{};      // the job's deadline; the proposal expires when it can no longer meet it
    Seconds runDuration{0};
    int gpus = 0; // GPUs the job runs on (dispatch asks the cluster for them); 0: not known
    double expectedSavingG = 0.0; // vs running as originally planned
    double savingLowG = 0.0;      // from the forecast's prediction band
    double savingHighG = 0.0;
    std::vector<std::string> reasons; // plain words, most important first
    BudgetState budgetState = BudgetState::Normal;

    ProposalState state = ProposalState::Proposed;
    UtcTime stateChangedAt{};
    std::string decidedBy;       // user, or "auto:<rule>"
    std::string decisionReason;

    Seconds delay() const { return plannedStart - originalStart; }
    bool crossesJurisdiction() const { return sourceJurisdiction != targetJurisdiction; }
    // Minutes of slack left between the planned finish and the deadline (negative: late).
    double slackMinutes() const;
};

// Structural checks on a new proposal: ids, kind consistent with sites and start, the finish
// before the deadline, a band around the expected saving.
Status validateProposal(const Proposal& proposal);

// Ok when `from → to` is a lifecycle edge; FailedPrecondition naming both states otherwise.
Status checkTransition(ProposalState from, ProposalState to);

// Whether the job can no longer finish by its deadline if started now or as planned, whichever
// is later: such a proposal expires, and no rule approves it alone.
bool deadlineOutOfReach(const Proposal& p, UtcTime now);

} // namespace greenlight
