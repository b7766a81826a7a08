// carbon-window: at the home site, the contiguous run window with the lowest expected emissions
// that still starts within the job's maximum delay.
#pragma once

#include "core/scheduler/schedulingpolicy.h"

namespace greenlight {

class CarbonWindowPolicy : public SchedulingPolicy {
public:
    std::string name() const override { return "carbon-window"; }
    Placement place(const Job& job, PlanningContext& ctx) override
    {
        return placeCheapest(job, ctx, {job.homeSite}, candidateStarts(job, ctx.now));
    }
};

} // namespace greenlight
