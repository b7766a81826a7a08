#include "rehoming.h"

#include "workload.h"

#include <optional>

namespace greenlight {
namespace {

bool mayTake(const Site& site, const Job& job)
{
    return site.gpusOfType(job.gpuType) >= job.gpus && job.allows(site.jurisdiction);
}

} // namespace

Rehoming rehomeOnSites(std::vector<Job> jobs, const Fleet& fleet, const std::vector<bool>& keep)
{
    const std::size_t n = fleet.sites().size();
    std::vector<std::size_t> newIndex(n, 0);
    std::size_t next = 0;
    for (std::size_t s = 0; s < n; ++s)
        newIndex[s] = s < keep.size() && keep[s] ? next++ : n;

    Rehoming out;
    out.jobs.reserve(jobs.size());
    for (Job& job : jobs) {
        if (job.homeSite < n && newIndex[job.homeSite] < n) {
            job.homeSite = newIndex[job.homeSite];
            out.jobs.push_back(std::move(job));
            continue;
        }
        std::vector<std::size_t> allowed;
        for (std::size_t s = 0; s < n; ++s) {
            if (newIndex[s] < n && mayTake(fleet.sites()[s], job))
                allowed.push_back(s);
        }
        // The same draw as the home's, among the sites allowed: where the job would have been
        // homed had the dropped site never been in the fleet (rendezvous hashing).
        const std::optional<std::size_t> home = drawSiteByCapacity(job.homeDrawKey.empty() ? job.id : job.homeDrawKey, fleet, allowed);
        if (!home) {
            ++out.leftOut;
            continue;
        }
        ++out.rehomed;
        out.rehomedPinned += job.allowedJurisdictions.empty() ? 0 : 1;
        job.homeSite = newIndex[*home];
        out.jobs.push_back(std::move(job));
    }
    return out;
}

} // namespace greenlight
