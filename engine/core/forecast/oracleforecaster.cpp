#include "oracleforecaster.h"

#include <algorithm>

namespace greenlight {

Result<Forecast> OracleForecaster::forecast(const IntensitySeries& series, UtcTime issuedAt,
                                            std::size_t steps) const
{
    const std::string source = std::string("forecast ") + kName + " " + series.zoneKey();
    if (steps == 0)
        return Status(StatusCode::InvalidArgument, "asked for zero forecast steps", source);
    if (issuedAt < series.start())
        return Status(StatusCode::OutOfRange,
                      "issued at " + formatIsoUtc(issuedAt) + ", before the series starts at " +
                          formatIsoUtc(series.start()),
                      source);
    const Seconds offset = issuedAt - series.start();
    const auto first = static_cast<std::size_t>((offset + series.step() - Seconds{1}) / series.step());
    if (first + steps > series.size())
        return Status(StatusCode::OutOfRange,
                      "the actual future of " + std::to_string(steps) + " steps from " +
                          formatIsoUtc(series.timeAt(first)) + " is not in the series (it ends at " +
                          formatIsoUtc(series.end()) + ")",
                      source);
    const std::span<const double> y = series.lifecycle();
    std::vector<double> mean(y.begin() + static_cast<std::ptrdiff_t>(first),
                             y.begin() + static_cast<std::ptrdiff_t>(first + steps));
    for (double& v : mean)
        v = std::max(0.0, v);
    std::vector<double> low = mean;
    std::vector<double> high = mean;
    return Forecast::create(series.zoneKey(), kName, issuedAt, series.timeAt(first), series.step(),
                            std::move(mean), std::move(low), std::move(high));
}

} // namespace greenlight
