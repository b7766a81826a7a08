#include "core/proposal/approvalrules.h"

#include <cmath>
#include <sstream>

namespace greenlight {

namespace {

std::string hoursText(Seconds s)
{
    std::ostringstream out;
    out << static_cast<double>(s.count()) / 3600.0 << " h";
    return out.str();
}

ApprovalDecision human(std::string reason) { return {false, {}, std::move(reason)}; }

} // namespace

ApprovalRules ApprovalRules::defaults() { return ApprovalRules{{AutoApprovalRule{}}}; }

Result<ApprovalRules> parseApprovalRules(const JsonValue& document)
{
    const char* kSource = "approval rules";
    if (!document.get("rules").isArray())
        return Status(StatusCode::InvalidArgument, "expected {\"rules\": [...]}", kSource);
    ApprovalRules parsed;
    int index = 0;
    for (const JsonValue& item : document.get("rules").items()) {
        ++index;
        const std::string where = "rule " + std::to_string(index);
        if (!item.isObject())
            return Status(StatusCode::InvalidArgument, where + " is not an object", kSource);
        for (const auto& [key, value] : item.members()) {
            if (key != "policy" && key != "maxDeferralHours" && key != "allowMigrations"
                && key != "minSlackMinutes" && key != "requireBandSaving" && key != "humanTimeoutMinutes")
                return Status(StatusCode::InvalidArgument, where + ": unknown field '" + key + "'",
                              kSource);
            // A value of the wrong type was read as the default and reported as set ("4" hours
            // stayed 2, "no" migrations stayed false by luck, 1 for true too).
            const bool isText = key == "policy";
            const bool isFlag = key == "allowMigrations" || key == "requireBandSaving";
            if (isText && (!value.isString() || value.asString().empty()))
                return Status(StatusCode::InvalidArgument, where + ": policy must be a policy name or \"*\"", kSource);
            if (isFlag && !value.isBool())
                return Status(StatusCode::InvalidArgument, where + ": " + key + " must be true or false", kSource);
            if (!isText && !isFlag && !value.isNumber())
                return Status(StatusCode::InvalidArgument, where + ": " + key + " must be a number", kSource);
        }
        AutoApprovalRule rule;
        rule.policy = item.get("policy").isString() ? item.get("policy").asString() : "*";
        // Two rules for one policy: the first would win silently, and the second never apply.
        for (const AutoApprovalRule& earlier : parsed.rules) {
            if (earlier.policy == rule.policy)
                return Status(StatusCode::InvalidArgument,
                              where + ": a second rule for policy '" + rule.policy + "' (one rule per policy)",
                              kSource);
        }
        const double hours = item.get("maxDeferralHours").asNumber(2.0);
        if (!std::isfinite(hours) || hours < 0.0 || hours > 24.0 * 14)
            return Status(StatusCode::InvalidArgument,
                          where + ": maxDeferralHours must be between 0 and 336", kSource);
        rule.maxDeferral = Seconds{static_cast<long long>(std::llround(hours * 3600.0))};
        rule.allowMigrations = item.get("allowMigrations").asBool(false);
        rule.minSlackMinutes = item.get("minSlackMinutes").asNumber(30.0);
        if (!std::isfinite(rule.minSlackMinutes) || rule.minSlackMinutes < 0.0)
            return Status(StatusCode::InvalidArgument, where + ": minSlackMinutes must be ≥ 0",
                          kSource);
        rule.requireBandSaving = item.get("requireBandSaving").asBool(true);
        const double timeoutMinutes = item.get("humanTimeoutMinutes").asNumber(60.0);
        if (!std::isfinite(timeoutMinutes) || timeoutMinutes < 1.0 || timeoutMinutes > 60.0 * 24 * 14)
            return Status(StatusCode::InvalidArgument,
                          where + ": humanTimeoutMinutes must be between 1 and 20160", kSource);
        rule.humanTimeout = Seconds{static_cast<long long>(std::llround(timeoutMinutes * 60.0))};
        parsed.rules.push_back(std::move(rule));
    }
    return parsed;
}

JsonValue approvalRulesToJson(const ApprovalRules& rules)
{
    JsonValue list = JsonValue::array();
    for (const AutoApprovalRule& rule : rules.rules) {
        JsonValue item = JsonValue::object();
        item.set("policy", JsonValue::string(rule.policy));
        item.set("maxDeferralHours", JsonValue::number(static_cast<double>(rule.maxDeferral.count()) / 3600.0));
        item.set("allowMigrations", JsonValue::boolean(rule.allowMigrations));
        item.set("minSlackMinutes", JsonValue::number(rule.minSlackMinutes));
        item.set("requireBandSaving", JsonValue::boolean(rule.requireBandSaving));
        item.set("humanTimeoutMinutes", JsonValue::number(static_cast<double>(rule.humanTimeout.count()) / 60.0));
        list.push(std::move(item));
    }
    JsonValue doc = JsonValue::object();
    doc.set("rules", std::move(list));
    return doc;
}

Seconds humanTimeoutFor(const Proposal& p, const ApprovalRules& rules)
{
    for (const AutoApprovalRule& rule : rules.rules)
        if (rule.policy == "*" || rule.policy == p.policy)
            return rule.humanTimeout;
    return AutoApprovalRule{}.humanTimeout;
}

ApprovalDecision decideApproval(const ApprovalCase& c, const ApprovalRules& rules)
{
    if (c.budgetState == BudgetState::Critical)
        return human("the carbon budget is CRITICAL: every proposal goes to human review");
    if (!c.moves && c.delay <= Seconds{0})
        return {true, "unchanged", "runs where and when it would have: nothing to approve"};
    if (c.moves && c.sourceJurisdiction != c.targetJurisdiction)
        return human("it moves the job from " + c.sourceJurisdiction + " to " + c.targetJurisdiction
                     + "; migrations across jurisdictions always need a human");

    const AutoApprovalRule* rule = nullptr;
    for (const AutoApprovalRule& candidate : rules.rules) {
        if (candidate.policy == "*" || candidate.policy == c.policy) {
            rule = &candidate;
            break;
        }
    }
    if (rule == nullptr)
        return human("no auto-approval rule covers policy " + c.policy);

    const std::string name = rule->policy == "*" ? std::string("default") : rule->policy;
    if (c.moves && !rule->allowMigrations)
        return human("rule " + name + " does not auto-approve migrations");
    if (c.delay > rule->maxDeferral)
        return human("the delay of " + hoursText(c.delay) + " exceeds the " + hoursText(rule->maxDeferral)
                     + " rule " + name + " approves alone");
    if (c.slackMinutes < rule->minSlackMinutes)
        return human("only " + std::to_string(static_cast<long long>(c.slackMinutes))
                     + " min of slack would remain before the deadline");
    if (rule->requireBandSaving && c.savingLowG && *c.savingLowG <= 0.0)
        return human("the forecast band includes no saving at its pessimistic end");

    std::string what = c.moves ? "migration within " + c.targetJurisdiction : "deferral";
    return {true, name + "/" + what + " ≤ " + hoursText(rule->maxDeferral),
            "auto-approved by rule " + name + ": " + what + " of " + hoursText(c.delay)};
}

ApprovalDecision decideApproval(const Proposal& p, const ApprovalRules& rules)
{
    return decideApproval(ApprovalCase{.policy = p.policy,
                                       .moves = p.kind != ProposalKind::Defer,
                                       .sourceJurisdiction = p.sourceJurisdiction,
                                       .targetJurisdiction = p.targetJurisdiction,
                                       .delay = p.delay(),
                                       .slackMinutes = p.slackMinutes(),
                                       .budgetState = p.budgetState,
                                       .savingLowG = p.savingLowG},
                          rules);
}

} // namespace greenlight
