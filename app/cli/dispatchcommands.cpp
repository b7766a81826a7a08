#include "dispatchcommands.h"

#include "storeaccess.h"

#include "dispatch/clusterconfig.h"
#include "dispatch/proposaldispatch.h"
#include "dispatch/runnerpool.h"
#include "dispatch/slurmdispatcher.h"
#include "core/dispatch/slurmcommands.h"
#include "dispatch/sshhostworker.h"
#include "store/dispatchclaims.h"

#include <algorithm>
#include <chrono>
#include <map>
#include <memory>
#include <optional>

namespace greenlight::cli {
namespace {

constexpr const char* kUsage =
    "usage: greenlight-cli dispatch ID --clusters FILE [--command CMD] [--checkpoint] [--dry-run] [--db FILE]\n"
    "       greenlight-cli dispatch ID --clusters FILE --roll-back REASON [--command CMD] [--dry-run]\n"
    "Carries out an approved proposal on the clusters of its sites (clusters.json: site → Slurm login\n"
    "node over SSH and partition; see docs/dispatch.md). A deferral is submitted with its planned start\n"
    "as the begin time; a migration stops the job at the source (--checkpoint: signal USR1 first) and\n"
    "submits it at the target. The proposal id is the idempotency key: running the command again\n"
    "never creates a second job. --dry-run prints the exact remote commands and sends only queries'\n"
    "stand-ins (nothing). Operators only; every remote action is journaled and audited. The proposal\n"
    "becomes dispatched, then confirmed once the target lists the job as planned, or failed. Without\n"
    "--command, the target cluster's job_command is submitted ({job} becomes the job id).\n"
    "--roll-back undoes a confirmed or failed proposal: a deferred job gets its original start back\n"
    "(now, if that has passed); a migrated job is cancelled at the target and submitted again at its\n"
    "source (--command, else the source's job_command, with its GPUs) to start as originally planned.\n";
constexpr const char* kStatusUsage =
    "usage: greenlight-cli clusters --clusters FILE\n"
    "Queue and capacity per site from each cluster (sinfo --json, squeue --me --json): nodes up,\n"
    "CPUs allocated, GPUs, and Greenlight's jobs pending, held and running.\n";

UtcTime nowUtc() { return std::chrono::time_point_cast<Seconds>(std::chrono::system_clock::now()); }

// Undo on the clusters, then in the workflow: cancel at the target; for a migration, submit at the
// source again (same key, so a repeat finds it) to start as originally planned.
int rollBackProposal(const CliArgs& args, std::ostream& out, std::ostream& err, StoreSession& s,
                     const Proposal& read, const ClusterConfig& clusters, bool dryRun)
{
    // A roll-back and a dispatch of one proposal must not act on the clusters at once: the same
    // claim as a dispatch, and the proposal read again under it.
    DispatchClaims claims(s.db);
    std::optional<HeldDispatchClaim> held;
    Proposal p = read;
    if (!dryRun) {
        Result<DispatchClaim> c =
            claims.claim(read.id, dispatchHolder(s.user), nowUtc(), dispatchClaimLease(clusters.forSite(read.sourceSite)));
        if (!c.ok())
            return fail(err, c.status());
        held.emplace(claims, std::move(c.value()));
        Result<Proposal> fresh = s.flow->show(s.user, read.id);
        if (!fresh.ok())
            return fail(err, fresh.status());
        p = fresh.value();
    }
    if (p.state != ProposalState::Confirmed && p.state != ProposalState::Failed) {
        err << "error: only confirmed or failed proposals are rolled back; " << p.id << " is "
            << proposalStateName(p.state) << "\n";
        return 1;
    }
    const bool moved = p.kind != ProposalKind::Defer;
    const ClusterEndpoint* target = clusters.forSite(p.targetSite);
    const ClusterEndpoint* source = clusters.forSite(p.sourceSite);
    if (target == nullptr || source == nullptr) {
        err << "error: no cluster for site " << (target == nullptr ? p.targetSite : p.sourceSite) << "\n";
        return 1;
    }
    const std::string command = args.option("--command").value_or(source->commandFor(p.jobId));
    if (moved && command.empty()) {
        err << "error: rolling back a migration resubmits the job at its source: give --command, or "
               "\"job_command\" for site " << source->site << " in the cluster configuration\n";
        return 2;
    }
    RunnerPool runners(dryRun ? DispatchMode::DryRun : DispatchMode::Live);
    StoreDispatchJournal journal(s.db, nowUtc, s.user);
    SlurmDispatcher targetSite(runners.forEndpoint(*target), target->partition, &journal, dryRun);
    std::string done; // what the clusters did, in words
    if (!moved) {
        // A deferral is undone by giving the job back its start, not by cancelling it (that left
        // it running nowhere).
        const UtcTime start = std::max(p.originalStart, nowUtc());
        DispatchOutcome restarted = targetSite.updateStart(p.id, start);
        if (!restarted.status.isOk())
            return fail(err, restarted.status);
        done = restarted.detail + "; starts " + formatIsoUtc(start) + " as first planned";
    } else {
        DispatchOutcome cancelled = targetSite.cancel(p.id);
        if (!cancelled.status.isOk())
            return fail(err, cancelled.status);
        SlurmDispatcher sourceSite(runners.forEndpoint(*source), source->partition, &journal, dryRun);
        ClusterJobSpec spec;
        spec.idempotencyKey = p.id;
        spec.name = p.jobId;
        spec.command = command;
        if (p.originalStart > nowUtc())
            spec.begin = p.originalStart;
        // As the dispatch asked at the target: its GPUs and a time limit (without them the job
        // came back on no GPU, under the partition's default time).
        spec.gpus = p.gpus;
        spec.timeLimit = source->timeLimitFor(p.runDuration);
        DispatchOutcome back = sourceSite.submit(spec);
        if (!back.status.isOk())
            return fail(err, back.status);
        done = cancelled.detail + "; back at " + p.sourceSite;
    }
    if (dryRun) {
        out << "dry run of rolling back " << p.id << ": these commands would run\n";
        for (const std::string& line : runners.dry().commands())
            out << "  " << line << "\n";
        return 0;
    }
    Result<Proposal> rolled = s.flow->rollBack(s.user, p.id, *args.option("--roll-back"));
    if (!rolled.ok())
        return fail(err, rolled.status());
    out << p.id << " rolled-back: " << done << "\n";
    return 0;
}

} // namespace

int runClusters(const CliArgs& args, std::ostream& out, std::ostream& err)
{
    if (args.flag("--help")) {
        out << kStatusUsage;
        return 0;
    }
    if (!args.option("--clusters")) {
        err << kStatusUsage;
        return 2;
    }
    Result<ClusterConfig> clusters = loadClusterConfig(*args.option("--clusters"));
    if (!clusters.ok())
        return fail(err, clusters.status());
    RunnerPool runners(DispatchMode::Live);
    int failures = 0;
    for (const ClusterEndpoint& e : clusters->clusters) {
        SlurmDispatcher site(runners.forEndpoint(e), e.partition);
        Result<std::vector<ClusterNode>> nodes = site.nodes();
        Result<std::vector<ClusterJob>> jobs = site.jobs();
        if (!nodes.ok() || !jobs.ok()) {
            out << e.site << "  unavailable: " << (!nodes.ok() ? nodes.status() : jobs.status()).toString() << "\n";
            ++failures;
            continue;
        }
        PartitionCapacity capacity;
        for (const PartitionCapacity& c : capacityByPartition(nodes.value()))
            if (c.partition == e.partition)
                capacity = c;
        int pending = 0, held = 0, running = 0;
        for (const ClusterJob& j : jobs.value()) {
            if (j.partition != e.partition || j.comment.rfind(kCommentPrefix, 0) != 0)
                continue;
            pending += j.state == ClusterJobState::Pending ? 1 : 0;
            held += j.state == ClusterJobState::Held ? 1 : 0;
            running += j.state == ClusterJobState::Running ? 1 : 0;
        }
        out << e.site << "  partition " << e.partition << ": nodes " << capacity.nodesUp << "/" << capacity.nodes
            << " up, CPUs " << capacity.allocatedCpus << "/" << capacity.cpus << " allocated, GPUs " << capacity.gpus
            << "; Greenlight jobs pending " << pending << ", held " << held << ", running " << running << "\n";
    }
    return failures == 0 ? 0 : 1;
}

int runDispatch(const CliArgs& args, std::ostream& out, std::ostream& err)
{
    if (args.flag("--help")) {
        out << kUsage;
        return 0;
    }
    if (auto unknown = args.unknown({"--clusters", "--command", "--checkpoint", "--dry-run", "--db", "--roll-back"});
        !unknown.empty()) {
        err << "error: unknown option " << unknown.front() << "\n" << kUsage;
        return 2;
    }
    const bool rollBack = args.option("--roll-back").has_value();
    if (args.positional().size() != 1 || !args.option("--clusters")) {
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
    if (rollBack) {
        if (Status may = s->flow->mayDispatch(s->user, id); !may.isOk())
            return fail(err, may);
        Result<Proposal> p = s->flow->show(s->user, id);
        if (!p.ok())
            return fail(err, p.status());
        return rollBackProposal(args, out, err, *s, p.value(), clusters.value(), dryRun);
    }
    const DispatchReport report =
        dispatchProposal(s->db, *s->flow, s->user, clusters.value(),
                         {id, args.option("--command").value_or(""), args.flag("--checkpoint"), dryRun}, nowUtc);
    if (dryRun) {
        if (!report.dryRunCommands.empty())
            out << "dry run of " << id << ": these commands would run\n";
        for (const std::string& line : report.dryRunCommands)
            out << "  " << line << "\n";
        return report.status.isOk() ? 0 : fail(err, report.status);
    }
    if (!report.status.isOk())
        return fail(err, report.status);
    out << id << " " << proposalStateName(report.state) << ": " << report.detail << " (job " << report.jobId
        << (report.alreadyDone ? ", found from an earlier attempt" : "") << ")\n";
    return report.state == ProposalState::Confirmed ? 0 : 1;
}

} // namespace greenlight::cli
