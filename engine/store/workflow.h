// The proposal/approval workflow with roles enforced and every step audited: each state change
// and its audit record commit in one transaction, and every refusal is audited too.
//
//   Workflow flow(db, [] { return nowUtc(); });
//   Result<std::string> me = flow.signIn(osUserName());       // the first user becomes admin
//   Result<Proposal> p = flow.approve(*me, "P-job42-1700000000", "window fits the SLO");
#pragma once

#include "core/access/role.h"
#include "core/proposal/approvalrules.h"
#include "core/proposal/proposal.h"
#include "store/auditlog.h"
#include "store/database.h"
#include "store/proposalrepository.h"
#include "store/userdirectory.h"

#include <functional>
#include <optional>
#include <ostream>
#include <string>
#include <vector>

namespace greenlight {

using UtcClock = std::function<UtcTime()>;

class Workflow {
public:
    Workflow(Database& db, UtcClock clock);

    // Registers the user on first sight: the very first user becomes admin, later ones viewers.
    Result<std::string> signIn(const std::string& user);
    Result<std::vector<Role>> rolesOf(const std::string& user);

    // --- proposals ------------------------------------------------------------------------
    // Filed by the engine for a policy; auto-approved when the rules allow it.
    Result<Proposal> file(const Proposal& proposal);
    // The same, handed in by a user (from a planner run or a file): operators only, since a
    // filed proposal may be auto-approved.
    Result<Proposal> file(const std::string& user, const Proposal& proposal);
    // Newest first, at most `limit` of them (−1: all; a list that stopped at 1,000 without a word
    // hid the rest from operators).
    Result<std::vector<Proposal>> list(const std::string& user, std::optional<ProposalState> state, int limit = -1);
    Result<Proposal> show(const std::string& user, const std::string& id);
    Result<Proposal> approve(const std::string& user, const std::string& id, const std::string& reason);
    Result<Proposal> reject(const std::string& user, const std::string& id, const std::string& reason);
    // Before dispatch: re-checks an approved proposal on fresh data; a stale one expires.
    Result<Proposal> revalidate(const std::string& user, const std::string& id, double freshSavingG);
    // Whether `user` may dispatch `id` (refusals audited), asked before anything is sent.
    Status mayDispatch(const std::string& user, const std::string& id);
    Result<Proposal> markDispatched(const std::string& user, const std::string& id,
                                    const std::string& detail);
    // Results reported by the dispatcher (the engine itself).
    Result<Proposal> confirm(const std::string& id, const std::string& detail);
    Result<Proposal> fail(const std::string& id, const std::string& detail);
    Result<Proposal> rollBack(const std::string& user, const std::string& id, const std::string& reason);
    // Expires open proposals that can no longer meet their job's deadline, and proposals that
    // waited for a human longer than their rule's timeout (Permit). Returns how many.
    Result<int> expireOverdue();

    // --- administration -------------------------------------------------------------------
    Status addUser(const std::string& admin, const std::string& name, Role role);
    Status grant(const std::string& admin, const std::string& name, Role role);
    Status revoke(const std::string& admin, const std::string& name, Role role);
    Result<std::vector<UserRecord>> users(const std::string& user);
    Status setApprovalRules(const std::string& admin, const ApprovalRules& rules);
    Result<ApprovalRules> approvalRules();

    // --- audit ------------------------------------------------------------------------------
    Result<AuditVerification> verifyAudit(const std::string& user,
                                          const std::optional<AuditAnchor>& anchor = std::nullopt);
    Status exportAudit(const std::string& user, std::ostream& out, AuditExportFormat format);

private:
    // The role that allows `permission`, or PermissionDenied after auditing the refusal.
    Result<Role> authorize(const std::string& user, Permission permission,
                           const std::string& objectType, const std::string& objectId);
    Result<Proposal> fileAs(const std::string& actor, const Proposal& proposal);
    Result<Proposal> move(const std::string& actor, const std::string& role, const std::string& id,
                          ProposalState to, const std::string& action, const std::string& reason,
                          const std::optional<ProposalState>& requiredFrom = std::nullopt);
    Status changeRole(const std::string& admin, const std::string& name, Role role, bool granting,
                      bool create);
    // Expires `p` (open in `state`) when it is overdue at `now`; whether it did. Someone acting
    // on it first is no error.
    Result<bool> expireIfOverdue(const Proposal& p, ProposalState state, UtcTime now, const ApprovalRules& rules);

    Database& m_db;
    UtcClock m_clock;
    AuditLog m_audit;
    ProposalRepository m_proposals;
    UserDirectory m_users;
};

// The audit chain, its head and the proposals' trails checked from one snapshot, reading only:
// what verifyAudit() does after its access check, and what `audit verify` runs on a database it
// opens read-only (anyone may check the chain; it reveals nothing the file does not).
Result<AuditVerification> verifyStoreAudit(Database& db, const std::optional<AuditAnchor>& anchor = std::nullopt);

// The audit "inputs" for a proposal: what an auditor needs to judge the decision.
std::string proposalInputsJson(const Proposal& proposal);

} // namespace greenlight
