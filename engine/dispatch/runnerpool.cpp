#include "dispatch/runnerpool.h"

namespace greenlight {

CommandRunner& RunnerPool::forEndpoint(const ClusterEndpoint& endpoint)
{
    if (isDryRun())
        return m_dry;
    const std::string key = endpoint.ssh.host + ":" + std::to_string(endpoint.ssh.port);
    auto& worker = m_workers[key];
    if (!worker)
        worker = std::make_unique<SshHostWorker>(endpoint.ssh, SshWorkerOptions{.minInterval = endpoint.minInterval});
    return *worker;
}

} // namespace greenlight
