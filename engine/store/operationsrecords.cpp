#include "store/operationsrecords.h"

#include "core/json/json.h"
#include "store/sha256.h"

namespace greenlight {

namespace {

constexpr const char* kSource = "store";

std::int64_t unix(UtcTime t) { return static_cast<std::int64_t>(t.time_since_epoch().count()); }
UtcTime fromUnix(std::int64_t s) { return UtcTime{Seconds{s}}; }

const char* ledgerKindName(LedgerKind kind)
{
    switch (kind) {
    case LedgerKind::Reserve: return "reserve";
    case LedgerKind::Settle: return "settle";
    case LedgerKind::Release: return "release";
    case LedgerKind::Invalid: break;
    }
    return "invalid";
}

} // namespace

Result<std::int64_t> OperationsRecords::saveFleetSnapshot(const std::string& name,
                                                          const std::string& fleetJson, UtcTime takenAt)
{
    Result<Statement> q = m_db.prepare(
        "INSERT INTO fleet_snapshots(taken_at, name, fleet_json, sha256) VALUES (?, ?, ?, ?)");
    if (!q.ok())
        return q.status();
    q->bind(1, unix(takenAt)).bind(2, name).bind(3, fleetJson).bind(4, sha256Hex(fleetJson));
    if (Status s = q->run(); !s.isOk())
        return s;
    return m_db.lastInsertRowId();
}

Result<std::optional<FleetSnapshotRecord>> OperationsRecords::latestFleetSnapshot()
{
    Result<Statement> q = m_db.prepare(
        "SELECT id, taken_at, name, fleet_json, sha256 FROM fleet_snapshots ORDER BY id DESC LIMIT 1");
    if (!q.ok())
        return q.status();
    Result<bool> row = q->step();
    if (!row.ok())
        return row.status();
    if (!row.value())
        return std::optional<FleetSnapshotRecord>{};
    FleetSnapshotRecord r{q->columnInt(0), fromUnix(q->columnInt(1)), q->columnText(2),
                          q->columnText(3), q->columnText(4)};
    if (sha256Hex(r.fleetJson) != r.sha256)
        return Status(StatusCode::DataLoss,
                      "fleet snapshot " + std::to_string(r.id) + " does not match its fingerprint", kSource);
    return std::optional<FleetSnapshotRecord>{std::move(r)};
}

Result<std::int64_t> OperationsRecords::recordDecision(const DecisionRecord& d)
{
    JsonValue reasons = JsonValue::array();
    for (const std::string& r : d.reasons)
        reasons.push(JsonValue::string(r));
    Result<Statement> q = m_db.prepare(
        "INSERT INTO decisions(made_at, policy, job_id, code, reasons, inputs) VALUES (?, ?, ?, ?, ?, ?)");
    if (!q.ok())
        return q.status();
    q->bind(1, unix(d.madeAt)).bind(2, d.policy).bind(3, d.jobId).bind(4, d.code)
        .bind(5, reasons.dump()).bind(6, d.inputsJson);
    if (Status s = q->run(); !s.isOk())
        return s;
    return m_db.lastInsertRowId();
}

Result<std::int64_t> OperationsRecords::countDecisions()
{
    return m_db.queryInt("SELECT count(*) FROM decisions");
}

Status OperationsRecords::appendLedger(const LedgerRecord& e)
{
    if (e.kind == LedgerKind::Invalid)
        return Status(StatusCode::InvalidArgument, "a ledger entry needs a kind", kSource);
    Result<Statement> q = m_db.prepare(
        "INSERT INTO budget_ledger(at, scope, kind, job_id, proposal_id, kg) VALUES (?, ?, ?, ?, ?, ?)");
    if (!q.ok())
        return q.status();
    q->bind(1, unix(e.at)).bind(2, e.scope).bind(3, ledgerKindName(e.kind)).bind(4, e.jobId);
    e.proposalId.empty() ? q->bindNull(5) : q->bind(5, e.proposalId);
    q->bind(6, e.kg);
    return q->run();
}

Result<double> OperationsRecords::ledgerNetKg(const std::string& scope, TimeWindow window)
{
    Result<Statement> q = m_db.prepare(
        "SELECT coalesce(sum(CASE kind WHEN 'release' THEN -kg ELSE kg END), 0) FROM budget_ledger "
        "WHERE scope = ? AND at >= ? AND at < ?");
    if (!q.ok())
        return q.status();
    q->bind(1, scope).bind(2, unix(window.begin)).bind(3, unix(window.end));
    Result<bool> row = q->step();
    if (!row.ok())
        return row.status();
    return q->columnDouble(0);
}

Result<std::int64_t> OperationsRecords::startDispatch(const DispatchActionRecord& a)
{
    Result<Statement> q = m_db.prepare(
        "INSERT INTO dispatch_actions(proposal_id, cluster, action, idempotency_key, request, dry_run, "
        "started_at) VALUES (?, ?, ?, ?, ?, ?, ?)");
    if (!q.ok())
        return q.status();
    q->bind(1, a.proposalId).bind(2, a.cluster).bind(3, a.action).bind(4, a.idempotencyKey)
        .bind(5, a.request).bind(6, a.dryRun ? 1 : 0).bind(7, unix(a.startedAt));
    if (Status s = q->run(); !s.isOk())
        return s;
    return m_db.lastInsertRowId();
}

Status OperationsRecords::finishDispatch(std::int64_t id, const std::string& outcome,
                                         const std::string& detail, UtcTime finishedAt)
{
    Result<Statement> q = m_db.prepare(
        "UPDATE dispatch_actions SET outcome = ?, detail = ?, finished_at = ? WHERE id = ?");
    if (!q.ok())
        return q.status();
    q->bind(1, outcome).bind(2, detail).bind(3, unix(finishedAt)).bind(4, id);
    if (Status s = q->run(); !s.isOk())
        return s;
    if (m_db.changes() != 1)
        return Status(StatusCode::NotFound, "no dispatch action " + std::to_string(id), kSource);
    return Status::ok();
}

Result<std::vector<DispatchActionRecord>> OperationsRecords::dispatchesFor(const std::string& proposalId)
{
    Result<Statement> q = m_db.prepare(
        "SELECT id, cluster, action, idempotency_key, request, dry_run, started_at, finished_at, "
        "outcome, detail FROM dispatch_actions WHERE proposal_id = ? ORDER BY id");
    if (!q.ok())
        return q.status();
    q->bind(1, proposalId);
    std::vector<DispatchActionRecord> out;
    Status s = forEachRow(q.value(), [&](const Statement& r) {
        DispatchActionRecord a;
        a.id = r.columnInt(0);
        a.proposalId = proposalId;
        a.cluster = r.columnText(1);
        a.action = r.columnText(2);
        a.idempotencyKey = r.columnText(3);
        a.request = r.columnText(4);
        a.dryRun = r.columnInt(5) != 0;
        a.startedAt = fromUnix(r.columnInt(6));
        if (!r.columnIsNull(7))
            a.finishedAt = fromUnix(r.columnInt(7));
        a.outcome = r.columnText(8);
        a.detail = r.columnText(9);
        out.push_back(std::move(a));
    });
    if (!s.isOk())
        return s;
    return out;
}

} // namespace greenlight
