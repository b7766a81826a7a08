#include "rehoming.h"

#include "workload.h"

#include <optional>

namespace greenlight {
namespace {

bool mayTake(const Site& site, const Job& job)
{
    return site.gpusOfType(job.gpuType) >= job.gpus && job.allows(site.jurisdiction);
}

// Draws one of `candidates` (fleet indices) in proportion to their GPUs; none: nullopt.
std::optional<std::size_t> drawByCapacity(const Job& job, const Fleet& fleet, const std::vector<std::size_t>& candidates)
{
    if (candidates.empty())
        return std::nullopt;
    double total = 0.0;
    for (const std::size_t s : candidates)
        total += fleet.sites()[s].totalGpus();
    // A salt of its own: the draw must not follow the one that picked the dropped home.
    const double u = static_cast<double>(stableHash(job.id + "#rehome") % 1'000'003) / 1'000'003.0;
    double acc = 0.0;
    for (const std::size_t s : candidates) {
        acc += fleet.sites()[s].totalGpus() / total;
        if (u < acc)
            return s;
    }
    return candidates.back();
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
        const std::optional<std::size_t> home = drawByCapacity(job, fleet, allowed);
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
