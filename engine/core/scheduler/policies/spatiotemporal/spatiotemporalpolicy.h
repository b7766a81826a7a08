// spatiotemporal: the best (site, start) over every site the job may use, by expected emissions
// including PUE and the energy of moving its data, within capacity, sovereignty and deadline.
// The oracle is the same search given the actual future instead of a forecast.
#pragma once

#include "core/scheduler/schedulingpolicy.h"

namespace greenlight {

class SpatioTemporalPolicy : public SchedulingPolicy {
public:
    explicit SpatioTemporalPolicy(bool perfectForesight = false) : m_oracle(perfectForesight) {}
    std::string name() const override { return m_oracle ? "oracle" : "spatiotemporal"; }
    bool wantsPerfectForesight() const override { return m_oracle; }
    bool displacesMovableWork() const override { return true; }
    bool pausesInterruptibleWork() const override { return true; }
    Placement place(const Job& job, PlanningContext& ctx) override
    {
        std::vector<std::string> why;
        const std::vector<std::size_t> sites = eligibleSites(job, ctx, &why);
        if (sites.empty()) {
            Placement refused;
            refused.policy = name();
            std::string reasons;
            for (const std::string& r : why)
                reasons += (reasons.empty() ? "" : "; ") + r;
            refused.status = Status(StatusCode::FailedPrecondition, "no eligible site: " + reasons, name());
            return refused;
        }
        return placeCheapest(job, ctx, sites, candidateStarts(job, ctx.now));
    }

private:
    bool m_oracle;
};

} // namespace greenlight
