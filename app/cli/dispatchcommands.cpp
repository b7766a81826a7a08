#include "dispatchcommands.h"

#include "storeaccess.h"

#include "dispatch/clusterconfig.h"
#include "dispatch/dryrunrunner.h"
#include "dispatch/slurmdispatcher.h"
#include "core/dispatch/slurmcommands.h"
#include "dispatch/sshhostworker.h"

#include <chrono>
#include <map>
#include <memory>

namespace greenlight::cli {
namespace {

constexpr const char* kUsage =
    "usage: greenlight-cli dispatch ID --clusters FILE --command CMD [--checkpoint] [--dry-run] [--db FILE]\n"
    "       greenlight-cli dispatch ID --clusters FILE --roll-back REASON [--command CMD] [--dry-run]\n"
    "Carries out an approved proposal on the clusters of its sites (clusters.json: site → Slurm login\n"
    "node over SSH and partition; see docs/dispatch.md). A deferral is submitted with its planned start\n"
    "as the begin time; a migration stops the job at the source (--checkpoint: signal USR1 first) and\n"
    "submits it at the target. The proposal id is the idempotency key: running the command again\n"
    "never creates a second job. --dry-run prints the exact remote commands and sends only queries'\n"
    "stand-ins (nothing). Operators only; every remote action is journaled and audited. The proposal\n"
    "becomes dispatched, then confirmed once the target lists the job as planned, or failed.\n"
    "--roll-back undoes a confirmed or failed proposal: the job is cancelled at the target and, for a\n"
    "migration, submitted again at its source (--command) to start as originally planned.\n";
constexpr const char* kStatusUsage =
    "usage: greenlight-cli clusters --clusters FILE\n"
    "Queue and capacity per site from each cluster (sinfo --json, squeue --me --json): nodes up,\n"
    "CPUs allocated, GPUs, and Greenlight's jobs pending, held and running.\n";

UtcTime nowUtc() { return std::chrono::time_point_cast<Seconds>(std::chrono::system_clock::now()); }

// A runner per endpoint: the dry run, or one SSH worker per login node.
class Runners {
public:
    Runners(bool dryRun) : m_dryRun(dryRun) {}
    CommandRunner& forEndpoint(const ClusterEndpoint& e)
    {
        if (m_dryRun)
            return m_dry;
        const std::string key = e.ssh.host + ":" + std::to_string(e.ssh.port);
        auto& worker = m_workers[key];
        if (!worker)
            worker = std::make_unique<SshHostWorker>(e.ssh, SshWorkerOptions{.minInterval = e.minInterval});
        return *worker;
    }
    const DryRunRunner& dry() const { return m_dry; }

private:
    bool m_dryRun;
    DryRunRunner m_dry;
    std::map<std::string, std::unique_ptr<SshHostWorker>> m_workers;
};

// Undo on the clusters, then in the workflow: cancel at the target; for a migration, submit at the
// source again (same key, so a repeat finds it) to start as originally planned.
int rollBackProposal(const CliArgs& args, std::ostream& out, std::ostream& err, StoreSession& s,
                     const Proposal& p, const ClusterConfig& clusters, bool dryRun)
{
    if (p.state != ProposalState::Confirmed && p.state != ProposalState::Failed) {
        err << "error: only confirmed or failed proposals are rolled back; " << p.id << " is "
            << proposalStateName(p.state) << "\n";
        return 1;
    }
    const bool moved = p.kind != ProposalKind::Defer;
    if (moved && !args.option("--command")) {
        err << "error: rolling back a migration resubmits the job at its source: give --command\n";
        return 2;
    }
    const ClusterEndpoint* target = clusters.forSite(p.targetSite);
    const ClusterEndpoint* source = clusters.forSite(p.sourceSite);
    if (target == nullptr || source == nullptr) {
        err << "error: no cluster for site " << (target == nullptr ? p.targetSite : p.sourceSite) << "\n";
        return 1;
    }
    Runners runners(dryRun);
    StoreDispatchJournal journal(s.db, nowUtc, s.user);
    SlurmDispatcher targetSite(runners.forEndpoint(*target), target->partition, &journal, dryRun);
    DispatchOutcome cancelled = targetSite.cancel(p.id);
    if (!cancelled.status.isOk())
        return fail(err, cancelled.status);
    if (moved) {
        SlurmDispatcher sourceSite(runners.forEndpoint(*source), source->partition, &journal, dryRun);
        ClusterJobSpec spec;
        spec.idempotencyKey = p.id;
        spec.name = p.jobId;
        spec.command = *args.option("--command");
        if (p.originalStart > nowUtc())
            spec.begin = p.originalStart;
        DispatchOutcome back = sourceSite.submit(spec);
        if (!back.status.isOk())
            return fail(err, back.status);
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
    out << p.id << " rolled-back: " << cancelled.detail << (moved ? "; back at " + p.sourceSite : "") << "\n";
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
    Runners runners(false);
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
    if (args.positional().size() != 1 || !args.option("--clusters") || (!rollBack && !args.option("--command"))) {
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
    if (rollBack)
        return rollBackProposal(args, out, err, *s, p.value(), clusters.value(), dryRun);
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
    spec.command = args.option("--command").value_or("");
    if (p->plannedStart > nowUtc())
        spec.begin = p->plannedStart;

    // One runner per login node; a dry run sends nothing anywhere.
    Runners runners(dryRun);
    StoreDispatchJournal journal(s->db, nowUtc, s->user);
    SlurmDispatcher targetSite(runners.forEndpoint(*target), target->partition, &journal, dryRun);
    SlurmDispatcher sourceSite(runners.forEndpoint(*source), source->partition, &journal, dryRun);

    const bool moves = p->kind != ProposalKind::Defer;
    DispatchOutcome outcome = moves ? migrate(sourceSite, targetSite, spec, args.flag("--checkpoint"))
                                    : targetSite.submit(spec);
    if (dryRun) {
        out << "dry run of " << id << " (" << proposalKindName(p->kind) << "): these commands would run\n";
        for (const std::string& line : runners.dry().commands())
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
