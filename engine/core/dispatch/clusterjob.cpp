#include "core/dispatch/clusterjob.h"

#include <algorithm>
#include <cstdlib>
#include <map>

namespace greenlight {

bool isIdempotencyKeyChar(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '_' ||
           c == '.' || c == ':';
}

Status validateIdempotencyKey(const std::string& key)
{
    const bool ok = !key.empty() && key.size() <= 128 && std::all_of(key.begin(), key.end(), isIdempotencyKeyChar);
    if (ok)
        return Status::ok();
    return Status(StatusCode::InvalidArgument,
                  "idempotency key '" + key + "' must be 1-128 letters, digits or - _ . :", "dispatch");
}

const char* clusterJobStateName(ClusterJobState state)
{
    switch (state) {
    case ClusterJobState::Invalid: return "invalid";
    case ClusterJobState::Pending: return "pending";
    case ClusterJobState::Held: return "held";
    case ClusterJobState::Running: return "running";
    case ClusterJobState::Suspended: return "suspended";
    case ClusterJobState::Completed: return "completed";
    case ClusterJobState::Cancelled: return "cancelled";
    case ClusterJobState::Failed: return "failed";
    case ClusterJobState::Unknown: return "unknown";
    }
    return "invalid";
}

namespace {

// "gpu:a100:8,gpu:h100:2(S:0)" → 10
int gpusInGres(const std::string& gres)
{
    int total = 0;
    std::size_t pos = 0;
    while ((pos = gres.find("gpu", pos)) != std::string::npos) {
        const std::size_t end = gres.find_first_of(",(", pos);
        const std::string item = gres.substr(pos, end == std::string::npos ? std::string::npos : end - pos);
        const std::size_t lastColon = item.rfind(':');
        if (lastColon != std::string::npos)
            total += std::atoi(item.c_str() + lastColon + 1);
        pos = end == std::string::npos ? gres.size() : end + 1;
    }
    return total;
}

bool isUp(const std::string& state)
{
    return state.find("down") == std::string::npos && state.find("drain") == std::string::npos
        && state.find("fail") == std::string::npos && state.find("DOWN") == std::string::npos
        && state.find("DRAIN") == std::string::npos && state.find("FAIL") == std::string::npos;
}

} // namespace

std::vector<PartitionCapacity> capacityByPartition(const std::vector<ClusterNode>& nodes)
{
    std::map<std::string, PartitionCapacity> byName;
    for (const ClusterNode& node : nodes) {
        for (const std::string& partition : node.partitions) {
            PartitionCapacity& c = byName[partition];
            c.partition = partition;
            ++c.nodes;
            c.nodesUp += isUp(node.state) ? 1 : 0;
            c.cpus += node.cpus;
            c.allocatedCpus += node.allocatedCpus;
            c.gpus += gpusInGres(node.gres);
        }
    }
    std::vector<PartitionCapacity> out;
    for (auto& [name, c] : byName)
        out.push_back(c);
    return out;
}

} // namespace greenlight
