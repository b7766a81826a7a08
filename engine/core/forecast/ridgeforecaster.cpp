#include "ridgeforecaster.h"

#include "core/forecast/issuepoint.h"

#include <algorithm>

namespace greenlight {

Result<std::shared_ptr<const RidgeModel>> RidgeForecaster::modelFor(const IntensitySeries& series,
                                                                    UtcTime issuedAt) const
{
    const std::size_t day = stepsPerDay(series);
    if (day == 0)
        return Status(StatusCode::InvalidArgument,
                      "the step of " + std::to_string(series.step().count()) +
                          " s does not divide a day",
                      std::string("forecast ") + kName + " " + series.zoneKey());
    // Fit on what was observed when the week of the issue time began: one fit per zone and week.
    const std::size_t fitEnd = stepsObservedBy(series, startOfUtcWeek(issuedAt));
    // The fit reads its window plus the inputs' reach before the oldest issue point.
    const std::size_t reach = static_cast<std::size_t>(m_options.trainingWindow.count()) * day + 15 * day;
    const std::size_t from = fitEnd > reach ? fitEnd - reach : 0;
    return m_cache.getOrFit(series, from, fitEnd, [&] {
        return RidgeModel::fit(series.lifecycle(), series.step(), fitEnd, m_options);
    });
}

Result<Forecast> RidgeForecaster::forecast(const IntensitySeries& series, UtcTime issuedAt,
                                           std::size_t steps) const
{
    const std::size_t day = stepsPerDay(series);
    const Result<IssuePoint> at = locateIssue(series, issuedAt, steps, day, kName);
    if (!at.ok())
        return at.status();
    const Result<std::shared_ptr<const RidgeModel>> model = modelFor(series, issuedAt);
    if (!model.ok())
        return model.status();
    std::vector<double> mean(steps);
    std::vector<double> low(steps);
    std::vector<double> high(steps);
    model.value()->predict(series.lifecycle(), at->observedSteps, at->leadOf(at->firstStepIndex),
                           mean, low, high);
    return Forecast::create(series.zoneKey(), kName, issuedAt, at->start, series.step(),
                            std::move(mean), std::move(low), std::move(high));
}

} // namespace greenlight
