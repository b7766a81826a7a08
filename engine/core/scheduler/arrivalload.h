// An online estimate of the load that work still to come will put on the fleet, learned only
// from the submits seen so far (no look-ahead): per start window (SLO), the GPUs that arriving
// work asks for, as a rate decaying with a memory of a day. Planners use it to tell how full a
// slot `ahead` of now will be once the work that may still claim it has arrived.
//
//   ArrivalLoad load;
//   load.observe(job);                                    // at each submit, in time order
//   double gpus = load.expectedClaimGpus(now, Hours{3}); // GPUs later arrivals will want then
#pragma once

#include "core/utctime.h"
#include "core/workload/job.h"

#include <map>
#include <vector>

namespace greenlight {

class ArrivalLoad {
public:
    explicit ArrivalLoad(Seconds memory = Hours{24});

    // A job submitted at job.submit; submits are observed in time order (earlier ones are
    // counted as if they came now).
    void observe(const Job& job);
    // GPUs that work arriving after `now` is expected to hold at `now + ahead`, if it keeps
    // arriving as recently and spreads evenly over its start window: work with a window W may
    // still claim a slot Δ ahead in the share min(1, Δ / W) of its steady load.
    double expectedClaimGpus(UtcTime now, Seconds ahead) const;
    // The same for each of `starts` (at or after now), in one pass.
    std::vector<double> expectedClaimGpus(UtcTime now, const std::vector<UtcTime>& starts) const;

private:
    struct Rate {
        double gpus = 0.0; // GPU-hours asked per hour, decayed to `at`
        UtcTime at{};
    };
    double decayed(const Rate& rate, UtcTime now) const;

    Seconds m_memory;
    std::map<Seconds, Rate> m_byWindow; // by start window (the job's max delay)
};

} // namespace greenlight
