// The command runners a dispatch needs: the dry run, or one SSH worker per login node (endpoints
// sharing a host and port share its connection and its pacing).
//
//   RunnerPool runners(DispatchMode::Live);
//   SlurmDispatcher fra(runners.forEndpoint(*clusters.forSite("fra1")), "gpu", &journal);
#pragma once

#include "dispatch/clusterconfig.h"
#include "dispatch/commandrunner.h"
#include "dispatch/dryrunrunner.h"
#include "dispatch/sshhostworker.h"

#include <map>
#include <memory>
#include <string>

namespace greenlight {

enum class DispatchMode { Invalid, Live, DryRun };

class RunnerPool {
public:
    explicit RunnerPool(DispatchMode mode) : m_mode(mode) {}
    CommandRunner& forEndpoint(const ClusterEndpoint& endpoint);
    const DryRunRunner& dry() const { return m_dry; }
    bool isDryRun() const { return m_mode == DispatchMode::DryRun; }

private:
    DispatchMode m_mode;
    DryRunRunner m_dry;
    std::map<std::string, std::unique_ptr<SshHostWorker>> m_workers;
};

} // namespace greenlight
