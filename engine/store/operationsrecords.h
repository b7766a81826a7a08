// The smaller records of what the engine saw and did: fleet snapshots (what the fleet looked like
// when a decision was made), scheduler decisions with their inputs, the budget ledger and dispatch
// actions. Append-mostly; each write is one transaction.
//
//   OperationsRecords records(db);
//   Result<std::int64_t> snapshot = records.saveFleetSnapshot("demo", fleetJson, now);
#pragma once

#include "core/utctime.h"
#include "store/database.h"

#include <optional>
#include <string>
#include <vector>

namespace greenlight {

struct FleetSnapshotRecord {
    std::int64_t id = 0;
    UtcTime takenAt{};
    std::string name;
    std::string fleetJson;
    std::string sha256;
};

struct DecisionRecord {
    UtcTime madeAt{};
    std::string policy;
    std::string jobId;
    std::string code;                 // the Status code name: "ok", "failed precondition", …
    std::vector<std::string> reasons;
    std::string inputsJson = "{}";
};

enum class LedgerKind { Invalid, Reserve, Settle, Release };

struct LedgerRecord {
    UtcTime at{};
    std::string scope; // "fleet", "team:vision"
    LedgerKind kind = LedgerKind::Invalid;
    std::string jobId;
    std::string proposalId; // may be empty
    double kg = 0.0;
};

struct DispatchActionRecord {
    std::int64_t id = 0;
    std::string proposalId;
    std::string cluster;
    std::string action;         // "submit", "hold", "migrate", …
    std::string idempotencyKey; // the proposal id: a retry finds the earlier attempt
    std::string request;        // the exact command or HTTP request (secrets masked)
    bool dryRun = false;
    UtcTime startedAt{};
    std::optional<UtcTime> finishedAt;
    std::string outcome = "pending"; // "pending", "ok", "failed"
    std::string detail;
};

class OperationsRecords {
public:
    explicit OperationsRecords(Database& db) : m_db(db) {}

    Result<std::int64_t> saveFleetSnapshot(const std::string& name, const std::string& fleetJson,
                                           UtcTime takenAt);
    Result<std::optional<FleetSnapshotRecord>> latestFleetSnapshot();

    Result<std::int64_t> recordDecision(const DecisionRecord& decision);
    Result<std::int64_t> countDecisions();

    Status appendLedger(const LedgerRecord& entry);
    // Net kg held or burnt in [window) for a scope: reserves and settlements minus releases.
    Result<double> ledgerNetKg(const std::string& scope, TimeWindow window);

    Result<std::int64_t> startDispatch(const DispatchActionRecord& action);
    Status finishDispatch(std::int64_t id, const std::string& outcome, const std::string& detail,
                          UtcTime finishedAt);
    Result<std::vector<DispatchActionRecord>> dispatchesFor(const std::string& proposalId);

private:
    Database& m_db;
};

} // namespace greenlight
