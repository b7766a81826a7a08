#include "dispatch/dispatchjournal.h"

#include "core/json/json.h"

namespace greenlight {

StoreDispatchJournal::StoreDispatchJournal(Database& db, UtcClock clock, std::string actor)
    : m_db(db), m_clock(std::move(clock)), m_actor(std::move(actor)), m_audit(db), m_records(db)
{
}

Result<std::int64_t> StoreDispatchJournal::begin(const std::string& proposalId, const std::string& cluster,
                                                 const std::string& action, const std::string& request,
                                                 bool dryRun)
{
    Transaction tx(m_db);
    if (!tx.begun().isOk())
        return tx.begun();
    DispatchActionRecord record;
    record.proposalId = proposalId;
    record.cluster = cluster;
    record.action = action;
    record.idempotencyKey = proposalId;
    record.request = request;
    record.dryRun = dryRun;
    record.startedAt = m_clock();
    Result<std::int64_t> id = m_records.startDispatch(record);
    if (!id.ok())
        return id.status();
    JsonValue inputs = JsonValue::object();
    inputs.set("cluster", JsonValue::string(cluster));
    inputs.set("request", JsonValue::string(request));
    inputs.set("dry_run", JsonValue::boolean(dryRun));
    inputs.set("action_id", JsonValue::number(static_cast<double>(id.value())));
    Result<AuditRecord> audited = m_audit.append({record.startedAt, m_actor, "operator", "dispatch." + action,
                                                  "proposal", proposalId,
                                                  {std::string(dryRun ? "dry run: " : "sending: ") + action + " to " + cluster},
                                                  inputs.dump()});
    if (!audited.ok())
        return audited.status();
    if (Status s = tx.commit(); !s.isOk())
        return s;
    return id;
}

Status StoreDispatchJournal::finish(std::int64_t actionId, bool ok, const std::string& detail)
{
    Transaction tx(m_db);
    if (!tx.begun().isOk())
        return tx.begun();
    const UtcTime now = m_clock();
    if (Status s = m_records.finishDispatch(actionId, ok ? "ok" : "failed", detail, now); !s.isOk())
        return s;
    Result<AuditRecord> audited = m_audit.append(
        {now, m_actor, "operator", ok ? "dispatch.done" : "dispatch.failed", "dispatch", std::to_string(actionId),
         {detail}, "{\"action_id\":" + std::to_string(actionId) + "}"});
    if (!audited.ok())
        return audited.status();
    return tx.commit();
}

Status StoreDispatchJournal::alarm(const std::string& cluster, const std::string& what)
{
    Result<AuditRecord> audited = m_audit.append({m_clock(), m_actor, "operator", "dispatch.refused", "cluster",
                                                  cluster, {what}, "{}"});
    return audited.ok() ? Status::ok() : audited.status();
}

} // namespace greenlight
