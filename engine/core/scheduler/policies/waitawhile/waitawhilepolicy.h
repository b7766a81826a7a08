// wait-awhile (after Wiesner et al., "Let's Wait Awhile", Middleware 2021): temporal shifting at
// the home site within the maximum delay. Interruptible jobs run in the cleanest hours before
// their deadline, paying a checkpoint overhead per resume; the others take the cleanest window.
#pragma once

#include "core/scheduler/schedulingpolicy.h"

namespace greenlight {

class WaitAwhilePolicy : public SchedulingPolicy {
public:
    std::string name() const override { return "wait-awhile"; }
    Placement place(const Job& job, PlanningContext& ctx) override
    {
        if (job.interruptible)
            return placeInCheapestHours(job, ctx, job.homeSite);
        return placeCheapest(job, ctx, {job.homeSite}, candidateStarts(job, ctx.now));
    }
};

} // namespace greenlight
