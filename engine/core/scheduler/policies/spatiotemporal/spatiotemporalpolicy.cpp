#include "spatiotemporalpolicy.h"

#include <cmath>

namespace greenlight {

Placement SpatioTemporalPolicy::place(const Job& job, PlanningContext& ctx)
{
    std::vector<std::string> why;
    const std::vector<std::size_t> sites = eligibleSites(job, ctx, &why);
    if (sites.empty()) {
        Placement refused;
        refused.policy = name();
        std::string reasons;
        for (const std::string& r : why)
            reasons += (reasons.empty() ? "" : "; ") + r;
        refused.status =
            Status(StatusCode::FailedPrecondition, "no eligible site: " + reasons, name());
        return refused;
    }
    // Learn only from what is known now: this submit, and the misses so far.
    const bool firstPlan = ctx.now <= job.submit; // not a re-plan of displaced work
    if (firstPlan && job.id != m_lastObserved) {
        m_arrivals.observe(job);
        m_lastObserved = job.id;
    }
    if (ctx.now > m_pressureAt) {
        constexpr double kMemorySeconds = 24.0 * 3600.0;
        m_pressure *=
            std::exp(-static_cast<double>((ctx.now - m_pressureAt).count()) / kMemorySeconds);
        m_pressureAt = ctx.now;
    }
    Placement placement = placeCheapest(job, ctx, sites, candidateStarts(job, ctx.now));
    if (firstPlan && placement.deadlineMissed)
        m_pressure += kPressurePerMiss;
    return placement;
}

} // namespace greenlight
