#include "store/proposaltrail.h"

#include "core/json/json.h"
#include "core/utctime.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <set>
#include <string_view>
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

namespace {

// What a proposal was filed as (its proposal.file record's inputs) and who last decided it.
struct AuditedProposal {
    std::int64_t filedSeq = 0;
    JsonValue filed;
    std::int64_t decisionSeq = 0;
    std::string decidedBy; // actor of the last approve / auto-approve / reject / expire
};

bool isDecision(const std::string& action)
{
    return action == "proposal.approve" || action == "proposal.auto-approve" || action == "proposal.reject" ||
           action == "proposal.expire";
}

} // namespace

Result<std::vector<TrailMismatch>> checkProposalTrails(Database& db)
{
    // The last state-changing record per proposal, in log order; what it was filed as; who decided.
    std::map<std::string, std::pair<std::int64_t, std::string>> lastTransition;
    std::map<std::string, AuditedProposal> audited;
    Result<Statement> log = db.prepare(
        "SELECT seq, action, object_id, actor, inputs FROM audit_log WHERE object_type = 'proposal' ORDER BY seq");
    if (!log.ok())
        return log.status();
    Status read = forEachRow(log.value(), [&](const Statement& row) {
        const std::string action = row.columnText(1);
        const std::string id = row.columnText(2);
        const std::string state = stateAfterAction(action);
        if (!state.empty())
            lastTransition[id] = {row.columnInt(0), state};
        AuditedProposal& a = audited[id];
        if (action == "proposal.file") {
            a.filedSeq = row.columnInt(0);
            Result<JsonValue> inputs = parseJson(row.columnText(4), "audit record");
            a.filed = inputs.ok() ? std::move(inputs).value() : JsonValue();
        } else if (isDecision(action)) {
            a.decisionSeq = row.columnInt(0);
            a.decidedBy = row.columnText(3);
        }
    });
    if (!read.isOk())
        return read;
    std::vector<TrailMismatch> mismatches;
    Result<Statement> proposals = db.prepare(
        "SELECT id, state, policy, kind, job_id, source_site, target_site, source_jurisdiction, target_jurisdiction, "
        "original_start, planned_start, deadline, decided_by, gpus, run_s, expected_saving_g, saving_low_g, saving_high_g, "
        "budget_state FROM proposals ORDER BY id");
    if (!proposals.ok())
        return proposals.status();
    std::set<std::string> seen;
    read = forEachRow(proposals.value(), [&](const Statement& row) {
        const std::string id = row.columnText(0);
        seen.insert(id);
        const std::string state = row.columnText(1);
        // What dispatch acts on must be what was filed (an UPDATE of the target site or start
        // passed verification, and dispatch sent the job where the log never said).
        if (const auto a = audited.find(id); a != audited.end() && a->second.filed.isObject()) {
            const JsonValue& filed = a->second.filed;
            auto edited = [&](const std::string& field, const std::string& inTable, const std::string& filedAs) {
                mismatches.push_back({id, a->second.filedSeq,
                                      "proposal " + id + " has " + field + " " + inTable + " in the proposals table, "
                                      "but it was filed (record " + std::to_string(a->second.filedSeq) + ") with " +
                                      filedAs + ": the table was edited outside Greenlight"});
            };
            auto time = [&](int column) { return formatIsoUtc(UtcTime{Seconds{row.columnInt(column)}}); };
            // What dispatch acts on, and the budget state auto-approval judged by.
            const std::pair<const char*, std::string> fields[] = {
                {"policy", row.columnText(2)},        {"kind", row.columnText(3)},
                {"job", row.columnText(4)},           {"source_site", row.columnText(5)},
                {"target_site", row.columnText(6)},   {"source_jurisdiction", row.columnText(7)},
                {"target_jurisdiction", row.columnText(8)}, {"original_start", time(9)},
                {"planned_start", time(10)},          {"deadline", time(11)},
                {"budget_state", row.columnText(18)},
            };
            for (const auto& [field, value] : fields) {
                if (filed.get(field).isString() && filed.get(field).asString() != value)
                    edited(field, value, filed.get(field).asString());
            }
            // What the cluster is asked for: the GPUs (filed only when known; 0 in the table
            // then) and the run length.
            const std::pair<const char*, std::int64_t> counts[] = {{"gpus", row.columnInt(13)}, {"run_s", row.columnInt(14)}};
            for (const auto& [field, value] : counts) {
                const bool filedAs = filed.get(field).isNumber();
                const double was = filedAs ? filed.get(field).asNumber(0.0) : 0.0;
                if ((filedAs || std::string_view(field) == "gpus") && was != static_cast<double>(value))
                    edited(field, std::to_string(value), std::to_string(static_cast<long long>(was)));
            }
            // What auto-approval and re-validation judge by: the saving and its band (to the
            // relative 1e-9 the JSON keeps of a double).
            auto differs = [](double x, double y) { return std::abs(x - y) > 1e-9 * std::max({1.0, std::abs(x), std::abs(y)}); };
            const JsonValue& band = filed.get("saving_band_g");
            const bool hasBand = band.isArray() && band.items().size() == 2;
            const std::pair<const char*, std::pair<const JsonValue*, double>> savings[] = {
                {"expected_saving_g", {&filed.get("expected_saving_g"), row.columnDouble(15)}},
                {"saving_low_g", {hasBand ? &band.items()[0] : nullptr, row.columnDouble(16)}},
                {"saving_high_g", {hasBand ? &band.items()[1] : nullptr, row.columnDouble(17)}},
            };
            for (const auto& [field, values] : savings) {
                const auto& [was, now] = values;
                if (was != nullptr && was->isNumber() && differs(was->asNumber(), now))
                    edited(field, std::to_string(now), std::to_string(was->asNumber()));
            }
            if (row.columnText(12) != a->second.decidedBy)
                mismatches.push_back({id, a->second.decisionSeq,
                                      "proposal " + id + " says it was decided by '" + row.columnText(12) + "', but " +
                                      (a->second.decisionSeq ? "its last audited decision (record " +
                                                                   std::to_string(a->second.decisionSeq) + ") was by '" +
                                                                   a->second.decidedBy + "'"
                                                             : std::string("the audit log records no decision")) +
                                      ": the table was edited outside Greenlight"});
        }
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
    // A filed proposal whose row is gone: deleted outside Greenlight (nothing in it deletes one).
    for (const auto& [id, a] : audited) {
        if (a.filedSeq != 0 && !seen.count(id))
            mismatches.push_back({id, a.filedSeq,
                                  "proposal " + id + " was filed (record " + std::to_string(a.filedSeq) +
                                      ") but is not in the proposals table: it was deleted outside Greenlight"});
    }
    return mismatches;
}

} // namespace greenlight
