// Once-per-period work that follows the replayed clock (a queue refreshed every replayed minute,
// site physics every replayed hour). The replayed time can jump back: ReplayClock wraps by whole
// weeks past the end of the data year when it runs faster than real time, so a jump back is due
// at once and restarts the period instead of waiting out a negative difference for a year.
//
//   ReplayThrottle throttle{Hours{1}};
//   if (throttle.due(snapshot.time)) { throttle.mark(snapshot.time); recompute(snapshot.time); }
#pragma once

#include "core/utctime.h"

#include <optional>

namespace greenlight {

class ReplayThrottle {
public:
    explicit ReplayThrottle(Seconds period) : m_period(period) {}

    // Never marked, a period or more since the last mark, or the replayed time went back.
    bool due(UtcTime now) const { return !m_last || now - *m_last >= m_period || now < *m_last; }
    // The work was done for `now` (also when done outside the throttle, e.g. on a new zone).
    void mark(UtcTime now) { m_last = now; }

private:
    Seconds m_period;
    std::optional<UtcTime> m_last;
};

} // namespace greenlight
