#include "storecommands.h"

#include "approvalrulesfile.h"
#include "storeaccess.h"

#include "core/json/json.h"
#include "core/scheduler/policyregistry.h"
#include "store/migrations.h"
#include "store/storefile.h"

#include <algorithm>

namespace greenlight::cli {
namespace {

constexpr const char* kStoreUsage =
    "usage: greenlight-cli store info|migrate [--db FILE]\n"
    "Opens the database (creating it, or upgrading an older schema in one transaction) and shows\n"
    "its path, schema version and row counts. A database from a newer Greenlight is refused.\n";
constexpr const char* kUsersUsage =
    "usage: greenlight-cli users list [--db FILE]\n"
    "       greenlight-cli users add|grant|revoke NAME --role viewer|operator|admin|executive\n"
    "Users are OS account names. The first user of a database is its admin; others start as\n"
    "viewers. Only admins change users, and every change is audited.\n";
constexpr const char* kRulesUsage =
    "usage: greenlight-cli rules show [--db FILE]\n"
    "       greenlight-cli rules set --file RULES.json\n"
    "Auto-approval rules per policy, e.g. {\"rules\": [{\"policy\": \"carbon-window\",\n"
    "\"maxDeferralHours\": 2, \"allowMigrations\": false, \"minSlackMinutes\": 30,\n"
    "\"requireBandSaving\": true}]}. Migrations across jurisdictions and proposals under a CRITICAL\n"
    "budget always go to a human. Admins only.\n";

bool wantsHelp(const CliArgs& args, const char* usage, std::ostream& out, std::ostream& err, int& code)
{
    if (args.flag("--help")) {
        out << usage;
        code = 0;
        return true;
    }
    if (args.positional().empty()) {
        err << usage;
        code = 2;
        return true;
    }
    return false;
}

std::string joinRoles(const std::vector<Role>& roles)
{
    std::string text;
    for (Role r : roles)
        text += (text.empty() ? "" : ",") + std::string(roleName(r));
    return text.empty() ? "-" : text;
}

} // namespace

int runStore(const CliArgs& args, std::ostream& out, std::ostream& err)
{
    int code = 0;
    if (wantsHelp(args, kStoreUsage, out, err, code))
        return code;
    const std::string& verb = args.positional()[0];
    if (verb != "info" && verb != "migrate") {
        err << "error: unknown store command '" << verb << "'\n" << kStoreUsage;
        return 2;
    }
    auto s = openSession(args, err);
    if (!s)
        return 1;
    out << "database  " << s->db.path().string() << "\n"
        << "schema    " << schemaVersion(s->db).value() << " (this build: " << kSchemaVersion << ")\n"
        << "you       " << s->user << " (" << joinRoles(s->flow->rolesOf(s->user).value()) << ")\n";
    if (verb == "info") {
        for (const char* table : {"users", "proposals", "decisions", "intensity_readings", "forecasts",
                                  "budget_ledger", "dispatch_actions", "emissions", "audit_log"}) {
            Result<std::int64_t> n = s->db.queryInt(std::string("SELECT count(*) FROM ") + table);
            out << "  " << table << std::string(20 - std::string(table).size(), ' ')
                << (n.ok() ? std::to_string(n.value()) : n.status().toString()) << "\n";
        }
    }
    return 0;
}

int runUsers(const CliArgs& args, std::ostream& out, std::ostream& err)
{
    int code = 0;
    if (wantsHelp(args, kUsersUsage, out, err, code))
        return code;
    const auto& words = args.positional();
    const std::string& verb = words[0];
    auto s = openSession(args, err);
    if (!s)
        return 1;
    if (verb == "list") {
        Result<std::vector<UserRecord>> users = s->flow->users(s->user);
        if (!users.ok())
            return fail(err, users.status());
        for (const UserRecord& u : users.value())
            out << u.name << "  " << joinRoles(u.roles) << "  since " << formatIsoUtc(u.createdAt)
                << (u.disabled ? "  (disabled)" : "") << "\n";
        return 0;
    }
    if (verb != "add" && verb != "grant" && verb != "revoke") {
        err << "error: unknown users command '" << verb << "'\n" << kUsersUsage;
        return 2;
    }
    if (words.size() != 2 || !args.option("--role")) {
        err << "error: " << verb << " needs a user name and --role ROLE\n";
        return 2;
    }
    const Role role = roleFromName(*args.option("--role"));
    if (role == Role::Invalid) {
        err << "error: unknown role '" << *args.option("--role") << "' (viewer, operator, admin, executive)\n";
        return 2;
    }
    Status st = verb == "add"     ? s->flow->addUser(s->user, words[1], role)
        : verb == "grant"         ? s->flow->grant(s->user, words[1], role)
                                  : s->flow->revoke(s->user, words[1], role);
    if (!st.isOk())
        return fail(err, st);
    out << words[1] << ": " << joinRoles(s->flow->rolesOf(words[1]).value()) << "\n";
    return 0;
}

int runRules(const CliArgs& args, std::ostream& out, std::ostream& err)
{
    int code = 0;
    if (wantsHelp(args, kRulesUsage, out, err, code))
        return code;
    const std::string& verb = args.positional()[0];
    auto s = openSession(args, err);
    if (!s)
        return 1;
    if (verb == "show") {
        Result<ApprovalRules> rules = s->flow->approvalRules();
        if (!rules.ok())
            return fail(err, rules.status());
        out << approvalRulesToJson(rules.value()).dump(2) << "\n";
        return 0;
    }
    if (verb == "set") {
        const auto path = args.option("--file");
        if (!path) {
            err << "error: rules set needs --file RULES.json\n";
            return 2;
        }
        Result<ApprovalRules> rules = readApprovalRulesFile(*path);
        if (!rules.ok())
            return fail(err, rules.status());
        if (Status st = s->flow->setApprovalRules(s->user, rules.value()); !st.isOk())
            return fail(err, st);
        out << rules->rules.size() << " rule(s) set\n";
        // A rule for a name no policy has applies only to proposals filed under that name (by
        // hand): likely a typo, and it still replaces the default rule. Said, not refused.
        const std::vector<std::string> known = policyNames();
        for (const AutoApprovalRule& rule : rules->rules) {
            if (rule.policy != "*" && std::find(known.begin(), known.end(), rule.policy) == known.end()) {
                out << "note: no policy is named '" << rule.policy << "' (";
                for (std::size_t i = 0; i < known.size(); ++i)
                    out << (i ? ", " : "") << known[i];
                out << "); its rule applies only to proposals filed under that name\n";
            }
        }
        return 0;
    }
    err << "error: unknown rules command '" << verb << "'\n" << kRulesUsage;
    return 2;
}

} // namespace greenlight::cli
