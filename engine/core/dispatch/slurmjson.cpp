#include "core/dispatch/slurmjson.h"

#include "core/json/json.h"

#include <cmath>

namespace greenlight {

namespace {

// A number in either schema: 42, or {"set": true, "infinite": false, "number": 42}.
std::optional<double> slurmNumber(const JsonValue& v)
{
    if (v.isNumber())
        return v.asNumber();
    if (v.isObject()) {
        if (!v.get("set").asBool(true) || v.get("infinite").asBool(false))
            return std::nullopt;
        if (v.get("number").isNumber())
            return v.get("number").asNumber();
    }
    return std::nullopt;
}

std::optional<UtcTime> slurmTime(const JsonValue& v)
{
    const std::optional<double> n = slurmNumber(v);
    if (!n || !std::isfinite(*n) || *n <= 0.0)
        return std::nullopt; // 0 means "not set" in the old schema
    return UtcTime{Seconds{static_cast<long long>(*n)}};
}

// "RUNNING" or ["PENDING", "REQUEUED"] → "PENDING,REQUEUED"; the first flag is the base state.
std::string joinedState(const JsonValue& v, std::string& base)
{
    if (v.isString()) {
        base = v.asString();
        return base;
    }
    std::string joined;
    for (const JsonValue& flag : v.items()) {
        if (!flag.isString())
            continue;
        if (joined.empty())
            base = flag.asString();
        joined += (joined.empty() ? "" : ",") + flag.asString();
    }
    return joined;
}

std::string idText(const JsonValue& v)
{
    const std::optional<double> n = slurmNumber(v);
    if (n && *n >= 0.0 && *n < 1e15)
        return std::to_string(static_cast<long long>(*n));
    return v.isString() ? v.asString() : std::string();
}

Status schemaError(std::string_view label, const std::string& message)
{
    return Status(StatusCode::InvalidArgument, message, std::string(label));
}

} // namespace

ClusterJobState slurmStateFrom(const std::string& state, const std::string& reason)
{
    if (state == "PENDING")
        return reason.rfind("JobHeld", 0) == 0 ? ClusterJobState::Held : ClusterJobState::Pending;
    if (state == "RUNNING" || state == "CONFIGURING")
        return ClusterJobState::Running;
    if (state == "COMPLETING") // finishing: nothing left to hold, move or cancel
        return ClusterJobState::Completed;
    if (state == "SUSPENDED")
        return ClusterJobState::Suspended;
    if (state == "COMPLETED")
        return ClusterJobState::Completed;
    if (state == "CANCELLED")
        return ClusterJobState::Cancelled;
    if (state == "FAILED" || state == "TIMEOUT" || state == "NODE_FAIL" || state == "OUT_OF_MEMORY"
        || state == "BOOT_FAIL" || state == "DEADLINE" || state == "PREEMPTED")
        return ClusterJobState::Failed;
    return ClusterJobState::Unknown;
}

Result<std::vector<ClusterJob>> parseSqueueJson(std::string_view text, std::string_view label)
{
    Result<JsonValue> doc = parseJson(text, label);
    if (!doc.ok())
        return doc.status();
    if (!doc->get("jobs").isArray())
        return schemaError(label, "squeue output has no \"jobs\" list");
    if (!doc->get("errors").items().empty()) {
        const JsonValue& first = doc->get("errors").items().front();
        const std::string what = first.get("error").isString() ? first.get("error").asString()
                                                                 : first.get("description").asString();
        return Status(StatusCode::Unavailable, "squeue reported: " + what, std::string(label));
    }
    std::vector<ClusterJob> jobs;
    for (const JsonValue& j : doc->get("jobs").items()) {
        ClusterJob job;
        job.id = idText(j.get("job_id"));
        if (job.id.empty())
            return schemaError(label, "a job without \"job_id\"");
        job.name = j.get("name").asString();
        job.comment = j.get("comment").asString();
        job.partition = j.get("partition").asString();
        std::string base;
        job.rawState = joinedState(j.get("job_state"), base);
        job.reason = j.get("state_reason").asString();
        job.state = slurmStateFrom(base, job.reason);
        job.submitTime = slurmTime(j.get("submit_time"));
        job.eligibleTime = slurmTime(j.get("eligible_time"));
        job.startTime = slurmTime(j.get("start_time"));
        job.cpus = static_cast<int>(slurmNumber(j.get("cpus")).value_or(0.0));
        job.nodes = static_cast<int>(slurmNumber(j.get("node_count")).value_or(0.0));
        jobs.push_back(std::move(job));
    }
    return jobs;
}

Result<std::vector<ClusterNode>> parseSinfoJson(std::string_view text, std::string_view label)
{
    Result<JsonValue> doc = parseJson(text, label);
    if (!doc.ok())
        return doc.status();
    // 22.05: {"nodes": [...]}; 23.02+: {"sinfo": [{"node": ..., "nodes": {"nodes": [...]}}]} is the
    // partition view, but "nodes" with full records stays available from `sinfo --json` too.
    if (!doc->get("nodes").isArray())
        return schemaError(label, "sinfo output has no \"nodes\" list");
    std::vector<ClusterNode> nodes;
    for (const JsonValue& n : doc->get("nodes").items()) {
        ClusterNode node;
        node.name = n.get("name").asString();
        if (node.name.empty())
            node.name = n.get("hostname").asString();
        std::string base;
        node.state = joinedState(n.get("state"), base);
        for (const JsonValue& p : n.get("partitions").items())
            if (p.isString())
                node.partitions.push_back(p.asString());
        node.cpus = static_cast<int>(slurmNumber(n.get("cpus")).value_or(0.0));
        node.allocatedCpus = static_cast<int>(slurmNumber(n.get("alloc_cpus")).value_or(0.0));
        node.gres = n.get("gres").asString();
        nodes.push_back(std::move(node));
    }
    return nodes;
}

} // namespace greenlight
