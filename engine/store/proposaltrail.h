// The proposals table held against the audit log: every proposal's state must be the one its
// last audited transition left it in. The hash chain covers the log; this covers a direct edit
// of the table (an UPDATE that "approves" a proposal without any audited decision).
//
//   Result<std::vector<TrailMismatch>> m = checkProposalTrails(db);
//   for (const auto& x : *m) std::cout << x.problem << '\n';
#pragma once

#include "store/database.h"

#include <cstdint>
#include <string>
#include <vector>

namespace greenlight {

struct TrailMismatch {
    std::string proposalId;
    std::int64_t lastRecordSeq = 0; // the proposal's last transition in the log (0: none)
    std::string problem;            // in words
};

// The state each audited action leaves a proposal in ("proposal.approve" → "approved"), or
// empty for actions that change no state.
std::string stateAfterAction(const std::string& action);

Result<std::vector<TrailMismatch>> checkProposalTrails(Database& db);

} // namespace greenlight
