#include "core/simulation/plannedjob.h"

#include <map>
#include <tuple>
#include <unordered_map>

namespace greenlight {

std::vector<MigrationFlow> migrationFlowsAt(const std::vector<PlannedJob>& plan, UtcTime now)
{
    std::map<std::tuple<std::string, std::string, bool>, MigrationFlow> flows;
    for (const PlannedJob& j : plan) {
        if (!j.placed || j.site == j.homeSite || j.submit > now || j.plannedFinish <= now)
            continue;
        const bool running = j.plannedStart <= now;
        MigrationFlow& f = flows[{j.homeSite, j.site, running}];
        f.fromSite = j.homeSite;
        f.toSite = j.site;
        f.running = running;
        ++f.jobs;
        f.gpus += j.gpus;
    }
    std::vector<MigrationFlow> out;
    out.reserve(flows.size());
    for (auto& [key, flow] : flows)
        out.push_back(std::move(flow));
    return out;
}

std::vector<PlannedJob> plannedJobs(const Fleet& fleet, const std::vector<Job>& jobs,
                                    const SimulationRun& baseline, const SimulationRun& policyRun)
{
    std::unordered_map<std::string, const Job*> jobById;
    for (const Job& j : jobs)
        jobById[j.id] = &j;
    std::unordered_map<std::string, double> baselineKg;
    for (const SimulationRecord& r : baseline.records)
        baselineKg[r.jobId] = r.expectedKg;
    const auto& sites = fleet.sites();
    auto siteId = [&](std::size_t index) { return index < sites.size() ? sites[index].id : std::string(); };

    std::vector<PlannedJob> out;
    out.reserve(policyRun.records.size());
    for (const SimulationRecord& r : policyRun.records) {
        PlannedJob p;
        p.jobId = r.jobId;
        const auto job = jobById.find(r.jobId);
        p.kind = job != jobById.end() ? jobKindName(job->second->kind) : "";
        p.deadline = job != jobById.end() ? job->second->deadline() : r.finish;
        p.homeSite = siteId(r.homeSite);
        p.site = siteId(r.site);
        p.gpus = r.gpus;
        p.submit = r.submit;
        p.plannedStart = r.start;
        p.plannedFinish = r.finish;
        p.expectedKg = r.expectedKg;
        const auto base = baselineKg.find(r.jobId);
        p.baselineExpectedKg = base != baselineKg.end() ? base->second : r.expectedKg;
        p.placed = r.placed;
        p.needsApproval = r.needsApproval;
        p.reason = r.reason;
        out.push_back(std::move(p));
    }
    return out;
}

} // namespace greenlight
