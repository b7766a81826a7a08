// first-fit: carbon-agnostic like the baseline, but any eligible site may take the job: the
// earliest start anywhere, home first, then the other sites in an order drawn from the job's id
// (rendezvous), so that ties do not depend on the order of the fleet file nor pile onto one site. Shows what the fleet's capacity alone allows (how many
// deadline misses are unavoidable), so carbon policies are not blamed for a small fleet.
#pragma once

#include "core/scheduler/schedulingpolicy.h"
#include "core/workload/workload.h"

#include <algorithm>

namespace greenlight {

class FirstFitPolicy : public SchedulingPolicy {
public:
    std::string name() const override { return "first-fit"; }
    Placement place(const Job& job, PlanningContext& ctx) override
    {
        std::vector<std::size_t> sites = eligibleSites(job, ctx);
        const auto& all = ctx.fleet.sites();
        std::sort(sites.begin(), sites.end(), [&](std::size_t a, std::size_t b) {
            if ((a == job.homeSite) != (b == job.homeSite))
                return a == job.homeSite;
            const std::uint64_t da = rendezvousHash(job.id, all[a].id);
            const std::uint64_t db = rendezvousHash(job.id, all[b].id);
            return da != db ? da > db : all[a].id < all[b].id;
        });
        return placeEarliest(job, ctx, sites);
    }
};

} // namespace greenlight
