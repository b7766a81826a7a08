#include "seasonalnaiveforecaster.h"

#include "core/forecast/issuepoint.h"
#include "core/forecast/pointforecast.h"

namespace greenlight {

std::string SeasonalNaiveForecaster::name() const
{
    return "seasonal-naive-" + std::to_string(m_period.count()) + "h";
}

Result<Forecast> SeasonalNaiveForecaster::forecast(const IntensitySeries& series,
                                                   UtcTime issuedAt, std::size_t steps) const
{
    const std::string model = name();
    if (m_period <= Hours{0} || Seconds{m_period} % series.step() != Seconds{0})
        return Status(StatusCode::InvalidArgument,
                      "the season of " + std::to_string(m_period.count()) +
                          " h is not a whole number of " + std::to_string(series.step().count()) +
                          " s steps",
                      "forecast " + model + " " + series.zoneKey());
    const auto period = static_cast<std::size_t>(Seconds{m_period} / series.step());
    const Result<IssuePoint> at = locateIssue(series, issuedAt, steps, period, model);
    if (!at.ok())
        return at.status();
    const std::span<const double> y = series.lifecycle();
    // The newest observed index at the target's phase: target - period × ceil(lead / period).
    return forecastFromPredictor(series, issuedAt, at.value(), steps, model, period,
                                 [y, period](std::size_t n, std::size_t lead) {
                                     const std::size_t back = period * ((lead + period - 1) / period);
                                     return y[n - 1 + lead - back];
                                 },
                                 m_bands);
}

} // namespace greenlight
