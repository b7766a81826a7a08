#include "persistenceforecaster.h"

#include "core/forecast/issuepoint.h"
#include "core/forecast/pointforecast.h"

namespace greenlight {

Result<Forecast> PersistenceForecaster::forecast(const IntensitySeries& series, UtcTime issuedAt,
                                                 std::size_t steps) const
{
    const Result<IssuePoint> at = locateIssue(series, issuedAt, steps, 1, kName);
    if (!at.ok())
        return at.status();
    const std::span<const double> y = series.lifecycle();
    return forecastFromPredictor(series, issuedAt, at.value(), steps, kName, 1,
                                 [y](std::size_t n, std::size_t) { return y[n - 1]; }, m_bands);
}

} // namespace greenlight
