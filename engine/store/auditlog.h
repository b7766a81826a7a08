// The tamper-evident audit log: append-only, each record hash-chained to the one before it.
//
//   hash(n) = SHA-256( hash(n-1) ‖ canonical(record n) ),  hash(0) = 64 × "0"
//
// canonical() is "greenlight-audit-v1\n" followed by each field as `name:byte-length:value\n`
// in a fixed order (seq, time, actor, role, action, object_type, object_id, reasons, inputs), so
// any auditor can recompute it from an export (docs/audit-log.md). Edits, deletions, insertions
// and reordering break the chain; the head anchor (last seq and hash, in its own table and in every
// export) catches a truncated tail; an anchor kept outside the database catches a rewritten chain.
//
//   AuditLog log(db);
//   log.append({.time = now, .actor = "alice", .role = "operator", .action = "approve", ...});
//   Result<AuditVerification> v = log.verify();
#pragma once

#include "core/utctime.h"
#include "store/database.h"

#include <cstdint>
#include <functional>
#include <optional>
#include <ostream>
#include <string>
#include <vector>

namespace greenlight {

struct AuditEntry {
    UtcTime time{};
    std::string actor;      // user name, or "policy:<name>" / "greenlight" for the engine itself
    std::string role;       // the role that allowed it ("operator"), "system", or "none" (refused)
    std::string action;     // "proposal.approve", "user.grant", "access.denied", …
    std::string objectType; // "proposal", "user", "rules", …
    std::string objectId;
    std::vector<std::string> reasons; // the reason chain, in plain words
    std::string inputsJson = "{}";    // what the decision saw (a JSON object)
};

struct AuditRecord {
    std::int64_t seq = 0;
    UtcTime time{};
    std::string actor;
    std::string role;
    std::string action;
    std::string objectType;
    std::string objectId;
    std::string reasonsJson; // JSON array of strings, exactly as hashed
    std::string inputsJson;
    std::string prevHash;
    std::string hash;
};

inline constexpr const char* kAuditGenesisHash =
    "0000000000000000000000000000000000000000000000000000000000000000";

std::string canonicalAuditEncoding(const AuditRecord& record);
std::string auditRecordHash(const std::string& prevHash, const AuditRecord& record);

struct AuditAnchor {
    std::int64_t seq = 0;
    std::string hash;
};

struct AuditVerification {
    bool intact = false;
    std::int64_t recordsChecked = 0;
    std::int64_t firstBrokenSeq = 0; // 0 when every record verifies
    std::string tableMismatch;       // the chain verifies but this proposal's row disagrees with it
    std::string problem;             // what is wrong with that record or row, in words
    AuditAnchor head;                // the last record checked
};

enum class AuditExportFormat { Invalid, JsonLines, Csv };

class AuditLog {
public:
    explicit AuditLog(Database& db) : m_db(db) {}

    // Appends inside the caller's transaction when one is open (so the record commits or rolls
    // back with the change it describes), in a transaction of its own otherwise.
    Result<AuditRecord> append(const AuditEntry& entry);

    // Walks the whole chain. `anchor`: a (seq, hash) pair kept outside the database, e.g. from
    // an earlier export; the chain must still contain it unchanged.
    Result<AuditVerification> verify(const std::optional<AuditAnchor>& anchor = std::nullopt);

    // Every record in order, with its hashes; the head anchor is the last line's hash.
    Status exportTo(std::ostream& out, AuditExportFormat format);

    // Records in order; `visit` returns false to stop.
    Status forEach(const std::function<bool(const AuditRecord&)>& visit);

    Result<std::optional<AuditAnchor>> head();

private:
    Database& m_db;
};

} // namespace greenlight
