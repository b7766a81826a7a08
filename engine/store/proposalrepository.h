// Proposals and their lifecycle events, as stored. State changes are compare-and-set on the
// current state, so two operators acting at once cannot both win.
//
//   ProposalRepository proposals(db);
//   Result<std::vector<Proposal>> open = proposals.list(ProposalState::Proposed);
#pragma once

#include "core/proposal/proposal.h"
#include "store/database.h"

#include <optional>
#include <string>
#include <vector>

namespace greenlight {

struct ProposalEvent {
    UtcTime at{};
    ProposalState from = ProposalState::Invalid;
    ProposalState to = ProposalState::Invalid;
    std::string actor;
    std::string reason;
};

class ProposalRepository {
public:
    explicit ProposalRepository(Database& db) : m_db(db) {}

    Status insert(const Proposal& proposal); // FailedPrecondition when the id exists
    Result<Proposal> get(const std::string& id);
    // Newest first; all states when `state` is empty; at most `limit` (−1: all of them).
    Result<std::vector<Proposal>> list(std::optional<ProposalState> state = std::nullopt,
                                       int limit = -1);
    Result<std::vector<ProposalEvent>> events(const std::string& id);

    // Moves `id` from `from` to `to` only if it is still in `from` (Aborted otherwise) and the
    // lifecycle allows it; records the event.
    Status transition(const std::string& id, ProposalState from, ProposalState to, UtcTime at,
                      const std::string& actor, const std::string& reason);

private:
    Database& m_db;
};

} // namespace greenlight
