// Where a forecast issued at an instant stands in a series: how many steps were observed (ended at
// or before the issue time) and which step the forecast starts at. Shared by every forecaster so
// that "no look-ahead" means the same thing everywhere.
//
//   Result<IssuePoint> at = locateIssue(series, issuedAt, 48, 24, "seasonal-naive-24h");
//   double last = series.lifecycle()[at->observedSteps - 1]; // the newest value we may read
#pragma once

#include "core/intensityseries.h"
#include "core/status.h"
#include "core/utctime.h"

#include <cstddef>
#include <string_view>

namespace greenlight {

struct IssuePoint {
    std::size_t observedSteps = 0;  // indices [0, observedSteps) ended at or before issuedAt
    std::size_t firstStepIndex = 0; // series index of the first forecast step (may be past the end)
    UtcTime start{};                // first step boundary at or after issuedAt

    // Steps between the newest observed step and series index `index` (1 = the next step).
    std::size_t leadOf(std::size_t index) const { return index + 1 - observedSteps; }
};

// Errors: InvalidArgument for zero steps, FailedPrecondition (naming the model, the zone and the
// dates) when fewer than `minObservedSteps` steps ended at or before issuedAt.
Result<IssuePoint> locateIssue(const IntensitySeries& series, UtcTime issuedAt, std::size_t steps,
                               std::size_t minObservedSteps, std::string_view model);

// Steps in one day of the series; 0 when the step does not divide a day evenly.
std::size_t stepsPerDay(const IntensitySeries& series);

// Monday 00:00 UTC at or before t: models refit once a week, on what was observed by then.
UtcTime startOfUtcWeek(UtcTime t);

// Number of steps of the series that ended at or before t (clamped to [0, size]).
std::size_t stepsObservedBy(const IntensitySeries& series, UtcTime t);

} // namespace greenlight
