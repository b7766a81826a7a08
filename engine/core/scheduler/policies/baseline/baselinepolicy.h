// baseline: carbon-agnostic. The job runs at its home site as soon as capacity allows (checked
// at submit and then on the hour, like every policy, so that the lower bounds cover it too).
// This is the counterfactual every saving is measured against.
#pragma once

#include "core/scheduler/schedulingpolicy.h"

namespace greenlight {

class BaselinePolicy : public SchedulingPolicy {
public:
    std::string name() const override { return "baseline"; }
    Placement place(const Job& job, PlanningContext& ctx) override
    {
        return placeEarliest(job, ctx, {job.homeSite});
    }
};

} // namespace greenlight
