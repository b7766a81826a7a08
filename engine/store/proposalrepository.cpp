#include "store/proposalrepository.h"

#include "core/json/json.h"

namespace greenlight {

namespace {

constexpr const char* kSource = "proposals";

std::int64_t unix(UtcTime t) { return static_cast<std::int64_t>(t.time_since_epoch().count()); }
UtcTime fromUnix(std::int64_t s) { return UtcTime{Seconds{s}}; }

BudgetState budgetStateFromName(const std::string& name)
{
    for (BudgetState s : {BudgetState::Normal, BudgetState::Tightening, BudgetState::Restricted,
                          BudgetState::Critical})
        if (name == budgetStateName(s))
            return s;
    return BudgetState::Invalid;
}

constexpr const char* kColumns =
    "id, created_at, policy, kind, job_id, source_site, target_site, source_jurisdiction, "
    "target_jurisdiction, original_start, planned_start, deadline, run_s, expected_saving_g, "
    "saving_low_g, saving_high_g, reasons, budget_state, state, state_changed_at, decided_by, "
    "decision_reason, gpus";

Proposal readProposal(const Statement& q)
{
    Proposal p;
    p.id = q.columnText(0);
    p.createdAt = fromUnix(q.columnInt(1));
    p.policy = q.columnText(2);
    p.kind = proposalKindFromName(q.columnText(3));
    p.jobId = q.columnText(4);
    p.sourceSite = q.columnText(5);
    p.targetSite = q.columnText(6);
    p.sourceJurisdiction = q.columnText(7);
    p.targetJurisdiction = q.columnText(8);
    p.originalStart = fromUnix(q.columnInt(9));
    p.plannedStart = fromUnix(q.columnInt(10));
    p.deadline = fromUnix(q.columnInt(11));
    p.runDuration = Seconds{q.columnInt(12)};
    p.expectedSavingG = q.columnDouble(13);
    p.savingLowG = q.columnDouble(14);
    p.savingHighG = q.columnDouble(15);
    if (Result<JsonValue> reasons = parseJson(q.columnText(16), "reasons"); reasons.ok())
        for (const JsonValue& r : reasons->items())
            p.reasons.push_back(r.asString());
    p.budgetState = budgetStateFromName(q.columnText(17));
    p.state = proposalStateFromName(q.columnText(18));
    p.stateChangedAt = fromUnix(q.columnInt(19));
    p.decidedBy = q.columnText(20);
    p.decisionReason = q.columnText(21);
    p.gpus = static_cast<int>(q.columnInt(22));
    return p;
}

} // namespace

Status ProposalRepository::insert(const Proposal& p)
{
    Result<Statement> q = m_db.prepare(std::string("INSERT INTO proposals(") + kColumns
                                       + ") VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)");
    if (!q.ok())
        return q.status();
    JsonValue reasons = JsonValue::array();
    for (const std::string& r : p.reasons)
        reasons.push(JsonValue::string(r));
    q->bind(1, p.id).bind(2, unix(p.createdAt)).bind(3, p.policy).bind(4, proposalKindName(p.kind))
        .bind(5, p.jobId).bind(6, p.sourceSite).bind(7, p.targetSite).bind(8, p.sourceJurisdiction)
        .bind(9, p.targetJurisdiction).bind(10, unix(p.originalStart)).bind(11, unix(p.plannedStart))
        .bind(12, unix(p.deadline)).bind(13, static_cast<std::int64_t>(p.runDuration.count()))
        .bind(14, p.expectedSavingG).bind(15, p.savingLowG).bind(16, p.savingHighG)
        .bind(17, reasons.dump()).bind(18, budgetStateName(p.budgetState))
        .bind(19, proposalStateName(p.state)).bind(20, unix(p.stateChangedAt)).bind(21, p.decidedBy)
        .bind(22, p.decisionReason).bind(23, static_cast<std::int64_t>(p.gpus));
    Status s = q->run();
    if (s.code() == StatusCode::FailedPrecondition)
        return Status(StatusCode::FailedPrecondition, "proposal " + p.id + " already exists", kSource);
    return s;
}

Result<Proposal> ProposalRepository::get(const std::string& id)
{
    Result<Statement> q = m_db.prepare(std::string("SELECT ") + kColumns + " FROM proposals WHERE id = ?");
    if (!q.ok())
        return q.status();
    q->bind(1, id);
    Result<bool> row = q->step();
    if (!row.ok())
        return row.status();
    if (!row.value())
        return Status(StatusCode::NotFound, "no proposal " + id, kSource);
    return readProposal(q.value());
}

Result<std::vector<Proposal>> ProposalRepository::list(std::optional<ProposalState> state, int limit)
{
    Result<Statement> q = m_db.prepare(std::string("SELECT ") + kColumns + " FROM proposals "
                                       + (state ? "WHERE state = ? " : "")
                                       + "ORDER BY created_at DESC, id LIMIT ?");
    if (!q.ok())
        return q.status();
    int index = 1;
    if (state)
        q->bind(index++, proposalStateName(*state));
    q->bind(index, limit);
    std::vector<Proposal> out;
    if (Status s = forEachRow(q.value(), [&](const Statement& r) { out.push_back(readProposal(r)); }); !s.isOk())
        return s;
    return out;
}

Result<std::vector<ProposalEvent>> ProposalRepository::events(const std::string& id)
{
    Result<Statement> q = m_db.prepare(
        "SELECT at, from_state, to_state, actor, reason FROM proposal_events WHERE proposal_id = ? "
        "ORDER BY id");
    if (!q.ok())
        return q.status();
    q->bind(1, id);
    std::vector<ProposalEvent> out;
    Status s = forEachRow(q.value(), [&](const Statement& r) {
        out.push_back({fromUnix(r.columnInt(0)), proposalStateFromName(r.columnText(1)),
                       proposalStateFromName(r.columnText(2)), r.columnText(3), r.columnText(4)});
    });
    if (!s.isOk())
        return s;
    return out;
}

Status ProposalRepository::transition(const std::string& id, ProposalState from, ProposalState to,
                                      UtcTime at, const std::string& actor, const std::string& reason)
{
    if (Status s = checkTransition(from, to); !s.isOk())
        return s;
    Transaction tx(m_db);
    if (!tx.begun().isOk())
        return tx.begun();
    Result<Statement> update = m_db.prepare(
        "UPDATE proposals SET state = ?, state_changed_at = ?, decided_by = CASE WHEN ? THEN ? "
        "ELSE decided_by END, decision_reason = CASE WHEN ? THEN ? ELSE decision_reason END "
        "WHERE id = ? AND state = ?");
    if (!update.ok())
        return update.status();
    // Who decided (approved, rejected, expired) is kept on the row; later steps only add events.
    const bool decision = from == ProposalState::Proposed
        || (from == ProposalState::Approved && to == ProposalState::Expired);
    update->bind(1, proposalStateName(to)).bind(2, unix(at)).bind(3, decision ? 1 : 0).bind(4, actor)
        .bind(5, decision ? 1 : 0).bind(6, reason).bind(7, id).bind(8, proposalStateName(from));
    if (Status s = update->run(); !s.isOk())
        return s;
    if (m_db.changes() != 1)
        return Status(StatusCode::Aborted, "proposal " + id + " is no longer " + proposalStateName(from)
                                               + "; someone else acted on it first", kSource);
    Result<Statement> event = m_db.prepare(
        "INSERT INTO proposal_events(proposal_id, at, from_state, to_state, actor, reason) "
        "VALUES (?, ?, ?, ?, ?, ?)");
    if (!event.ok())
        return event.status();
    event->bind(1, id).bind(2, unix(at)).bind(3, proposalStateName(from)).bind(4, proposalStateName(to))
        .bind(5, actor).bind(6, reason);
    if (Status s = event->run(); !s.isOk())
        return s;
    return tx.commit();
}

} // namespace greenlight
