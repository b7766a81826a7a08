#include "clustertestenv.h"

#include <cstdlib>
#include <fstream>
#include <unistd.h>

#include <chrono>

namespace greenlight::testing {

std::string ClusterTestEnv::get(const std::string& key) const
{
    const auto it = values.find(key);
    return it == values.end() ? std::string() : it->second;
}

SshTarget ClusterTestEnv::target(const std::string& knownHostsKey) const
{
    SshTarget t;
    t.host = get("GREENLIGHT_TEST_SSH_HOST");
    t.port = std::atoi(get("GREENLIGHT_TEST_SSH_PORT").c_str());
    t.user = get("GREENLIGHT_TEST_SSH_USER");
    t.identity = get("GREENLIGHT_TEST_SSH_KEY");
    t.knownHosts = get(knownHostsKey);
    t.connectTimeout = Seconds{10};
    return t;
}

std::optional<ClusterTestEnv> loadClusterEnv()
{
    const char* path = std::getenv("GREENLIGHT_TEST_CLUSTER_ENV");
    if (path == nullptr)
        return std::nullopt;
    std::ifstream in(path);
    if (!in)
        return std::nullopt;
    ClusterTestEnv env;
    std::string line;
    while (std::getline(in, line)) {
        const auto eq = line.find('=');
        if (eq != std::string::npos)
            env.values[line.substr(0, eq)] = line.substr(eq + 1);
    }
    return env;
}

std::string uniqueKey(const std::string& label)
{
    const auto now = std::chrono::steady_clock::now().time_since_epoch().count();
    return "P-" + label + "-" + std::to_string(::getpid()) + "-" + std::to_string(now % 1'000'000'000);
}

} // namespace greenlight::testing
