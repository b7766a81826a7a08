#include "issuepoint.h"

#include <algorithm>
#include <string>

namespace greenlight {
namespace {

std::string describeSteps(std::size_t steps, Seconds step)
{
    const long long seconds = static_cast<long long>(steps) * step.count();
    if (seconds % 3600 == 0)
        return std::to_string(seconds / 3600) + " h";
    return std::to_string(seconds / 60) + " min";
}

} // namespace

Result<IssuePoint> locateIssue(const IntensitySeries& series, UtcTime issuedAt, std::size_t steps,
                               std::size_t minObservedSteps, std::string_view model)
{
    const std::string source = "forecast " + std::string(model) + " " + series.zoneKey();
    if (steps == 0)
        return Status(StatusCode::InvalidArgument, "asked for zero forecast steps", source);
    IssuePoint point;
    if (issuedAt >= series.start()) {
        const Seconds offset = issuedAt - series.start();
        point.observedSteps = static_cast<std::size_t>(offset / series.step());
        point.firstStepIndex = point.observedSteps + (offset % series.step() == Seconds{0} ? 0 : 1);
    }
    if (issuedAt < series.start() || point.observedSteps < std::max<std::size_t>(minObservedSteps, 1))
        return Status(StatusCode::FailedPrecondition,
                      std::string(model) + " needs at least " +
                          describeSteps(std::max<std::size_t>(minObservedSteps, 1), series.step()) +
                          " of history before the issue time " + formatIsoUtc(issuedAt) +
                          ", but the " + series.zoneKey() + " series starts at " +
                          formatIsoUtc(series.start()),
                      source);
    // Issued after the data ends: there is no recent history to forecast from (the forecasters
    // read the last observed steps, which would lie past the series).
    if (point.observedSteps > series.size())
        return Status(StatusCode::FailedPrecondition,
                      "the " + series.zoneKey() + " series ends at " + formatIsoUtc(series.end())
                          + ", before the issue time " + formatIsoUtc(issuedAt) + ": no recent observations to forecast from",
                      source);
    point.start = series.timeAt(point.firstStepIndex);
    return point;
}

std::size_t stepsPerDay(const IntensitySeries& series)
{
    const Seconds day = Days{1};
    if (day % series.step() != Seconds{0})
        return 0;
    return static_cast<std::size_t>(day / series.step());
}

UtcTime startOfUtcWeek(UtcTime t)
{
    // Day 0 of the epoch (1970-01-01) was a Thursday, so Mondays are days ≡ 4 (mod 7).
    const long long days = std::chrono::floor<Days>(t).time_since_epoch().count();
    return UtcTime{Days{days - ((days - 4) % 7 + 7) % 7}};
}

std::size_t stepsObservedBy(const IntensitySeries& series, UtcTime t)
{
    if (t <= series.start())
        return 0;
    return std::min(series.size(), static_cast<std::size_t>((t - series.start()) / series.step()));
}

} // namespace greenlight
