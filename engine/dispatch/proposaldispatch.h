// Bind: carries out one approved proposal on the clusters of its sites and settles it in the
// workflow — approved → dispatched → confirmed when the target lists the job where and when the
// proposal planned it, or failed. A deferral is submitted with its planned start as the begin
// time; a migration stops the job at the source and submits it at the target. The proposal id is
// the idempotency key, so running it again never creates a second job. Blocking (SSH): call it
// from a worker thread. Used by `greenlight-cli dispatch` and the console's dispatch service.
//
//   DispatchReport r = dispatchProposal(db, flow, "ada", clusters, {.proposalId = id, .command = cmd}, now);
//   if (r.status.isOk()) show(r.state, r.detail);
#pragma once

#include "dispatch/clusterconfig.h"
#include "store/database.h"
#include "store/workflow.h"

#include <functional>
#include <string>
#include <vector>

namespace greenlight {

struct DispatchRequest {
    std::string proposalId;
    std::string command;     // the batch command to run at the target; empty: the target's job_command
    bool checkpoint = false; // migrations: signal USR1 before cancelling at the source
    bool dryRun = false;     // print the commands, change nothing
};

struct DispatchReport {
    Status status = Status::ok();
    ProposalState state = ProposalState::Invalid; // where the proposal ended
    std::string detail;                           // in words
    std::string jobId;
    bool alreadyDone = false;                     // an earlier attempt had done it
    std::vector<std::string> dryRunCommands;
};

// How long a dispatch or roll-back holds its claim on a proposal before it lapses: 15 min plus
// the source cluster's checkpoint grace.
Seconds dispatchClaimLease(const ClusterEndpoint* source);

// `progress` (optional) hears each step in words: "submitting at site-b", "checking the queue".
DispatchReport dispatchProposal(Database& db, Workflow& flow, const std::string& user, const ClusterConfig& clusters,
                                const DispatchRequest& request, const std::function<UtcTime()>& now,
                                const std::function<void(const std::string&)>& progress = {});

} // namespace greenlight
