#include "store/proposaltrail.h"

#include <map>
#include <utility>

namespace greenlight {

std::string stateAfterAction(const std::string& action)
{
    static const std::map<std::string, std::string> kStates = {
        {"proposal.file", "proposed"},         {"proposal.auto-approve", "approved"},
        {"proposal.approve", "approved"},      {"proposal.reject", "rejected"},
        {"proposal.expire", "expired"},        {"proposal.dispatch", "dispatched"},
        {"proposal.confirm", "confirmed"},     {"proposal.fail", "failed"},
        {"proposal.roll-back", "rolled-back"},
    };
    const auto it = kStates.find(action);
    return it == kStates.end() ? std::string() : it->second;
}

Result<std::vector<TrailMismatch>> checkProposalTrails(Database& db)
{
    // The last state-changing record per proposal, in log order.
    std::map<std::string, std::pair<std::int64_t, std::string>> lastTransition;
    Result<Statement> log = db.prepare(
        "SELECT seq, action, object_id FROM audit_log WHERE object_type = 'proposal' ORDER BY seq");
    if (!log.ok())
        return log.status();
    Status read = forEachRow(log.value(), [&](const Statement& row) {
        const std::string state = stateAfterAction(row.columnText(1));
        if (!state.empty())
            lastTransition[row.columnText(2)] = {row.columnInt(0), state};
    });
    if (!read.isOk())
        return read;
    std::vector<TrailMismatch> mismatches;
    Result<Statement> proposals = db.prepare("SELECT id, state FROM proposals ORDER BY id");
    if (!proposals.ok())
        return proposals.status();
    read = forEachRow(proposals.value(), [&](const Statement& row) {
        const std::string id = row.columnText(0);
        const std::string state = row.columnText(1);
        const auto it = lastTransition.find(id);
        if (it == lastTransition.end()) {
            mismatches.push_back({id, 0, "proposal " + id + " is " + state +
                                             " in the proposals table but the audit log never mentions it"});
        } else if (it->second.second != state) {
            mismatches.push_back({id, it->second.first,
                                  "proposal " + id + " is " + state + " in the proposals table, but its last "
                                  "audited transition (record " + std::to_string(it->second.first) +
                                  ") left it " + it->second.second + ": the table was edited outside Greenlight"});
        }
    });
    if (!read.isOk())
        return read;
    return mismatches;
}

} // namespace greenlight
