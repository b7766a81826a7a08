#include "dispatch/proposaldispatch.h"

#include "dispatch/dispatchjournal.h"
#include "dispatch/runnerpool.h"
#include "dispatch/slurmdispatcher.h"
#include "store/dispatchclaims.h"

#include <optional>

namespace greenlight {

namespace {

DispatchReport failed(Status status)
{
    DispatchReport r;
    r.status = std::move(status);
    return r;
}

} // namespace

Seconds dispatchClaimLease(const ClusterEndpoint* source)
{
    // Long enough for the slowest dispatch: SSH and queue reads, plus the checkpoint's grace.
    return Seconds{15 * 60} + (source != nullptr ? source->checkpointGrace : Seconds{0});
}

DispatchReport dispatchProposal(Database& db, Workflow& flow, const std::string& user, const ClusterConfig& clusters,
                                const DispatchRequest& request, const std::function<UtcTime()>& now,
                                const std::function<void(const std::string&)>& progress)
{
    auto say = [&](const std::string& step) {
        if (progress)
            progress(step);
    };
    const std::string& id = request.proposalId;
    if (Status may = flow.mayDispatch(user, id); !may.isOk())
        return failed(may);
    // A dry run changes nothing: it previews, and leaves overdue proposals for a real action to
    // expire (one dry run expired every overdue proposal in the database).
    if (!request.dryRun) {
        if (Result<int> expired = flow.expireOverdue(); !expired.ok())
            return failed(expired.status());
    }
    Result<Proposal> p = flow.show(user, id);
    if (!p.ok())
        return failed(p.status());
    // Only one dispatch of a proposal at a time: two at once would both find no job by the key
    // and both submit. The proposal is read again under the claim: the other may have just ended.
    DispatchClaims claims(db);
    std::optional<HeldDispatchClaim> held;
    const Seconds lease = dispatchClaimLease(clusters.forSite(p->sourceSite));
    if (!request.dryRun) {
        Result<DispatchClaim> claim = claims.claim(id, dispatchHolder(user), now(), lease);
        if (!claim.ok())
            return failed(claim.status());
        held.emplace(claims, std::move(claim.value()));
        p = flow.show(user, id);
        if (!p.ok())
            return failed(p.status());
    }
    // A dispatched proposal may be dispatched again: the key finds the job, and only the
    // confirmation is redone (the step that failed to record, or could not read the queue).
    const bool mayRun = p->state == ProposalState::Approved || p->state == ProposalState::Dispatched;
    if (!mayRun && !(request.dryRun && p->state == ProposalState::Proposed))
        return failed(Status(StatusCode::FailedPrecondition,
                             "proposal " + id + " is " + proposalStateName(p->state)
                                 + "; only approved proposals are dispatched (proposed ones can be previewed as a dry "
                                   "run, dispatched ones dispatched again to confirm them)",
                             "dispatch"));
    const ClusterEndpoint* target = clusters.forSite(p->targetSite);
    const ClusterEndpoint* source = clusters.forSite(p->sourceSite);
    if (target == nullptr || source == nullptr)
        return failed(Status(StatusCode::FailedPrecondition,
                             "no cluster for site " + (target == nullptr ? p->targetSite : p->sourceSite)
                                 + " in the cluster configuration",
                             "dispatch"));

    ClusterJobSpec spec;
    spec.idempotencyKey = p->id;
    spec.name = p->jobId;
    spec.command = request.command.empty() ? target->commandFor(p->jobId) : request.command;
    if (spec.command.empty())
        return failed(Status(StatusCode::FailedPrecondition,
                             "no command to run for job " + p->jobId + ": give one, or \"job_command\" for site "
                                 + target->site + " in the cluster configuration",
                             "dispatch"));
    if (p->plannedStart > now())
        spec.begin = p->plannedStart;
    // The job's GPUs (Slurm --gres=gpu:N): without them the cluster would start it on none.
    spec.gpus = p->gpus;
    spec.timeLimit = target->timeLimitFor(p->runDuration);

    RunnerPool runners(request.dryRun ? DispatchMode::DryRun : DispatchMode::Live);
    StoreDispatchJournal journal(db, now, user);
    SlurmDispatcher targetSite(runners.forEndpoint(*target), target->partition, &journal, request.dryRun);
    SlurmDispatcher sourceSite(runners.forEndpoint(*source), source->partition, &journal, request.dryRun);
    sourceSite.setCheckpointGrace(source->checkpointGrace);

    const bool moves = p->kind != ProposalKind::Defer;
    say(moves ? "moving the job from " + source->partition + " to " + target->partition
              : "submitting at " + target->partition + (spec.begin ? " to begin " + formatIsoUtc(*spec.begin) : ""));
    if (held) {
        if (Status kept = held->renew(now(), lease); !kept.isOk())
            return failed(kept);
    }
    DispatchOutcome outcome = moves ? migrate(sourceSite, targetSite, spec, request.checkpoint) : targetSite.submit(spec);
    DispatchReport report;
    report.jobId = outcome.jobId;
    report.alreadyDone = outcome.alreadyDone;
    report.detail = outcome.detail;
    report.state = p->state;
    if (request.dryRun) {
        report.status = outcome.status;
        report.dryRunCommands = runners.dry().commands();
        return report;
    }
    if (!outcome.status.isOk()) {
        report.status = Status(outcome.status.code(),
                               outcome.status.message()
                                   + "; the proposal stays approved and dispatching again is safe (the key finds any job that did start)",
                               outcome.status.source());
        return report;
    }
    // The cluster has the job: if the store cannot record a step, say so and keep what the
    // cluster said (dispatching again is safe: the key finds the job).
    auto unrecorded = [&](const Status& status) {
        report.status = Status(status.code(),
                               "job " + outcome.jobId + " was accepted, but the store could not record it: " +
                                   status.message() + "; dispatching again finds the job by its key",
                               status.source());
        return report;
    };
    if (p->state == ProposalState::Approved) {
        Result<Proposal> dispatched = flow.markDispatched(user, id, outcome.detail + ", job " + outcome.jobId);
        if (!dispatched.ok())
            return unrecorded(dispatched.status());
    }
    // Confirmed only when the target lists the job where and when the proposal planned it.
    say("checking the queue at " + target->partition);
    Result<std::optional<ClusterJob>> listed = targetSite.findByKey(id);
    if (!listed.ok()) {
        // Not read is not refused: the cluster took the job, so the proposal stays dispatched
        // (it was failed, and an operator could roll back a healthy job).
        report.state = ProposalState::Dispatched;
        report.status = Status(StatusCode::Unavailable,
                               "job " + outcome.jobId + " was accepted, but the queue at " + target->partition +
                                   " could not be read to confirm it: " + listed.status().message() +
                                   "; dispatch again to confirm",
                               "dispatch");
        return report;
    }
    const bool asPlanned = listed.ok() && listed.value()
        && (!spec.begin || listed.value()->eligibleTime == spec.begin || listed.value()->state == ClusterJobState::Running);
    const std::string why = asPlanned ? "queued at " + target->partition + " as job " + listed.value()->id + " ("
                                            + clusterJobStateName(listed.value()->state) + ")"
        : "the target does not list the job as planned";
    Result<Proposal> settled = asPlanned ? flow.confirm(id, why) : flow.fail(id, why);
    if (!settled.ok())
        return unrecorded(settled.status());
    report.state = settled->state;
    if (settled->state != ProposalState::Confirmed)
        report.status = Status(StatusCode::Aborted, why, "dispatch");
    else
        report.detail = outcome.detail + "; " + why;
    return report;
}

} // namespace greenlight
