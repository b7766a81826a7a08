#include "proposalcommands.h"

#include "storeaccess.h"

#include "core/json/json.h"
#include "core/proposal/proposaljson.h"

#include <chrono>
#include <cstdio>
#include <fstream>
#include <sstream>

namespace greenlight::cli {
namespace {

constexpr const char* kUsage =
    "usage: greenlight-cli proposals list [--state STATE] [--json] [--db FILE]\n"
    "       greenlight-cli proposals show ID [--json]\n"
    "       greenlight-cli proposals file --file PROPOSAL.json\n"
    "       greenlight-cli proposals approve ID --reason TEXT\n"
    "       greenlight-cli proposals reject ID --reason TEXT\n"
    "       greenlight-cli proposals expire-overdue\n"
    "Proposals filed by the scheduling policies, and the operator's decisions on them. You act as\n"
    "your OS account; the database's roles decide what you may do, and every step (refusals too)\n"
    "goes into the audit log. STATE: proposed, approved, rejected, expired, dispatched,\n"
    "confirmed, failed, rolled-back. The database: --db, else $GREENLIGHT_DB, else\n"
    "~/.local/share/greenlight/greenlight.db.\n";

void printTable(std::ostream& out, const std::vector<Proposal>& proposals)
{
    char line[512];
    std::snprintf(line, sizeof line, "%-24s %-11s %-17s %-14s %-7s %-7s %8s %8s  %s\n", "id", "state",
                  "kind", "policy", "from", "to", "delay h", "save kg", "reason");
    out << line;
    for (const Proposal& p : proposals) {
        std::snprintf(line, sizeof line, "%-24s %-11s %-17s %-14s %-7s %-7s %8.1f %8.2f  %s\n",
                      p.id.c_str(), proposalStateName(p.state), proposalKindName(p.kind), p.policy.c_str(),
                      p.sourceSite.c_str(), p.targetSite.c_str(),
                      static_cast<double>(p.delay().count()) / 3600.0, p.expectedSavingG / 1000.0,
                      p.reasons.empty() ? "" : p.reasons.front().c_str());
        out << line;
    }
}

void printOne(std::ostream& out, const Proposal& p)
{
    out << p.id << "  " << proposalStateName(p.state) << "\n"
        << "  " << proposalKindName(p.kind) << " job " << p.jobId << " by policy " << p.policy << "\n"
        << "  site " << p.sourceSite << " (" << p.sourceJurisdiction << ") -> " << p.targetSite << " ("
        << p.targetJurisdiction << ")\n"
        << "  start " << formatIsoUtc(p.originalStart) << " -> " << formatIsoUtc(p.plannedStart)
        << ", deadline " << formatIsoUtc(p.deadline) << ", slack " << static_cast<long long>(p.slackMinutes())
        << " min\n";
    char saving[128];
    std::snprintf(saving, sizeof saving, "  saves %.2f kg CO2e (band %.2f to %.2f kg), budget %s\n",
                  p.expectedSavingG / 1000.0, p.savingLowG / 1000.0, p.savingHighG / 1000.0,
                  budgetStateName(p.budgetState));
    out << saving;
    for (const std::string& r : p.reasons)
        out << "  - " << r << "\n";
    if (!p.decidedBy.empty())
        out << "  decided by " << p.decidedBy << ": " << p.decisionReason << "\n";
}

int decide(const CliArgs& args, std::ostream& out, std::ostream& err, bool approve)
{
    if (args.positional().size() != 2 || !args.option("--reason")) {
        err << "error: " << (approve ? "approve" : "reject") << " needs a proposal id and --reason TEXT\n";
        return 2;
    }
    auto s = openSession(args, err);
    if (!s)
        return 1;
    const std::string& id = args.positional()[1];
    const std::string reason = *args.option("--reason");
    Result<Proposal> p = approve ? s->flow->approve(s->user, id, reason) : s->flow->reject(s->user, id, reason);
    if (!p.ok())
        return fail(err, p.status());
    out << p->id << " " << proposalStateName(p->state) << " by " << s->user << "\n";
    return 0;
}

} // namespace

int fileProposals(const CliArgs& args, const std::vector<Proposal>& proposals, std::ostream& out,
                  std::ostream& err)
{
    auto s = openSession(args, err);
    if (!s)
        return 1;
    int autoApproved = 0;
    int awaiting = 0;
    int known = 0;
    int pastDeadline = 0;
    // The same job decided differently from the proposal already filed for it (another fleet,
    // policy or forecast): the filed one stands, and the operator is told (it was counted as
    // "filed before", and a move now across jurisdictions never reached a human).
    std::vector<std::string> differing;
    auto where = [](const Proposal& p) {
        return std::string(proposalKindName(p.kind)) + " " + p.sourceSite + " → " + p.targetSite + " at " +
               formatIsoUtc(p.plannedStart);
    };
    for (const Proposal& p : proposals) {
        Result<Proposal> filed = s->flow->file(s->user, p);
        if (!filed.ok()) {
            if (filed.status().message().find("already exists") != std::string::npos) {
                Result<Proposal> earlier = s->flow->show(s->user, p.id);
                if (earlier.ok() && (earlier->kind != p.kind || earlier->targetSite != p.targetSite ||
                                     earlier->sourceSite != p.sourceSite || earlier->plannedStart != p.plannedStart))
                    differing.push_back(p.id + ": filed " + where(earlier.value()) + " (" +
                                        proposalStateName(earlier->state) + "), now " + where(p));
                else
                    ++known;
                continue;
            }
            return fail(err, filed.status());
        }
        (filed->state == ProposalState::Approved ? autoApproved : awaiting) += 1;
        const UtcTime now = std::chrono::time_point_cast<Seconds>(std::chrono::system_clock::now());
        pastDeadline += deadlineOutOfReach(filed.value(), now) ? 1 : 0;
    }
    out << "proposals: " << autoApproved << " auto-approved, " << awaiting << " awaiting an operator, " << known
        << " filed before";
    if (!differing.empty())
        out << ", " << differing.size() << " decided differently from the proposal filed before for the job";
    out << " (of " << proposals.size() << ") in " << s->db.path().string() << "\n";
    if (pastDeadline > 0)
        out << "  note: " << pastDeadline << " of them can no longer meet their deadline (a run over recorded "
               "history plans windows already past): no rule approves them, and the next action or inbox "
               "refresh expires them. Shift the workload to the present (--shift-weeks) to review them.\n";
    if (!differing.empty()) {
        out << "  the proposals filed before stand (one per job) and these new decisions were not filed:\n";
        for (std::size_t i = 0; i < differing.size() && i < 10; ++i)
            out << "  " << differing[i] << "\n";
        if (differing.size() > 10)
            out << "  … and " << differing.size() - 10 << " more\n";
    }
    return 0;
}

void reportNotFiled(std::ostream& out, const ProposalsLeftOut& leftOut, const ProposalsFromRunOptions& options,
                    std::size_t budgetOnly)
{
    if (leftOut.total() == 0 && budgetOnly == 0)
        return;
    out << "  not filed:";
    const char* sep = " ";
    auto say = [&](std::size_t n, const std::string& what) {
        if (n > 0) {
            out << sep << n << ' ' << what;
            sep = ", ";
        }
    };
    say(leftOut.beyondLimit, "beyond --propose-limit " + std::to_string(options.limit));
    char underMin[48];
    std::snprintf(underMin, sizeof underMin, "expected to save under %g g", options.minSavingG);
    say(leftOut.belowMinSaving, underMin);
    say(leftOut.missingDeadline, "whose plan misses the deadline");
    say(budgetOnly, "changing nothing, flagged only by the CRITICAL budget");
    out << '\n';
}

int runProposals(const CliArgs& args, std::ostream& out, std::ostream& err)
{
    const auto& words = args.positional();
    if (args.flag("--help") || words.empty()) {
        (words.empty() && !args.flag("--help") ? err : out) << kUsage;
        return args.flag("--help") ? 0 : 2;
    }
    if (auto unknown = args.unknown({"--db", "--state", "--json", "--file", "--reason"}); !unknown.empty()) {
        err << "error: unknown option " << unknown.front() << "\n" << kUsage;
        return 2;
    }
    const std::string& verb = words[0];
    if (verb == "approve" || verb == "reject")
        return decide(args, out, err, verb == "approve");

    auto s = openSession(args, err);
    if (!s)
        return 1;
    if (verb == "list") {
        std::optional<ProposalState> state;
        if (auto name = args.option("--state")) {
            state = proposalStateFromName(*name);
            if (*state == ProposalState::Invalid) {
                err << "error: unknown state '" << *name << "'\n";
                return 2;
            }
        }
        Result<std::vector<Proposal>> list = s->flow->list(s->user, state);
        if (!list.ok())
            return fail(err, list.status());
        if (args.flag("--json")) {
            JsonValue array = JsonValue::array();
            for (const Proposal& p : list.value())
                array.push(proposalToJson(p));
            out << array.dump(2) << "\n";
        } else {
            printTable(out, list.value());
        }
        return 0;
    }
    if (verb == "show") {
        if (words.size() != 2) {
            err << "error: show needs a proposal id\n";
            return 2;
        }
        Result<Proposal> p = s->flow->show(s->user, words[1]);
        if (!p.ok())
            return fail(err, p.status());
        if (args.flag("--json"))
            out << proposalToJson(p.value()).dump(2) << "\n";
        else
            printOne(out, p.value());
        return 0;
    }
    if (verb == "file") {
        const auto path = args.option("--file");
        if (!path) {
            err << "error: file needs --file PROPOSAL.json\n";
            return 2;
        }
        std::ifstream in(*path);
        if (!in) {
            err << "error: cannot read " << *path << "\n";
            return 1;
        }
        std::stringstream text;
        text << in.rdbuf();
        Result<JsonValue> doc = parseJson(text.str(), *path);
        if (!doc.ok())
            return fail(err, doc.status());
        Result<Proposal> parsed = proposalFromJson(doc.value(), *path);
        if (!parsed.ok())
            return fail(err, parsed.status());
        Result<Proposal> filed = s->flow->file(s->user, parsed.value());
        if (!filed.ok())
            return fail(err, filed.status());
        out << filed->id << " " << proposalStateName(filed->state)
            << (filed->state == ProposalState::Approved ? " (" + filed->decisionReason + ")" : "") << "\n";
        return 0;
    }
    if (verb == "expire-overdue") {
        Result<int> expired = s->flow->expireOverdue();
        if (!expired.ok())
            return fail(err, expired.status());
        out << expired.value() << " proposal(s) expired\n";
        return 0;
    }
    err << "error: unknown proposals command '" << verb << "'\n" << kUsage;
    return 2;
}

} // namespace greenlight::cli
