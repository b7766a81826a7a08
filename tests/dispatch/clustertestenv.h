// The private test cluster started by tests/dispatch/cluster.sh (sshd + real Slurm on loopback):
// where it is, read from the cluster.env file named by $GREENLIGHT_TEST_CLUSTER_ENV.
#pragma once

#include "dispatch/sshsession.h"

#include <map>
#include <optional>
#include <string>

namespace greenlight::testing {

struct ClusterTestEnv {
    std::map<std::string, std::string> values;
    std::string get(const std::string& key) const;
    // The login node with our trusted known_hosts (or another known_hosts file).
    SshTarget target(const std::string& knownHostsKey = "GREENLIGHT_TEST_KNOWN_HOSTS") const;
};

// nullopt (and a test failure message) when the cluster is not up.
std::optional<ClusterTestEnv> loadClusterEnv();

// A key unique to this test process and a label, so reruns never collide.
std::string uniqueKey(const std::string& label);

} // namespace greenlight::testing
