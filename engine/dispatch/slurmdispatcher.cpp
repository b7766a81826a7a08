#include "dispatch/slurmdispatcher.h"

#include "core/dispatch/slurmcommands.h"
#include "core/dispatch/slurmjson.h"
#include "core/dispatch/shellquote.h"

#include <algorithm>
#include <cctype>
#include <functional>
#include <thread>

namespace greenlight {

namespace {

bool isLive(const ClusterJob& job)
{
    return job.state != ClusterJobState::Cancelled && job.state != ClusterJobState::Failed;
}

// Still queued or running: what hold, release, a new start time or a cancel can act on.
bool isActive(const ClusterJob& job)
{
    return job.state == ClusterJobState::Pending || job.state == ClusterJobState::Held
        || job.state == ClusterJobState::Running || job.state == ClusterJobState::Suspended;
}

bool isWaiting(const ClusterJob& job)
{
    return job.state == ClusterJobState::Pending || job.state == ClusterJobState::Held;
}

DispatchOutcome failed(Status status) { return DispatchOutcome{std::move(status), {}, false, {}}; }

std::string firstLine(const std::string& text)
{
    const auto end = text.find('\n');
    return text.substr(0, end);
}

} // namespace

SlurmDispatcher::SlurmDispatcher(CommandRunner& runner, std::string partition, DispatchJournal* journal,
                                 bool dryRun)
    : m_runner(runner), m_partition(std::move(partition)), m_journal(journal), m_dryRun(dryRun)
{
}

Result<std::vector<ClusterJob>> SlurmDispatcher::jobs()
{
    Result<CommandResult> r = m_runner.run(squeueJsonCommand(), CommandKind::Query);
    if (!r.ok()) {
        if (r.status().code() == StatusCode::FailedPrecondition && m_journal)
            (void)m_journal->alarm(m_partition, r.status().message());
        return r.status();
    }
    if (r->exitStatus != 0)
        return Status(StatusCode::Unavailable, "squeue failed: " + firstLine(r->err), "slurm");
    return parseSqueueJson(r->out, "squeue on " + m_runner.describe());
}

Result<std::vector<ClusterNode>> SlurmDispatcher::nodes()
{
    Result<CommandResult> r = m_runner.run(sinfoJsonCommand(), CommandKind::Query);
    if (!r.ok())
        return r.status();
    if (r->exitStatus != 0)
        return Status(StatusCode::Unavailable, "sinfo failed: " + firstLine(r->err), "slurm");
    return parseSinfoJson(r->out, "sinfo on " + m_runner.describe());
}

Result<std::optional<ClusterJob>> SlurmDispatcher::findByKey(const std::string& key)
{
    Result<std::vector<ClusterJob>> all = jobs();
    if (!all.ok())
        return all.status();
    const std::string comment = kCommentPrefix + key;
    std::optional<ClusterJob> found;
    for (const ClusterJob& job : all.value()) {
        if (job.comment == comment && job.partition == m_partition && isLive(job))
            found = job; // the newest wins: squeue lists in id order
    }
    return found;
}

Result<std::optional<ClusterJob>> SlurmDispatcher::findActiveByKey(const std::string& key)
{
    Result<std::optional<ClusterJob>> job = findByKey(key);
    if (!job.ok() || !job.value() || isActive(*job.value()))
        return job;
    return std::optional<ClusterJob>{};
}

DispatchOutcome SlurmDispatcher::change(const std::string& key, const std::string& action, const std::string& command)
{
    std::int64_t actionId = 0;
    if (m_journal) {
        Result<std::int64_t> id = m_journal->begin(key, m_partition, action, command, m_dryRun);
        if (!id.ok())
            return failed(Status(id.status().code(), "not sent, the journal refused: " + id.status().message(),
                                 "dispatch"));
        actionId = id.value();
    }
    Result<CommandResult> r = m_runner.run(command, CommandKind::Change);
    DispatchOutcome outcome;
    if (!r.ok()) {
        outcome.status = r.status();
        outcome.detail = r.status().message();
        if (r.status().code() == StatusCode::FailedPrecondition && m_journal)
            (void)m_journal->alarm(m_partition, r.status().message());
    } else if (r->exitStatus != 0) {
        outcome.status = Status(StatusCode::FailedPrecondition,
                                action + " refused by Slurm: " + firstLine(r->err.empty() ? r->out : r->err), "slurm");
        outcome.detail = outcome.status.message();
    } else {
        outcome.detail = action + " done on " + m_partition + (m_dryRun ? " (dry run)" : "");
        outcome.jobId = firstLine(r->out);
    }
    if (m_journal)
        (void)m_journal->finish(actionId, outcome.status.isOk(), outcome.detail);
    return outcome;
}

DispatchOutcome SlurmDispatcher::submit(const ClusterJobSpec& original)
{
    ClusterJobSpec spec = original;
    spec.partition = m_partition;
    Result<std::string> command = sbatchCommand(spec);
    if (!command.ok())
        return failed(command.status());
    // Look first: an earlier attempt may have reached Slurm before its connection dropped.
    Result<std::optional<ClusterJob>> existing = findByKey(spec.idempotencyKey);
    if (!existing.ok())
        return failed(existing.status());
    if (existing.value())
        return {Status::ok(), existing.value()->id, true,
                "already submitted as job " + existing.value()->id + " (found by its key)"};
    DispatchOutcome outcome = change(spec.idempotencyKey, spec.begin ? "defer" : "submit", command.value());
    if (outcome.status.isOk()) {
        // "4242" or "4242;cluster"
        const std::string id = outcome.jobId.substr(0, outcome.jobId.find(';'));
        if (validateSlurmJobId(id).isOk()) {
            outcome.jobId = id;
        } else {
            outcome.status = Status(StatusCode::Internal, "sbatch printed '" + outcome.jobId + "', not a job id", "slurm");
        }
    }
    return outcome;
}

DispatchOutcome SlurmDispatcher::withLiveJob(const std::string& key, const char* action,
                                             const std::function<DispatchOutcome(const ClusterJob&)>& act)
{
    Result<std::optional<ClusterJob>> job = findActiveByKey(key);
    if (!job.ok())
        return failed(job.status());
    if (!job.value())
        return failed(Status(StatusCode::NotFound,
                             std::string("no live job with key ") + key + " in " + m_partition + " to " + action,
                             "dispatch"));
    return act(*job.value());
}

DispatchOutcome SlurmDispatcher::hold(const std::string& key)
{
    return withLiveJob(key, "hold", [&](const ClusterJob& job) {
        if (job.state == ClusterJobState::Held)
            return DispatchOutcome{Status::ok(), job.id, true, "job " + job.id + " is already held"};
        if (job.state != ClusterJobState::Pending)
            return failed(Status(StatusCode::FailedPrecondition,
                                 "job " + job.id + " is " + clusterJobStateName(job.state) + "; only pending jobs can be held",
                                 "dispatch"));
        DispatchOutcome o = change(key, "hold", scontrolHoldCommand(job.id).value());
        o.jobId = job.id;
        return o;
    });
}

DispatchOutcome SlurmDispatcher::release(const std::string& key)
{
    return withLiveJob(key, "release", [&](const ClusterJob& job) {
        if (job.state != ClusterJobState::Held)
            return DispatchOutcome{Status::ok(), job.id, true, "job " + job.id + " is not held"};
        DispatchOutcome o = change(key, "release", scontrolReleaseCommand(job.id).value());
        o.jobId = job.id;
        return o;
    });
}

DispatchOutcome SlurmDispatcher::updateStart(const std::string& key, UtcTime start)
{
    return withLiveJob(key, "update the start of", [&](const ClusterJob& job) {
        if (!isWaiting(job))
            return failed(Status(StatusCode::FailedPrecondition,
                                 "job " + job.id + " is " + clusterJobStateName(job.state) + "; its start cannot move",
                                 "dispatch"));
        if (job.eligibleTime == start)
            return DispatchOutcome{Status::ok(), job.id, true, "job " + job.id + " already starts then"};
        DispatchOutcome o = change(key, "update-start", scontrolUpdateStartCommand(job.id, start).value());
        o.jobId = job.id;
        return o;
    });
}

DispatchOutcome SlurmDispatcher::stop(const std::string& key, const ClusterJob& job, bool checkpoint,
                                      const std::string& signal)
{
    if (checkpoint && job.state == ClusterJobState::Running) {
        DispatchOutcome signalled =
            change(key, "checkpoint", "scancel --batch " + shellQuote("--signal=" + signal) + ' ' + shellQuote(job.id));
        if (!signalled.status.isOk())
            return signalled;
        // Give it time to write its checkpoint and end: a cancel right after the signal (one
        // queue read later) killed it mid-write.
        if (!m_dryRun && waitUntilGone(job.id))
            return {Status::ok(), job.id, false, "job " + job.id + " ended on its own after its checkpoint"};
    }
    DispatchOutcome o = change(key, "cancel", scancelCommand(job.id).value());
    o.jobId = job.id;
    return o;
}

bool SlurmDispatcher::waitUntilGone(const std::string& jobId)
{
    using Clock = std::chrono::steady_clock;
    const Clock::time_point until = Clock::now() + m_checkpointGrace;
    constexpr Seconds kPollEvery{2};
    while (Clock::now() < until) {
        const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(until - Clock::now());
        std::this_thread::sleep_for(std::min<std::chrono::milliseconds>(kPollEvery, left));
        Result<std::vector<ClusterJob>> all = jobs();
        if (!all.ok())
            return false; // cannot tell: the cancel settles it
        const bool active = std::any_of(all->begin(), all->end(),
                                        [&](const ClusterJob& j) { return j.id == jobId && isActive(j); });
        if (!active)
            return true;
    }
    return false;
}

namespace {

bool plainSignalName(const std::string& signal)
{
    return !signal.empty() && signal.size() <= 8
        && std::all_of(signal.begin(), signal.end(), [](char c) { return std::isalnum(static_cast<unsigned char>(c)); });
}

} // namespace

DispatchOutcome SlurmDispatcher::cancel(const std::string& key)
{
    Result<std::optional<ClusterJob>> job = findActiveByKey(key);
    if (!job.ok())
        return failed(job.status());
    if (!job.value()) {
        if (m_dryRun)
            m_runner.run("# at " + m_partition + ", the job with key " + key + ", if queued or running: scancel <its id>",
                         CommandKind::Query);
        return {Status::ok(), {}, true, "no queued or running job with key " + key + " in " + m_partition + ": nothing to cancel"};
    }
    return stop(key, *job.value(), false, {});
}

DispatchOutcome SlurmDispatcher::checkpointAndCancel(const std::string& key, const std::string& signal)
{
    if (!plainSignalName(signal))
        return failed(Status(StatusCode::InvalidArgument, "'" + signal + "' is not a signal name", "dispatch"));
    Result<std::optional<ClusterJob>> job = findActiveByKey(key);
    if (!job.ok())
        return failed(job.status());
    if (!job.value()) {
        if (m_dryRun) // the dry run reads no queue: say what a live run does with the job it finds
            m_runner.run("# at " + m_partition + ", the job with key " + key + ", if queued or running: "
                             "scancel --batch --signal=" + signal + " <its id> (when running), then scancel <its id>",
                         CommandKind::Query);
        return {Status::ok(), {}, true, "no queued or running job with key " + key + ": nothing to checkpoint"};
    }
    return stop(key, *job.value(), true, signal);
}

DispatchOutcome SlurmDispatcher::stopForMove(const std::string& key, const std::string& name, bool checkpoint,
                                             const std::string& signal)
{
    if (checkpoint && !plainSignalName(signal))
        return failed(Status(StatusCode::InvalidArgument, "'" + signal + "' is not a signal name", "dispatch"));
    Result<std::vector<ClusterJob>> all = jobs();
    if (!all.ok())
        return failed(all.status());
    const std::string comment = kCommentPrefix + key;
    std::optional<ClusterJob> byKey;
    std::vector<ClusterJob> byName;
    for (const ClusterJob& job : all.value()) {
        if (job.partition != m_partition || !isActive(job))
            continue;
        if (job.comment == comment)
            byKey = job;
        else if (job.name == name)
            byName.push_back(job);
    }
    if (!byKey && byName.size() > 1) {
        std::string ids;
        for (const ClusterJob& job : byName)
            ids += (ids.empty() ? "" : ", ") + job.id;
        return failed(Status(StatusCode::FailedPrecondition,
                             "several queued or running jobs named " + name + " in " + m_partition + " (" + ids +
                                 "): stop the one to move by hand, then dispatch again",
                             "dispatch"));
    }
    const std::optional<ClusterJob> job = byKey ? byKey : byName.empty() ? std::nullopt : std::optional(byName.front());
    if (!job) {
        if (m_dryRun) // the dry run reads no queue: say what a live run does with the job it finds
            m_runner.run("# at " + m_partition + ", the job with key " + key + " or else named " + name +
                             ", if queued or running: " +
                             (checkpoint ? "scancel --batch --signal=" + signal + " <its id> (when running), then " : "") +
                             "scancel <its id>",
                         CommandKind::Query);
        return {Status::ok(), {}, true,
                "no queued or running job with key " + key + " or named " + name + " in " + m_partition};
    }
    return stop(key, *job, checkpoint, signal);
}

DispatchOutcome migrate(SlurmDispatcher& source, SlurmDispatcher& target, const ClusterJobSpec& spec,
                        bool checkpointFirst)
{
    // The workload's job at the source carries no key of ours: it is found by its name. (Looking
    // only for the proposal's key found nothing, and the job ran at both sites.)
    DispatchOutcome stopped = source.stopForMove(spec.idempotencyKey, spec.name, checkpointFirst);
    if (!stopped.status.isOk())
        return stopped;
    const std::string atSource = stopped.jobId.empty()
        ? "nothing to stop at " + source.partition() + " (" + stopped.detail + ")"
        : "stopped job " + stopped.jobId + " at " + source.partition() + " (" + stopped.detail + ")";
    DispatchOutcome started = target.submit(spec);
    if (started.status.isOk()) {
        started.detail = atSource + "; " + started.detail;
    } else if (!stopped.jobId.empty() && !stopped.alreadyDone) {
        // Say it plainly: the job is stopped and runs nowhere until the target takes it.
        started.status = Status(started.status.code(),
                                started.status.message() + "; job " + stopped.jobId + " was stopped at " +
                                    source.partition() + " and now runs nowhere: dispatch again once " +
                                    target.partition() + " can take it",
                                started.status.source());
    }
    return started;
}

} // namespace greenlight
