#include "dispatch/clusterconfig.h"

#include "core/json/json.h"

#include <fstream>
#include <sstream>

namespace greenlight {

std::string ClusterEndpoint::commandFor(const std::string& jobId) const
{
    std::string command = jobCommand;
    for (std::size_t at = command.find("{job}"); at != std::string::npos; at = command.find("{job}", at)) {
        command.replace(at, 5, jobId);
        at += jobId.size(); // past the id, which may itself contain "{job}"
    }
    return command;
}

const ClusterEndpoint* ClusterConfig::forSite(const std::string& site) const
{
    for (const ClusterEndpoint& c : clusters)
        if (c.site == site)
            return &c;
    return nullptr;
}

Result<ClusterConfig> parseClusterConfig(std::string_view text, std::string_view label)
{
    const std::string source(label);
    Result<JsonValue> doc = parseJson(text, label);
    if (!doc.ok())
        return doc.status();
    if (!doc->get("clusters").isArray())
        return Status(StatusCode::InvalidArgument, "expected {\"clusters\": [...]}", source);
    ClusterConfig config;
    for (const JsonValue& c : doc->get("clusters").items()) {
        const std::string where = source + ":" + std::to_string(c.line());
        ClusterEndpoint e;
        e.site = c.get("site").asString();
        e.kind = c.get("kind").isString() ? c.get("kind").asString() : "slurm-ssh";
        if (e.site.empty())
            return Status(StatusCode::InvalidArgument, "a cluster without \"site\"", where);
        if (e.kind != "slurm-ssh")
            return Status(StatusCode::InvalidArgument,
                          "site " + e.site + ": kind '" + e.kind + "' is not supported here (slurm-ssh)", where);
        e.ssh.host = c.get("host").asString();
        e.ssh.port = static_cast<int>(c.get("port").asNumber(22));
        e.ssh.user = c.get("user").asString();
        e.ssh.identity = c.get("identity").asString();
        e.ssh.knownHosts = c.get("known_hosts").asString();
        e.partition = c.get("partition").asString();
        e.jobCommand = c.get("job_command").asString();
        const double interval = c.get("min_interval_ms").asNumber(0);
        if (e.ssh.host.empty() || e.ssh.user.empty() || e.ssh.knownHosts.empty() || e.partition.empty())
            return Status(StatusCode::InvalidArgument,
                          "site " + e.site + ": \"host\", \"user\", \"known_hosts\" and \"partition\" are required",
                          where);
        if (e.ssh.port < 1 || e.ssh.port > 65535 || interval < 0 || interval > 60'000)
            return Status(StatusCode::InvalidArgument, "site " + e.site + ": port or min_interval_ms out of range",
                          where);
        if (config.forSite(e.site) != nullptr)
            return Status(StatusCode::InvalidArgument, "site " + e.site + " is listed twice", where);
        e.minInterval = std::chrono::milliseconds{static_cast<long long>(interval)};
        config.clusters.push_back(std::move(e));
    }
    return config;
}

Result<ClusterConfig> loadClusterConfig(const std::filesystem::path& path)
{
    std::ifstream in(path);
    if (!in)
        return Status(StatusCode::NotFound, "cannot read " + path.string(), "clusters");
    std::stringstream text;
    text << in.rdbuf();
    return parseClusterConfig(text.str(), path.string());
}

} // namespace greenlight
