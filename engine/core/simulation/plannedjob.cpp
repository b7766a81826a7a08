#include "core/simulation/plannedjob.h"

#include <unordered_map>

namespace greenlight {

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
