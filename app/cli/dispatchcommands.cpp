#include "dispatchcommands.h"

#include "storeaccess.h"

#include "dispatch/clusterconfig.h"
#include "dispatch/dryrunrunner.h"
#include "dispatch/slurmdispatcher.h"
#include "dispatch/sshhostworker.h"

#include <chrono>
#include <memory>

namespace greenlight::cli {
namespace {

constexpr const char* kUsage =
    "usage: greenlight-cli dispatch ID --clusters FILE --command CMD [--checkpoint] [--dry-run] [--db FILE]\n"
    "Carries out an approved proposal on the clusters of its sites (clusters.json: site → Slurm login\n"
    "node over SSH and partition; see docs/dispatch.md). A deferral is submitted with its planned start\n"
    "as the begin time; a migration stops the job at the source (--checkpoint: signal USR1 first) and\n"
    "submits it at the target. The proposal id is the idempotency key: running the command again\n"
    "never creates a second job. --dry-run prints the exact remote commands and sends only queries'\n"
    "stand-ins (nothing). Operators only; every remote action is journaled and audited. The proposal\n"
    "becomes dispatched, then confirmed once the target lists the job as planned, or failed.\n";

UtcTime nowUtc() { return std::chrono::time_point_cast<Seconds>(std::chrono::system_clock::now()); }

} // namespace

int runDispatch(const CliArgs& args, std::ostream& out, std::ostream& err)
{
    if (args.flag("--help")) {
        out << kUsage;
        return 0;
    }
    if (auto unknown = args.unknown({"--clusters", "--command", "--checkpoint", "--dry-run", "--db"}); !unknown.empty()) {
        err << "error: unknown option " << unknown.front() << "\n" << kUsage;
        return 2;
    }
    if (args.positional().size() != 1 || !args.option("--clusters") || !args.option("--command")) {
        err << kUsage;
        return 2;
    }
    const std::string id = args.positional()[0];
    const bool dryRun = args.flag("--dry-run");
    Result<ClusterConfig> clusters = loadClusterConfig(*args.option("--clusters"));
    if (!clusters.ok())
        return fail(err, clusters.status());
    auto s = openSession(args, err);
    if (!s)
        return 1;
    if (Status may = s->flow->mayDispatch(s->user, id); !may.isOk())
        return fail(err, may);
    if (Result<int> expired = s->flow->expireOverdue(); !expired.ok())
        return fail(err, expired.status());
    Result<Proposal> p = s->flow->show(s->user, id);
    if (!p.ok())
        return fail(err, p.status());
    if (p->state != ProposalState::Approved && !(dryRun && p->state == ProposalState::Proposed)) {
        err << "error: proposal " << id << " is " << proposalStateName(p->state)
            << "; only approved proposals are dispatched (proposed ones can be previewed with --dry-run)\n";
        return 1;
    }
    const ClusterEndpoint* target = clusters->forSite(p->targetSite);
    const ClusterEndpoint* source = clusters->forSite(p->sourceSite);
    if (target == nullptr || source == nullptr) {
        err << "error: no cluster for site " << (target == nullptr ? p->targetSite : p->sourceSite) << " in "
            << *args.option("--clusters") << "\n";
        return 1;
    }

    ClusterJobSpec spec;
    spec.idempotencyKey = p->id;
    spec.name = p->jobId;
    spec.command = *args.option("--command");
    if (p->plannedStart > nowUtc())
        spec.begin = p->plannedStart;

    // One runner per login node; a dry run sends nothing anywhere.
    DryRunRunner dry;
    std::unique_ptr<SshHostWorker> targetWorker;
    std::unique_ptr<SshHostWorker> sourceWorker;
    CommandRunner* targetRunner = &dry;
    CommandRunner* sourceRunner = &dry;
    if (!dryRun) {
        targetWorker = std::make_unique<SshHostWorker>(target->ssh, SshWorkerOptions{.minInterval = target->minInterval});
        targetRunner = targetWorker.get();
        if (source == target || (source->ssh.host == target->ssh.host && source->ssh.port == target->ssh.port)) {
            sourceRunner = targetRunner; // one connection to one login node
        } else {
            sourceWorker = std::make_unique<SshHostWorker>(source->ssh, SshWorkerOptions{.minInterval = source->minInterval});
            sourceRunner = sourceWorker.get();
        }
    }
    StoreDispatchJournal journal(s->db, nowUtc, s->user);
    SlurmDispatcher targetSite(*targetRunner, target->partition, &journal, dryRun);
    SlurmDispatcher sourceSite(*sourceRunner, source->partition, &journal, dryRun);

    const bool moves = p->kind != ProposalKind::Defer;
    DispatchOutcome outcome = moves ? migrate(sourceSite, targetSite, spec, args.flag("--checkpoint"))
                                    : targetSite.submit(spec);
    if (dryRun) {
        out << "dry run of " << id << " (" << proposalKindName(p->kind) << "): these commands would run\n";
        for (const std::string& line : dry.commands())
            out << "  " << line << "\n";
        return outcome.status.isOk() ? 0 : fail(err, outcome.status);
    }
    if (!outcome.status.isOk()) {
        err << "error: " << outcome.status.toString() << "\n"
            << "the proposal stays approved; dispatching again is safe (the key finds any job that did start)\n";
        return 1;
    }
    if (p->state == ProposalState::Approved) {
        Result<Proposal> dispatched = s->flow->markDispatched(s->user, id, outcome.detail + ", job " + outcome.jobId);
        if (!dispatched.ok())
            return fail(err, dispatched.status());
    }
    // Confirmed only when the target lists the job where and when the proposal planned it.
    Result<std::optional<ClusterJob>> listed = targetSite.findByKey(id);
    const bool asPlanned = listed.ok() && listed.value()
        && (!spec.begin || listed.value()->eligibleTime == spec.begin || listed.value()->state == ClusterJobState::Running);
    Result<Proposal> settled = asPlanned
        ? s->flow->confirm(id, "queued at " + target->partition + " as job " + listed.value()->id + " ("
                                   + clusterJobStateName(listed.value()->state) + ")")
        : s->flow->fail(id, listed.ok() ? "the target does not list the job as planned"
                                        : "cannot read the target's queue: " + listed.status().message());
    if (!settled.ok())
        return fail(err, settled.status());
    out << id << " " << proposalStateName(settled->state) << ": " << outcome.detail << " (job " << outcome.jobId
        << (outcome.alreadyDone ? ", found from an earlier attempt" : "") << ")\n";
    return settled->state == ProposalState::Confirmed ? 0 : 1;
}

} // namespace greenlight::cli
