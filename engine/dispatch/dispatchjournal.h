// Every remote action is written down before it is sent and settled after: the dispatch_actions
// table holds the exact request and its outcome, and the audit log gets a record for each, in the
// same transaction. An action whose outcome is still "pending" after a crash is exactly the one a
// retry must look up by its idempotency key.
//
//   StoreDispatchJournal journal(db, clock, "olga");
//   SlurmDispatcher fra(runner, "fra1", &journal);
#pragma once

#include "store/auditlog.h"
#include "store/database.h"
#include "store/operationsrecords.h"
#include "store/workflow.h"

#include <cstdint>
#include <string>

namespace greenlight {

class DispatchJournal {
public:
    virtual ~DispatchJournal() = default;
    // Returns the action's id; the request is the exact command (secrets never appear in it).
    virtual Result<std::int64_t> begin(const std::string& proposalId, const std::string& cluster,
                                       const std::string& action, const std::string& request,
                                       bool dryRun) = 0;
    virtual Status finish(std::int64_t actionId, bool ok, const std::string& detail) = 0;
    // Host-key refusals and other security events.
    virtual Status alarm(const std::string& cluster, const std::string& what) = 0;
};

class StoreDispatchJournal : public DispatchJournal {
public:
    StoreDispatchJournal(Database& db, UtcClock clock, std::string actor);
    Result<std::int64_t> begin(const std::string& proposalId, const std::string& cluster,
                               const std::string& action, const std::string& request, bool dryRun) override;
    Status finish(std::int64_t actionId, bool ok, const std::string& detail) override;
    Status alarm(const std::string& cluster, const std::string& what) override;

private:
    Database& m_db;
    UtcClock m_clock;
    std::string m_actor;
    AuditLog m_audit;
    OperationsRecords m_records;
};

} // namespace greenlight
