// spatiotemporal: the best (site, start) over every site the job may use, by expected emissions
// including PUE and the energy of moving its data, within capacity, sovereignty and deadline.
// Congested site-hours carry a price (SchedulingPolicy::CongestionPricing) that rises with how
// full they are, including the share that work still to come is expected to claim (learned
// from the submits seen so far), and with the deadline misses of the last day or so.
// When nothing fits within a job's SLO, interruptible work with slack is paused to make room
// (a pinned job first takes back room from movable work that has not started).
// The oracle is the same search given the actual future instead of a forecast.
//
//   SpatioTemporalPolicy policy;
//   Placement p = policy.place(job, ctx); // jobs in submit order: the policy learns the load
#pragma once

#include "core/scheduler/arrivalload.h"
#include "core/scheduler/schedulingpolicy.h"

#include <string>

namespace greenlight {

class SpatioTemporalPolicy : public SchedulingPolicy {
public:
    // The price of a full site-hour, in units of the job's own expected emissions at home.
    static constexpr double kCongestionWeight = 0.15;
    // Each deadline miss raises the price by this share of kCongestionWeight; the raise is
    // forgotten exponentially over a day.
    static constexpr double kPressurePerMiss = 0.1;

    explicit SpatioTemporalPolicy(bool perfectForesight = false) : m_oracle(perfectForesight) {}
    std::string name() const override { return m_oracle ? "oracle" : "spatiotemporal"; }
    bool wantsPerfectForesight() const override { return m_oracle; }
    bool displacesMovableWork() const override { return true; }
    bool pausesInterruptibleWork() const override { return true; }
    CongestionPricing congestionPricing() const override
    {
        return {kCongestionWeight * (1.0 + m_pressure), &m_arrivals};
    }
    Placement place(const Job& job, PlanningContext& ctx) override;

private:
    bool m_oracle;
    ArrivalLoad m_arrivals;
    std::string m_lastObserved; // a job asked again (the simulator grew its ledger) is one arrival
    double m_pressure = 0.0; // recent deadline misses, each counting kPressurePerMiss
    UtcTime m_pressureAt{};
};

} // namespace greenlight
