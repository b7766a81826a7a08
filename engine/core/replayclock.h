// Maps the real "now" onto a recorded data year so the embedded default feels live: the replayed
// instant has the same weekday and time of day, and lies within three days of the same day of the
// year (a week at most, at the ends of the year), always inside the data year. A speed factor
// runs the replay faster for demonstrations; past the end of the data year it wraps back by whole
// weeks, so weekdays stay right.
//
//   ReplayClock clock(2022, realNow);          // live speed
//   UtcTime shown = clock.replayed(realNow);   // e.g. Wed 2026-11-25 14:00 → Wed 2022-11-23 14:00
#pragma once

#include "utctime.h"

namespace greenlight {

class ReplayClock {
public:
    ReplayClock(int dataYear, UtcTime realAnchor, double speed = 1.0);

    int dataYear() const { return m_dataYear; }
    double speed() const { return m_speed; }
    TimeWindow dataYearWindow() const;

    // The replayed instant for a real instant.
    UtcTime replayed(UtcTime real) const;

    // The mapping itself, without speed: same weekday and time of day, nearest day of year,
    // inside `dataYear`.
    static UtcTime mapToDataYear(UtcTime real, int dataYear);

private:
    int m_dataYear;
    UtcTime m_realAnchor;
    UtcTime m_replayAnchor;
    double m_speed;
};

} // namespace greenlight
