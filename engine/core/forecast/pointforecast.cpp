#include "pointforecast.h"

#include "core/forecast/empiricalinterval.h"

#include <algorithm>

namespace greenlight {

Result<Forecast> forecastFromPredictor(const IntensitySeries& series, UtcTime issuedAt,
                                       const IssuePoint& at, std::size_t steps,
                                       const std::string& model, std::size_t minObservedSteps,
                                       const std::function<double(std::size_t, std::size_t)>& predict,
                                       const FitCache<EmpiricalInterval>& bands)
{
    const std::size_t n = at.observedSteps;
    // Errors up to the start of the issue time's week: one interval per zone and week.
    const std::size_t end = std::min(n, stepsObservedBy(series, startOfUtcWeek(issuedAt)));
    const auto windowSteps = static_cast<std::size_t>(Seconds{kBaselineIntervalWindow} / series.step());
    const std::size_t stride = std::max<std::size_t>(1, static_cast<std::size_t>(Hours{1} / series.step()));
    const std::size_t from = end > windowSteps + minObservedSteps ? end - windowSteps - minObservedSteps : 0;
    const std::shared_ptr<const EmpiricalInterval> band = bands.getOrFit(series, from, end, [&] {
        return EmpiricalInterval::fromPredictor(series.lifecycle(), end, minObservedSteps,
                                                windowSteps, stride, EmpiricalInterval::leadsFor(series.step()),
                                                predict);
    });

    std::vector<double> mean(steps);
    std::vector<double> low(steps);
    std::vector<double> high(steps);
    for (std::size_t k = 0; k < steps; ++k) {
        const std::size_t lead = at.leadOf(at.firstStepIndex + k);
        mean[k] = std::max(0.0, predict(n, lead));
        std::tie(low[k], high[k]) = band->bounds(mean[k], lead);
    }
    return Forecast::create(series.zoneKey(), model, issuedAt, at.start, series.step(),
                            std::move(mean), std::move(low), std::move(high));
}

} // namespace greenlight
