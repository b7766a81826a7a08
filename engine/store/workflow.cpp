#include "store/workflow.h"

#include "store/proposaltrail.h"

#include "core/json/json.h"
#include "core/proposal/revalidation.h"

#include <algorithm>

namespace greenlight {

namespace {

constexpr const char* kSource = "workflow";

// Why an open proposal (in `state`) has expired at `now`, or empty while it stands: its job can
// no longer finish by the deadline, or nobody decided within its rule's human timeout.
std::string overdueBecause(const Proposal& p, ProposalState state, UtcTime now, const ApprovalRules& rules)
{
    if (deadlineOutOfReach(p, now))
        return "the job can no longer finish before its deadline " + formatIsoUtc(p.deadline);
    if (state == ProposalState::Proposed) {
        const Seconds timeout = humanTimeoutFor(p, rules);
        if (now >= p.createdAt + timeout)
            return "no operator decided within " + std::to_string(timeout.count() / 60)
                + " min; the job keeps its original plan";
    }
    return {};
}
constexpr const char* kRulesKey = "approval_rules";
// A plan filed a little after the start it was made for (the planner's own latency) is still current.
constexpr Seconds kStartTolerance{15 * 60};
constexpr const char* kSystemRole = "system";
constexpr const char* kEngineActor = "greenlight";

Status needReason(const std::string& reason, const char* what)
{
    if (reason.find_first_not_of(" \t\r\n") == std::string::npos)
        return Status(StatusCode::InvalidArgument, std::string("a reason is required to ") + what,
                      kSource);
    return Status::ok();
}

} // namespace

std::string proposalInputsJson(const Proposal& p)
{
    JsonValue o = JsonValue::object();
    o.set("policy", JsonValue::string(p.policy));
    o.set("kind", JsonValue::string(proposalKindName(p.kind)));
    o.set("job", JsonValue::string(p.jobId));
    o.set("source_site", JsonValue::string(p.sourceSite));
    o.set("target_site", JsonValue::string(p.targetSite));
    o.set("source_jurisdiction", JsonValue::string(p.sourceJurisdiction));
    o.set("target_jurisdiction", JsonValue::string(p.targetJurisdiction));
    o.set("original_start", JsonValue::string(formatIsoUtc(p.originalStart)));
    o.set("planned_start", JsonValue::string(formatIsoUtc(p.plannedStart)));
    o.set("deadline", JsonValue::string(formatIsoUtc(p.deadline)));
    o.set("run_s", JsonValue::number(static_cast<double>(p.runDuration.count())));
    if (p.gpus > 0)
        o.set("gpus", JsonValue::number(p.gpus));
    o.set("expected_saving_g", JsonValue::number(p.expectedSavingG));
    o.set("saving_band_g", JsonValue::array({JsonValue::number(p.savingLowG), JsonValue::number(p.savingHighG)}));
    o.set("budget_state", JsonValue::string(budgetStateName(p.budgetState)));
    return o.dump();
}

Workflow::Workflow(Database& db, UtcClock clock)
    : m_db(db), m_clock(std::move(clock)), m_audit(db), m_proposals(db), m_users(db)
{
}

Result<std::string> Workflow::signIn(const std::string& user)
{
    if (Status s = validateUserName(user); !s.isOk())
        return s;
    Transaction tx(m_db);
    if (!tx.begun().isOk())
        return tx.begun();
    Result<bool> known = m_users.exists(user);
    if (!known.ok())
        return known.status();
    if (!known.value()) {
        Result<std::int64_t> count = m_users.count();
        if (!count.ok())
            return count.status();
        const bool first = count.value() == 0;
        const Role role = first ? Role::Admin : Role::Viewer;
        const UtcTime now = m_clock();
        if (Status s = m_users.add(user, now); !s.isOk())
            return s;
        if (Status s = m_users.grant(user, role, kEngineActor, now); !s.isOk())
            return s;
        Result<AuditRecord> audited = m_audit.append(
            {now, kEngineActor, kSystemRole, first ? "user.bootstrap-admin" : "user.register", "user",
             user,
             {first ? "the first user of a new database becomes its admin"
                    : "unknown users start as viewers until an admin grants more"},
             "{\"role\":\"" + std::string(roleName(role)) + "\"}"});
        if (!audited.ok())
            return audited.status();
    }
    if (Status s = tx.commit(); !s.isOk())
        return s;
    return user;
}

Result<std::vector<Role>> Workflow::rolesOf(const std::string& user) { return m_users.rolesOf(user); }

Result<Role> Workflow::authorize(const std::string& user, Permission permission,
                                 const std::string& objectType, const std::string& objectId)
{
    Result<std::vector<Role>> roles = m_users.rolesOf(user);
    if (!roles.ok())
        return roles.status();
    if (std::optional<Role> role = grantingRole(roles.value(), permission))
        return *role;

    std::string held;
    for (Role r : roles.value())
        held += (held.empty() ? "" : ", ") + std::string(roleName(r));
    const std::string why = user + (held.empty() ? " holds no role" : " (" + held + ")")
        + " may not " + permissionName(permission);
    // The refusal is audited in a transaction of its own: it must stay even though nothing happened.
    // The same refusal again within the hour is not: a console refreshing every 15 s for a user
    // without a role wrote 5,760 records a day.
    const std::string inputs = "{\"permission\":\"" + std::string(permissionName(permission)) + "\"}";
    const UtcTime now = m_clock();
    Result<Statement> recent = m_db.prepare(
        "SELECT count(*) FROM audit_log WHERE seq > (SELECT coalesce(max(seq), 0) - 1000 FROM audit_log)"
        " AND action = 'access.denied' AND actor = ?1 AND object_type = ?2 AND object_id = ?3 AND inputs = ?4"
        " AND time > ?5");
    if (!recent.ok())
        return recent.status();
    recent->bind(1, user).bind(2, objectType).bind(3, objectId).bind(4, inputs)
        .bind(5, static_cast<std::int64_t>((now - Hours{1}).time_since_epoch().count()));
    if (Result<bool> row = recent->step(); !row.ok())
        return row.status();
    if (recent->columnInt(0) == 0) {
        Result<AuditRecord> audited = m_audit.append(
            {now, user, held.empty() ? "none" : held, "access.denied", objectType, objectId, {why}, inputs});
        if (!audited.ok())
            return audited.status();
    }
    return Status(StatusCode::PermissionDenied, why, kSource);
}

Result<Proposal> Workflow::file(const Proposal& proposal)
{
    return fileAs("policy:" + proposal.policy, proposal);
}

Result<Proposal> Workflow::file(const std::string& user, const Proposal& proposal)
{
    if (Result<Role> role = authorize(user, Permission::FileProposal, "proposal", proposal.id); !role.ok())
        return role.status();
    return fileAs("policy:" + proposal.policy + " via " + user, proposal);
}

Result<Proposal> Workflow::fileAs(const std::string& actor, const Proposal& proposal)
{
    if (Status s = validateProposal(proposal); !s.isOk())
        return s;
    Result<ApprovalRules> rules = approvalRules();
    if (!rules.ok())
        return rules.status();

    Proposal p = proposal;
    p.state = ProposalState::Proposed;
    p.createdAt = m_clock();
    p.stateChangedAt = p.createdAt;
    p.decidedBy.clear();
    p.decisionReason.clear();
    // Judged against now, as approve() does: no rule approves alone a proposal whose job can no
    // longer meet its deadline (the next action expires it), nor one whose planned start has
    // passed (the job would start now, in a window nobody evaluated).
    ApprovalDecision decision = decideApproval(p, rules.value());
    if (decision.autoApprove) {
        if (const std::string late = overdueBecause(p, ProposalState::Approved, p.createdAt, rules.value()); !late.empty())
            decision = ApprovalDecision{false, {}, late};
        else if (p.plannedStart + kStartTolerance < p.createdAt)
            decision = ApprovalDecision{false, {}, "its planned start " + formatIsoUtc(p.plannedStart)
                                                       + " has passed: the job would start now, in a window nobody evaluated"};
    }

    Transaction tx(m_db);
    if (!tx.begun().isOk())
        return tx.begun();
    if (Status s = m_proposals.insert(p); !s.isOk())
        return s;
    std::vector<std::string> reasons = p.reasons;
    if (!decision.autoApprove)
        reasons.push_back("needs human review: " + decision.reason);
    Result<AuditRecord> filed = m_audit.append({p.createdAt, actor, kSystemRole,
                                                "proposal.file", "proposal", p.id, reasons,
                                                proposalInputsJson(p)});
    if (!filed.ok())
        return filed.status();
    if (decision.autoApprove) {
        const std::string approver = "auto:" + decision.rule;
        if (Status s = m_proposals.transition(p.id, ProposalState::Proposed, ProposalState::Approved,
                                              p.createdAt, approver, decision.reason);
            !s.isOk())
            return s;
        Result<AuditRecord> approved = m_audit.append({p.createdAt, approver, kSystemRole,
                                                       "proposal.auto-approve", "proposal", p.id,
                                                       {decision.reason}, proposalInputsJson(p)});
        if (!approved.ok())
            return approved.status();
    }
    if (Status s = tx.commit(); !s.isOk())
        return s;
    return m_proposals.get(p.id);
}

Result<std::vector<Proposal>> Workflow::list(const std::string& user, std::optional<ProposalState> state, int limit)
{
    if (Result<Role> role = authorize(user, Permission::ViewProposals, "proposal", "*"); !role.ok())
        return role.status();
    return m_proposals.list(state, limit);
}

Result<Proposal> Workflow::show(const std::string& user, const std::string& id)
{
    if (Result<Role> role = authorize(user, Permission::ViewProposals, "proposal", id); !role.ok())
        return role.status();
    return m_proposals.get(id);
}

Result<Proposal> Workflow::move(const std::string& actor, const std::string& role, const std::string& id,
                                ProposalState to, const std::string& action, const std::string& reason,
                                const std::optional<ProposalState>& requiredFrom)
{
    Transaction tx(m_db);
    if (!tx.begun().isOk())
        return tx.begun();
    Result<Proposal> current = m_proposals.get(id);
    if (!current.ok())
        return current.status();
    const ProposalState from = current->state;
    if (requiredFrom && from != *requiredFrom)
        return Status(StatusCode::FailedPrecondition,
                      "proposal " + id + " is " + proposalStateName(from) + ", not "
                          + proposalStateName(*requiredFrom),
                      kSource);
    const UtcTime now = m_clock();
    if (Status s = m_proposals.transition(id, from, to, now, actor, reason); !s.isOk())
        return Status(s.code(), "proposal " + id + ": " + s.message(), s.source());
    Result<AuditRecord> audited =
        m_audit.append({now, actor, role, action, "proposal", id, {reason}, proposalInputsJson(current.value())});
    if (!audited.ok())
        return audited.status();
    if (Status s = tx.commit(); !s.isOk())
        return s;
    return m_proposals.get(id);
}

Result<Proposal> Workflow::approve(const std::string& user, const std::string& id, const std::string& reason)
{
    Result<Role> role = authorize(user, Permission::ApproveProposal, "proposal", id);
    if (!role.ok())
        return role.status();
    if (Status s = needReason(reason, "approve"); !s.isOk())
        return s;
    // A proposal past its deadline or its human timeout expires first, so it is not approved
    // (one whose deadline had passed years before was approved, and could then be dispatched).
    // Only this one is looked at: approving need not scan every open proposal.
    if (Result<Proposal> p = m_proposals.get(id); p.ok() && p->state == ProposalState::Proposed) {
        Result<ApprovalRules> rules = approvalRules();
        if (!rules.ok())
            return rules.status();
        if (Result<bool> expired = expireIfOverdue(p.value(), p->state, m_clock(), rules.value()); !expired.ok())
            return expired.status();
    }
    return move(user, roleName(role.value()), id, ProposalState::Approved, "proposal.approve", reason,
                ProposalState::Proposed);
}

Result<Proposal> Workflow::reject(const std::string& user, const std::string& id, const std::string& reason)
{
    Result<Role> role = authorize(user, Permission::RejectProposal, "proposal", id);
    if (!role.ok())
        return role.status();
    if (Status s = needReason(reason, "reject"); !s.isOk())
        return s;
    return move(user, roleName(role.value()), id, ProposalState::Rejected, "proposal.reject", reason,
                ProposalState::Proposed);
}

Result<Proposal> Workflow::revalidate(const std::string& user, const std::string& id, double freshSavingG)
{
    Result<Role> role = authorize(user, Permission::DispatchProposal, "proposal", id);
    if (!role.ok())
        return role.status();
    Result<Proposal> current = m_proposals.get(id);
    if (!current.ok())
        return current.status();
    if (current->state != ProposalState::Approved)
        return Status(StatusCode::FailedPrecondition,
                      "only approved proposals are re-validated; " + id + " is "
                          + proposalStateName(current->state),
                      kSource);
    const Revalidation check = greenlight::revalidate(current.value(), m_clock(), freshSavingG);
    if (check.stillValid)
        return current;
    return move(kEngineActor, kSystemRole, id, ProposalState::Expired, "proposal.expire",
                "stale before dispatch: " + check.reason, ProposalState::Approved);
}

Status Workflow::mayDispatch(const std::string& user, const std::string& id)
{
    Result<Role> role = authorize(user, Permission::DispatchProposal, "proposal", id);
    return role.ok() ? Status::ok() : role.status();
}

Result<Proposal> Workflow::markDispatched(const std::string& user, const std::string& id,
                                          const std::string& detail)
{
    Result<Role> role = authorize(user, Permission::DispatchProposal, "proposal", id);
    if (!role.ok())
        return role.status();
    return move(user, roleName(role.value()), id, ProposalState::Dispatched, "proposal.dispatch",
                detail.empty() ? "dispatched" : detail, ProposalState::Approved);
}

Result<Proposal> Workflow::confirm(const std::string& id, const std::string& detail)
{
    return move(kEngineActor, kSystemRole, id, ProposalState::Confirmed, "proposal.confirm",
                detail.empty() ? "the cluster confirmed" : detail, ProposalState::Dispatched);
}

Result<Proposal> Workflow::fail(const std::string& id, const std::string& detail)
{
    return move(kEngineActor, kSystemRole, id, ProposalState::Failed, "proposal.fail",
                detail.empty() ? "the cluster reported a failure" : detail, ProposalState::Dispatched);
}

Result<Proposal> Workflow::rollBack(const std::string& user, const std::string& id, const std::string& reason)
{
    Result<Role> role = authorize(user, Permission::DispatchProposal, "proposal", id);
    if (!role.ok())
        return role.status();
    if (Status s = needReason(reason, "roll back"); !s.isOk())
        return s;
    return move(user, roleName(role.value()), id, ProposalState::RolledBack, "proposal.roll-back", reason);
}

Result<bool> Workflow::expireIfOverdue(const Proposal& p, ProposalState state, UtcTime now, const ApprovalRules& rules)
{
    const std::string why = overdueBecause(p, state, now, rules);
    if (why.empty())
        return false;
    // An approved proposal that a dispatch is carrying out, or that a cluster already took (the
    // step that records it failed), is not expired: the job may be running, and dispatching again
    // finds it by the key and settles the proposal. Checked and expired in one transaction, so a
    // dispatch cannot claim it in between.
    Transaction tx(m_db);
    if (!tx.begun().isOk())
        return tx.begun();
    if (state == ProposalState::Approved) {
        Result<Statement> busy = m_db.prepare(
            "SELECT (SELECT count(*) FROM dispatch_claims WHERE proposal_id = ?1 AND expires_at > ?2)"
            " + (SELECT count(*) FROM dispatch_actions WHERE proposal_id = ?1 AND dry_run = 0"
            " AND outcome IN ('ok', 'pending'))");
        if (!busy.ok())
            return busy.status();
        busy->bind(1, p.id).bind(2, static_cast<std::int64_t>(now.time_since_epoch().count()));
        Result<bool> row = busy->step();
        if (!row.ok())
            return row.status();
        if (busy->columnInt(0) > 0)
            return false;
    }
    Result<Proposal> moved = move(kEngineActor, kSystemRole, p.id, ProposalState::Expired, "proposal.expire", why, state);
    if (!moved.ok()) // someone acted on it first (no error), or a write failed: nothing is kept
        return moved.status().code() == StatusCode::FailedPrecondition ? Result<bool>(false) : Result<bool>(moved.status());
    if (Status s = tx.commit(); !s.isOk())
        return s;
    return true;
}

Result<int> Workflow::expireOverdue()
{
    const UtcTime now = m_clock();
    Result<ApprovalRules> rules = approvalRules();
    if (!rules.ok())
        return rules.status();
    int expired = 0;
    for (ProposalState state : {ProposalState::Proposed, ProposalState::Approved}) {
        Result<std::vector<Proposal>> open = m_proposals.list(state, 1'000'000);
        if (!open.ok())
            return open.status();
        for (const Proposal& p : open.value()) {
            Result<bool> done = expireIfOverdue(p, state, now, rules.value());
            if (!done.ok())
                return done.status();
            expired += done.value() ? 1 : 0;
        }
    }
    return expired;
}

Status Workflow::changeRole(const std::string& admin, const std::string& name, Role role, bool granting,
                            bool create)
{
    Result<Role> allowed = authorize(admin, Permission::EditUsers, "user", name);
    if (!allowed.ok())
        return allowed.status();
    if (role == Role::Invalid)
        return Status(StatusCode::InvalidArgument, "unknown role (viewer, operator, admin, executive)",
                      kSource);
    Transaction tx(m_db);
    if (!tx.begun().isOk())
        return tx.begun();
    const UtcTime now = m_clock();
    if (create) {
        if (Status s = m_users.add(name, now); !s.isOk())
            return s;
    }
    if (Status s = granting ? m_users.grant(name, role, admin, now) : m_users.revoke(name, role); !s.isOk())
        return s;
    if (!granting && role == Role::Admin) {
        Result<std::int64_t> admins = m_db.queryInt(
            "SELECT count(*) FROM user_roles r JOIN users u ON u.name = r.user "
            "WHERE r.role = 'admin' AND u.disabled = 0");
        if (!admins.ok())
            return admins.status();
        if (admins.value() == 0)
            return Status(StatusCode::FailedPrecondition,
                          "revoking this would leave the database without an admin", kSource);
    }
    const std::string action = create ? "user.add" : granting ? "user.grant" : "user.revoke";
    Result<AuditRecord> audited = m_audit.append(
        {now, admin, roleName(allowed.value()), action, "user", name,
         {std::string(granting ? "granted " : "revoked ") + roleName(role)},
         "{\"role\":\"" + std::string(roleName(role)) + "\"}"});
    if (!audited.ok())
        return audited.status();
    return tx.commit();
}

Status Workflow::addUser(const std::string& admin, const std::string& name, Role role)
{
    if (Status s = validateUserName(name); !s.isOk())
        return s;
    return changeRole(admin, name, role, true, true);
}

Status Workflow::grant(const std::string& admin, const std::string& name, Role role)
{
    return changeRole(admin, name, role, true, false);
}

Status Workflow::revoke(const std::string& admin, const std::string& name, Role role)
{
    return changeRole(admin, name, role, false, false);
}

Result<std::vector<UserRecord>> Workflow::users(const std::string& user)
{
    if (Result<Role> role = authorize(user, Permission::ViewDashboards, "user", "*"); !role.ok())
        return role.status();
    return m_users.list();
}

Status Workflow::setApprovalRules(const std::string& admin, const ApprovalRules& rules)
{
    Result<Role> allowed = authorize(admin, Permission::EditRules, "rules", kRulesKey);
    if (!allowed.ok())
        return allowed.status();
    const std::string text = approvalRulesToJson(rules).dump();
    Transaction tx(m_db);
    if (!tx.begun().isOk())
        return tx.begun();
    Result<Statement> q = m_db.prepare(
        "INSERT INTO settings(key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value");
    if (!q.ok())
        return q.status();
    q->bind(1, kRulesKey).bind(2, text);
    if (Status s = q->run(); !s.isOk())
        return s;
    Result<AuditRecord> audited = m_audit.append({m_clock(), admin, roleName(allowed.value()),
                                                  "rules.set", "rules", kRulesKey,
                                                  {"auto-approval rules changed"}, text});
    if (!audited.ok())
        return audited.status();
    return tx.commit();
}

Result<ApprovalRules> Workflow::approvalRules()
{
    Result<Statement> q = m_db.prepare("SELECT value FROM settings WHERE key = ?");
    if (!q.ok())
        return q.status();
    q->bind(1, kRulesKey);
    Result<bool> row = q->step();
    if (!row.ok())
        return row.status();
    if (!row.value())
        return ApprovalRules::defaults();
    Result<JsonValue> doc = parseJson(q->columnText(0), "stored approval rules");
    if (!doc.ok())
        return Status(StatusCode::DataLoss, doc.status().message(), kSource);
    return parseApprovalRules(doc.value());
}

Result<AuditVerification> Workflow::verifyAudit(const std::string& user,
                                                const std::optional<AuditAnchor>& anchor)
{
    if (Result<Role> role = authorize(user, Permission::VerifyAudit, "audit", "*"); !role.ok())
        return role.status();
    return verifyStoreAudit(m_db, anchor); // after the access check, which writes its own record
}

Result<AuditVerification> verifyStoreAudit(Database& db, const std::optional<AuditAnchor>& anchor)
{
    // The chain and the tables it is compared with, all from one view.
    ReadSnapshot snapshot(db);
    if (!snapshot.begun().isOk())
        return snapshot.begun();
    Result<AuditVerification> verified = AuditLog(db).verify(anchor);
    if (!verified.ok() || !verified->intact)
        return verified;
    // The chain is intact; the proposals must also be where their audited transitions left them
    // (an UPDATE of the table itself leaves the chain untouched).
    Result<std::vector<TrailMismatch>> mismatches = checkProposalTrails(db);
    if (!mismatches.ok())
        return mismatches.status();
    if (!mismatches->empty()) {
        // The earliest in the log first; a proposal the log never mentions before any.
        const TrailMismatch& first = *std::min_element(mismatches->begin(), mismatches->end(),
            [](const TrailMismatch& a, const TrailMismatch& b) { return a.lastRecordSeq < b.lastRecordSeq; });
        verified->intact = false;
        verified->firstBrokenSeq = 0; // every record verifies: a table disagrees with them
        verified->tableMismatch = first.proposalId;
        verified->problem = first.problem;
        if (mismatches->size() > 1)
            verified->problem += " (and " + std::to_string(mismatches->size() - 1) + " more proposals)";
    }
    return verified;
}

Status Workflow::exportAudit(const std::string& user, std::ostream& out, AuditExportFormat format)
{
    Result<Role> role = authorize(user, Permission::ExportAudit, "audit", "*");
    if (!role.ok())
        return role.status();
    if (Status s = m_audit.exportTo(out, format); !s.isOk())
        return s;
    Result<AuditRecord> audited = m_audit.append({m_clock(), user, roleName(role.value()), "audit.export",
                                                  "audit", "*", {"audit log exported"},
                                                  std::string("{\"format\":\"")
                                                      + (format == AuditExportFormat::Csv ? "csv" : "jsonl")
                                                      + "\"}"});
    return audited.ok() ? Status::ok() : audited.status();
}

} // namespace greenlight
