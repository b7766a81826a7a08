#include "store/auditlog.h"

#include "core/csvtable.h"
#include "core/json/json.h"
#include "core/utf8.h"
#include "store/sha256.h"

namespace greenlight {

namespace {

constexpr const char* kSource = "audit log";

void appendField(std::string& out, const char* name, const std::string& value)
{
    out += name;
    out += ':';
    out += std::to_string(value.size());
    out += ':';
    out += value;
    out += '\n';
}

std::string reasonsToJson(const std::vector<std::string>& reasons)
{
    JsonValue array = JsonValue::array();
    for (const std::string& reason : reasons)
        array.push(JsonValue::string(reason));
    return array.dump();
}

AuditRecord readRecord(const Statement& row)
{
    AuditRecord r;
    r.seq = row.columnInt(0);
    r.time = UtcTime{Seconds{row.columnInt(1)}};
    r.actor = row.columnText(2);
    r.role = row.columnText(3);
    r.action = row.columnText(4);
    r.objectType = row.columnText(5);
    r.objectId = row.columnText(6);
    r.reasonsJson = row.columnText(7);
    r.inputsJson = row.columnText(8);
    r.prevHash = row.columnText(9);
    r.hash = row.columnText(10);
    return r;
}

constexpr const char* kSelectAll =
    "SELECT seq, time, actor, role, action, object_type, object_id, reasons, inputs, prev_hash, "
    "hash FROM audit_log ORDER BY seq";

} // namespace

std::string canonicalAuditEncoding(const AuditRecord& r)
{
    std::string out = "greenlight-audit-v1\n";
    appendField(out, "seq", std::to_string(r.seq));
    appendField(out, "time", formatIsoUtc(r.time));
    appendField(out, "actor", r.actor);
    appendField(out, "role", r.role);
    appendField(out, "action", r.action);
    appendField(out, "object_type", r.objectType);
    appendField(out, "object_id", r.objectId);
    appendField(out, "reasons", r.reasonsJson);
    appendField(out, "inputs", r.inputsJson);
    return out;
}

std::string auditRecordHash(const std::string& prevHash, const AuditRecord& record)
{
    Sha256 hash;
    hash.update(prevHash);
    hash.update(canonicalAuditEncoding(record));
    return hash.finishHex();
}

Result<AuditRecord> AuditLog::append(const AuditEntry& entry)
{
    if (entry.actor.empty() || entry.action.empty())
        return Status(StatusCode::InvalidArgument, "an audit record needs an actor and an action",
                      kSource);
    // The record is hashed and exported byte for byte: text in another encoding would verify
    // here and break every reader of the export (a reason typed on a Latin-1 terminal).
    bool utf8 = isValidUtf8(entry.actor) && isValidUtf8(entry.role) && isValidUtf8(entry.action)
        && isValidUtf8(entry.objectType) && isValidUtf8(entry.objectId) && isValidUtf8(entry.inputsJson);
    for (const std::string& reason : entry.reasons)
        utf8 = utf8 && isValidUtf8(reason);
    if (!utf8)
        return Status(StatusCode::InvalidArgument,
                      "the text for the audit record is not valid UTF-8 (was it typed in another encoding?); "
                      "nothing was recorded",
                      kSource);
    Result<JsonValue> inputs = parseJson(entry.inputsJson, "audit inputs");
    if (!inputs.ok() || !inputs->isObject())
        return Status(StatusCode::InvalidArgument, "audit inputs must be a JSON object", kSource);

    Transaction tx(m_db);
    if (!tx.begun().isOk())
        return tx.begun();

    Result<std::optional<AuditAnchor>> last = head();
    if (!last.ok())
        return last.status();

    AuditRecord record;
    record.seq = last.value() ? last.value()->seq + 1 : 1;
    record.time = entry.time;
    record.actor = entry.actor;
    record.role = entry.role;
    record.action = entry.action;
    record.objectType = entry.objectType;
    record.objectId = entry.objectId;
    record.reasonsJson = reasonsToJson(entry.reasons);
    record.inputsJson = entry.inputsJson;
    record.prevHash = last.value() ? last.value()->hash : kAuditGenesisHash;
    record.hash = auditRecordHash(record.prevHash, record);

    Result<Statement> insert = m_db.prepare(
        "INSERT INTO audit_log(seq, time, actor, role, action, object_type, object_id, reasons, "
        "inputs, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    if (!insert.ok())
        return insert.status();
    insert->bind(1, record.seq)
        .bind(2, static_cast<std::int64_t>(record.time.time_since_epoch().count()))
        .bind(3, record.actor)
        .bind(4, record.role)
        .bind(5, record.action)
        .bind(6, record.objectType)
        .bind(7, record.objectId)
        .bind(8, record.reasonsJson)
        .bind(9, record.inputsJson)
        .bind(10, record.prevHash)
        .bind(11, record.hash);
    if (Status s = insert->run(); !s.isOk())
        return s;

    Result<Statement> anchor = m_db.prepare(
        "INSERT INTO audit_head(id, seq, hash) VALUES (1, ?, ?) "
        "ON CONFLICT(id) DO UPDATE SET seq = excluded.seq, hash = excluded.hash");
    if (!anchor.ok())
        return anchor.status();
    anchor->bind(1, record.seq).bind(2, record.hash);
    if (Status s = anchor->run(); !s.isOk())
        return s;
    if (Status s = tx.commit(); !s.isOk())
        return s;
    return record;
}

Result<std::optional<AuditAnchor>> AuditLog::head()
{
    // The chain's own last record decides where to append; the head table is only a witness.
    Result<Statement> query = m_db.prepare("SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1");
    if (!query.ok())
        return query.status();
    Result<bool> row = query->step();
    if (!row.ok())
        return row.status();
    if (!row.value())
        return std::optional<AuditAnchor>{};
    return std::optional<AuditAnchor>{AuditAnchor{query->columnInt(0), query->columnText(1)}};
}

Status AuditLog::forEach(const std::function<bool(const AuditRecord&)>& visit)
{
    Result<Statement> query = m_db.prepare(kSelectAll);
    if (!query.ok())
        return query.status();
    for (;;) {
        Result<bool> row = query->step();
        if (!row.ok())
            return row.status();
        if (!row.value())
            return Status::ok();
        if (!visit(readRecord(query.value())))
            return Status::ok();
    }
}

Result<AuditVerification> AuditLog::verify(const std::optional<AuditAnchor>& anchor)
{
    // The chain and its head anchor from one view: an append between the two reads looked like
    // records deleted from the end.
    ReadSnapshot snapshot(m_db);
    if (!snapshot.begun().isOk())
        return snapshot.begun();
    AuditVerification result;
    std::string expectedPrev = kAuditGenesisHash;
    std::int64_t expectedSeq = 1;
    bool anchorSeen = false;
    auto broken = [&](std::int64_t seq, std::string problem) {
        if (result.firstBrokenSeq == 0) {
            result.firstBrokenSeq = seq;
            result.problem = std::move(problem);
        }
    };

    Status walked = forEach([&](const AuditRecord& r) {
        if (r.seq != expectedSeq) {
            broken(expectedSeq, r.seq > expectedSeq
                                    ? "record " + std::to_string(expectedSeq) + " is missing (deleted)"
                                    : "record " + std::to_string(r.seq) + " is out of sequence");
            return false;
        }
        if (r.prevHash != expectedPrev) {
            broken(r.seq, "record " + std::to_string(r.seq)
                              + " does not link to the record before it (deleted, inserted or reordered)");
            return false;
        }
        if (auditRecordHash(r.prevHash, r) != r.hash) {
            broken(r.seq, "record " + std::to_string(r.seq)
                              + " does not match its hash (its contents were edited)");
            return false;
        }
        if (anchor && r.seq == anchor->seq) {
            anchorSeen = true;
            if (r.hash != anchor->hash) {
                broken(r.seq, "record " + std::to_string(r.seq)
                                  + " differs from the external anchor (the chain was rewritten)");
                return false;
            }
        }
        result.recordsChecked = r.seq;
        result.head = AuditAnchor{r.seq, r.hash};
        expectedPrev = r.hash;
        ++expectedSeq;
        return true;
    });
    if (!walked.isOk())
        return walked;

    if (result.firstBrokenSeq == 0) {
        Result<Statement> stored = m_db.prepare("SELECT seq, hash FROM audit_head WHERE id = 1");
        if (!stored.ok())
            return stored.status();
        Result<bool> row = stored->step();
        if (!row.ok())
            return row.status();
        const std::int64_t storedSeq = row.value() ? stored->columnInt(0) : 0;
        const std::string storedHash = row.value() ? stored->columnText(1) : std::string();
        if (storedSeq != result.head.seq || (storedSeq != 0 && storedHash != result.head.hash))
            broken(result.head.seq + 1,
                   "the head anchor names record " + std::to_string(storedSeq)
                       + " but the chain ends at record " + std::to_string(result.head.seq)
                       + (storedSeq > result.head.seq ? " (records were deleted from the end)"
                                                      : " (the chain or its anchor was altered)"));
    }
    if (result.firstBrokenSeq == 0 && anchor && !anchorSeen)
        broken(anchor->seq, "the external anchor's record " + std::to_string(anchor->seq)
                                + " is no longer in the chain (records were deleted)");
    result.intact = result.firstBrokenSeq == 0;
    return result;
}

Status AuditLog::exportTo(std::ostream& out, AuditExportFormat format)
{
    if (format == AuditExportFormat::Invalid)
        return Status(StatusCode::InvalidArgument, "choose jsonl or csv", kSource);
    if (format == AuditExportFormat::Csv)
        out << "seq,time,actor,role,action,object_type,object_id,reasons,inputs,prev_hash,hash\n";
    Status walked = forEach([&](const AuditRecord& r) {
        if (format == AuditExportFormat::JsonLines) {
            out << "{\"seq\":" << r.seq << ",\"time\":" << jsonQuote(formatIsoUtc(r.time))
                << ",\"actor\":" << jsonQuote(r.actor) << ",\"role\":" << jsonQuote(r.role)
                << ",\"action\":" << jsonQuote(r.action) << ",\"object_type\":" << jsonQuote(r.objectType)
                << ",\"object_id\":" << jsonQuote(r.objectId)
                // The hashed texts are exported as strings so an auditor can re-hash them byte for byte.
                << ",\"reasons\":" << jsonQuote(r.reasonsJson) << ",\"inputs\":" << jsonQuote(r.inputsJson)
                << ",\"prev_hash\":\"" << r.prevHash << "\",\"hash\":\"" << r.hash << "\"}\n";
        } else {
            out << r.seq << ',' << formatIsoUtc(r.time) << ',' << csvCell(r.actor) << ','
                << csvCell(r.role) << ',' << csvCell(r.action) << ',' << csvCell(r.objectType) << ','
                << csvCell(r.objectId) << ',' << csvCell(r.reasonsJson) << ','
                << csvCell(r.inputsJson) << ',' << r.prevHash << ',' << r.hash << '\n';
        }
        return static_cast<bool>(out);
    });
    if (!walked.isOk())
        return walked;
    if (!out)
        return Status(StatusCode::Unavailable, "could not write the export", kSource);
    return Status::ok();
}

} // namespace greenlight
