// first-fit: carbon-agnostic like the baseline, but any eligible site may take the job: the
// earliest start anywhere, home first. Shows what the fleet's capacity alone allows (how many
// deadline misses are unavoidable), so carbon policies are not blamed for a small fleet.
#pragma once

#include "core/scheduler/schedulingpolicy.h"

#include <algorithm>

namespace greenlight {

class FirstFitPolicy : public SchedulingPolicy {
public:
    std::string name() const override { return "first-fit"; }
    Placement place(const Job& job, PlanningContext& ctx) override
    {
        std::vector<std::size_t> sites = eligibleSites(job, ctx);
        const auto home = std::find(sites.begin(), sites.end(), job.homeSite);
        if (home != sites.end())
            std::rotate(sites.begin(), home, home + 1);
        return placeEarliest(job, ctx, sites);
    }
};

} // namespace greenlight
