#include "core/proposal/proposaljson.h"

#include <set>
#include <cmath>
#include <string>

namespace greenlight {

namespace {

BudgetState budgetStateNamed(const std::string& name)
{
    for (BudgetState s : {BudgetState::Normal, BudgetState::Tightening, BudgetState::Restricted,
                          BudgetState::Critical})
        if (name == budgetStateName(s))
            return s;
    return BudgetState::Invalid;
}

} // namespace

Result<Proposal> proposalFromJson(const JsonValue& doc, std::string_view label)
{
    const std::string source(label);
    auto error = [&](const std::string& message) {
        return Status(StatusCode::InvalidArgument, message, source);
    };
    if (!doc.isObject())
        return error("a proposal is a JSON object");
    // A misspelt field would otherwise be dropped and the proposal filed without it. The fields
    // proposalToJson writes for display (state, decision, derived figures) are read over.
    static const std::set<std::string, std::less<>> kKnown = {
        "id", "policy", "kind", "job", "source_site", "target_site", "source_jurisdiction",
        "target_jurisdiction", "original_start", "planned_start", "deadline", "run_hours", "gpus",
        "expected_saving_kg", "saving_band_kg", "reasons", "budget_state",
        "state", "created_at", "decided_by", "decision_reason", "delay_hours", "slack_minutes"};
    for (const auto& [key, value] : doc.members()) {
        (void)value;
        if (!kKnown.contains(key))
            return error("unknown field \"" + key + "\"");
    }
    auto text = [&](const char* key, std::string& out) -> bool {
        if (!doc.get(key).isString() || doc.get(key).asString().empty())
            return false;
        out = doc.get(key).asString();
        return true;
    };
    Proposal p;
    std::string kind;
    for (auto [key, out] : {std::pair<const char*, std::string*>{"id", &p.id}, {"policy", &p.policy},
                            {"kind", &kind}, {"job", &p.jobId}, {"source_site", &p.sourceSite},
                            {"target_site", &p.targetSite}, {"source_jurisdiction", &p.sourceJurisdiction},
                            {"target_jurisdiction", &p.targetJurisdiction}}) {
        if (!text(key, *out))
            return error(std::string("\"") + key + "\" must be a non-empty string");
    }
    p.kind = proposalKindFromName(kind);
    if (p.kind == ProposalKind::Invalid)
        return error("\"kind\" must be defer, migrate or defer-and-migrate, not '" + kind + "'");
    for (auto [key, out] : {std::pair<const char*, UtcTime*>{"original_start", &p.originalStart},
                            {"planned_start", &p.plannedStart}, {"deadline", &p.deadline}}) {
        const auto t = parseIsoUtc(doc.get(key).asString());
        if (!t)
            return error(std::string("\"") + key + "\" must be an ISO-8601 UTC time");
        *out = *t;
    }
    const double runHours = doc.get("run_hours").asNumber(-1.0);
    if (!std::isfinite(runHours) || runHours <= 0.0 || runHours > 24.0 * 365)
        return error("\"run_hours\" must be a positive number of hours");
    p.runDuration = Seconds{static_cast<long long>(std::llround(runHours * 3600.0))};
    if (doc.get("gpus").isPresent()) {
        const double gpus = doc.get("gpus").asNumber(-1.0);
        if (!doc.get("gpus").isNumber() || gpus < 0 || gpus > 1e6 || gpus != std::floor(gpus))
            return error("\"gpus\" must be a whole number of GPUs");
        p.gpus = static_cast<int>(gpus);
    }
    if (!doc.get("expected_saving_kg").isNumber())
        return error("\"expected_saving_kg\" must be a number");
    p.expectedSavingG = doc.get("expected_saving_kg").asNumber() * 1000.0;
    const auto& band = doc.get("saving_band_kg").items();
    if (band.size() != 2 || !band[0].isNumber() || !band[1].isNumber())
        return error("\"saving_band_kg\" must be [low, high]");
    p.savingLowG = band[0].asNumber() * 1000.0;
    p.savingHighG = band[1].asNumber() * 1000.0;
    for (const JsonValue& reason : doc.get("reasons").items()) {
        if (!reason.isString())
            return error("\"reasons\" must be a list of strings");
        p.reasons.push_back(reason.asString());
    }
    const std::string budget = doc.get("budget_state").isString() ? doc.get("budget_state").asString() : "NORMAL";
    p.budgetState = budgetStateNamed(budget);
    if (p.budgetState == BudgetState::Invalid)
        return error("\"budget_state\" must be NORMAL, TIGHTENING, RESTRICTED or CRITICAL");
    if (Status s = validateProposal(p); !s.isOk())
        return Status(s.code(), s.message(), source);
    return p;
}

JsonValue proposalToJson(const Proposal& p)
{
    JsonValue o = JsonValue::object();
    o.set("id", JsonValue::string(p.id));
    o.set("state", JsonValue::string(proposalStateName(p.state)));
    o.set("policy", JsonValue::string(p.policy));
    o.set("kind", JsonValue::string(proposalKindName(p.kind)));
    o.set("job", JsonValue::string(p.jobId));
    o.set("source_site", JsonValue::string(p.sourceSite));
    o.set("target_site", JsonValue::string(p.targetSite));
    o.set("source_jurisdiction", JsonValue::string(p.sourceJurisdiction));
    o.set("target_jurisdiction", JsonValue::string(p.targetJurisdiction));
    o.set("created_at", JsonValue::string(formatIsoUtc(p.createdAt)));
    o.set("original_start", JsonValue::string(formatIsoUtc(p.originalStart)));
    o.set("planned_start", JsonValue::string(formatIsoUtc(p.plannedStart)));
    o.set("deadline", JsonValue::string(formatIsoUtc(p.deadline)));
    o.set("run_hours", JsonValue::number(static_cast<double>(p.runDuration.count()) / 3600.0));
    if (p.gpus > 0)
        o.set("gpus", JsonValue::number(p.gpus));
    o.set("delay_hours", JsonValue::number(static_cast<double>(p.delay().count()) / 3600.0));
    o.set("slack_minutes", JsonValue::number(p.slackMinutes()));
    o.set("expected_saving_kg", JsonValue::number(p.expectedSavingG / 1000.0));
    o.set("saving_band_kg", JsonValue::array({JsonValue::number(p.savingLowG / 1000.0),
                                              JsonValue::number(p.savingHighG / 1000.0)}));
    JsonValue reasons = JsonValue::array();
    for (const std::string& r : p.reasons)
        reasons.push(JsonValue::string(r));
    o.set("reasons", std::move(reasons));
    o.set("budget_state", JsonValue::string(budgetStateName(p.budgetState)));
    o.set("decided_by", JsonValue::string(p.decidedBy));
    o.set("decision_reason", JsonValue::string(p.decisionReason));
    return o;
}

} // namespace greenlight
