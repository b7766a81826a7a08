// Status polls over one SSH connection to the test cluster's login node (real sshd + Slurm on
// loopback, tests/dispatch/cluster.sh): `squeue --me --json` parsed, and a bare round trip.
//   tests/dispatch/cluster.sh start /tmp/c && GREENLIGHT_TEST_CLUSTER_ENV=/tmp/c/cluster.env dispatch_bench
#include "core/dispatch/slurmjson.h"
#include "dispatch/slurmdispatcher.h"
#include "dispatch/sshhostworker.h"

#include <benchmark/benchmark.h>

#include <chrono>
#include <cstdlib>
#include <fstream>
#include <map>
#include <memory>

using namespace greenlight;

namespace {

std::unique_ptr<SshHostWorker> clusterWorker()
{
    const char* path = std::getenv("GREENLIGHT_TEST_CLUSTER_ENV");
    std::ifstream in(path != nullptr ? path : "");
    std::map<std::string, std::string> env;
    std::string line;
    while (std::getline(in, line))
        if (const auto eq = line.find('='); eq != std::string::npos)
            env[line.substr(0, eq)] = line.substr(eq + 1);
    if (env.empty())
        return nullptr;
    SshTarget target;
    target.host = env["GREENLIGHT_TEST_SSH_HOST"];
    target.port = std::atoi(env["GREENLIGHT_TEST_SSH_PORT"].c_str());
    target.user = env["GREENLIGHT_TEST_SSH_USER"];
    target.identity = env["GREENLIGHT_TEST_SSH_KEY"];
    target.knownHosts = env["GREENLIGHT_TEST_KNOWN_HOSTS"];
    return std::make_unique<SshHostWorker>(target);
}

// 100 polls per iteration: the figure is ms per 100; divide by 100 for one poll.
void BM_HundredStatusPollsOverOneConnection(benchmark::State& state)
{
    auto worker = clusterWorker();
    if (!worker) {
        state.SkipWithError("no test cluster (GREENLIGHT_TEST_CLUSTER_ENV)");
        return;
    }
    SlurmDispatcher site(*worker, "site-a");
    const auto started = std::chrono::steady_clock::now();
    for (auto _ : state) {
        for (int i = 0; i < 100; ++i) {
            auto jobs = site.jobs();
            if (!jobs.ok()) {
                state.SkipWithError(jobs.status().toString().c_str());
                return;
            }
            benchmark::DoNotOptimize(jobs->size());
        }
    }
    const double elapsedMs =
        std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - started).count();
    state.counters["connections"] = worker->connectionsOpened();
    state.counters["ms_per_poll"] = elapsedMs / (static_cast<double>(state.iterations()) * 100.0);
}
BENCHMARK(BM_HundredStatusPollsOverOneConnection)->Unit(benchmark::kMillisecond)->Iterations(1);

void BM_CommandRoundTrip(benchmark::State& state)
{
    auto worker = clusterWorker();
    if (!worker) {
        state.SkipWithError("no test cluster (GREENLIGHT_TEST_CLUSTER_ENV)");
        return;
    }
    for (auto _ : state) {
        auto r = worker->run("true", CommandKind::Query);
        benchmark::DoNotOptimize(r.ok());
    }
}
BENCHMARK(BM_CommandRoundTrip)->Unit(benchmark::kMillisecond);

} // namespace

BENCHMARK_MAIN();
