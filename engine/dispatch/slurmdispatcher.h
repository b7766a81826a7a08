// Bind for Slurm: carries out approved actions on one cluster partition (a site) exactly once.
// Every change first looks the job up by its idempotency key (the proposal id, in the job's
// comment), so a retry after a dropped connection finds the earlier attempt instead of submitting
// twice. Each change is journaled (request before, outcome after) and has a rollback.
//
//   SlurmDispatcher fra(worker, "site-a", &journal);
//   DispatchOutcome o = fra.submit(spec);            // deferred when spec.begin is set
//   fra.hold(spec.idempotencyKey); fra.release(spec.idempotencyKey);
#pragma once

#include "core/dispatch/clusterjob.h"
#include "dispatch/commandrunner.h"
#include "dispatch/dispatchjournal.h"

#include <chrono>
#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace greenlight {

struct DispatchOutcome {
    Status status = Status::ok();
    std::string jobId;
    bool alreadyDone = false; // found done by an earlier attempt: nothing was sent this time
    std::string detail;       // in words, for the operator and the audit log
};

class SlurmDispatcher {
public:
    // `partition`: the site. `journal` may be null (status polls); `dryRun` marks journal entries.
    SlurmDispatcher(CommandRunner& runner, std::string partition, DispatchJournal* journal = nullptr,
                    bool dryRun = false);

    const std::string& partition() const { return m_partition; }
    // How long a running job asked to checkpoint may take to end on its own before it is
    // cancelled (0: at once). The queue is read every few seconds meanwhile.
    void setCheckpointGrace(Seconds grace) { m_checkpointGrace = grace; }

    Result<std::vector<ClusterJob>> jobs();   // ours, all partitions
    Result<std::vector<ClusterNode>> nodes(); // the whole cluster
    // The live (not cancelled or failed) job carrying `key` in this partition, if any.
    Result<std::optional<ClusterJob>> findByKey(const std::string& key);
    // The same, only while it is queued or running (what hold, release, restart or cancel act on).
    Result<std::optional<ClusterJob>> findActiveByKey(const std::string& key);

    DispatchOutcome submit(const ClusterJobSpec& spec); // spec.partition is set to this partition
    DispatchOutcome hold(const std::string& key);
    DispatchOutcome release(const std::string& key);
    DispatchOutcome updateStart(const std::string& key, UtcTime start);
    DispatchOutcome cancel(const std::string& key);
    // Asks the job to checkpoint (a signal its batch script traps), then cancels it.
    DispatchOutcome checkpointAndCancel(const std::string& key, const std::string& signal = "USR1");
    // What a migration stops here: the queued or running job carrying `key` (an earlier attempt),
    // else the one named `name` (the workload's own job, which Greenlight did not submit and
    // which carries no key). Several of that name: an error naming them, nothing stopped.
    // Checkpoints first when `checkpoint` and it runs. Journaled under `key`.
    DispatchOutcome stopForMove(const std::string& key, const std::string& name, bool checkpoint,
                                const std::string& signal = "USR1");

private:
    DispatchOutcome stop(const std::string& key, const ClusterJob& job, bool checkpoint, const std::string& signal);
    // True once job `jobId` has left the queue within the checkpoint grace; false when the grace
    // ran out or the queue could not be read.
    bool waitUntilGone(const std::string& jobId);
    DispatchOutcome change(const std::string& key, const std::string& action, const std::string& command);
    DispatchOutcome withLiveJob(const std::string& key, const char* action,
                                const std::function<DispatchOutcome(const ClusterJob&)>& act);

    CommandRunner& m_runner;
    std::string m_partition;
    DispatchJournal* m_journal;
    bool m_dryRun;
    Seconds m_checkpointGrace{0};
};

// Migration: stop at the source (checkpoint then cancel, or cancel) and submit at the target with
// the same key and the checkpoint reference in the command. Safe to repeat: each half is.
DispatchOutcome migrate(SlurmDispatcher& source, SlurmDispatcher& target, const ClusterJobSpec& spec,
                        bool checkpointFirst);

} // namespace greenlight
