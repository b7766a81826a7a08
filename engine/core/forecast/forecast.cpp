#include "forecast.h"

#include <cmath>

namespace greenlight {
Result<Forecast> Forecast::create(std::string zoneKey, std::string model, UtcTime issuedAt,
                                  UtcTime start, Seconds step, std::vector<double> meanGPerKwh,
                                  std::vector<double> lowGPerKwh, std::vector<double> highGPerKwh)
{
    const std::string source = "forecast " + model + " " + zoneKey;
    if (step <= Seconds{0})
        return Status(StatusCode::InvalidArgument, "step must be positive", source);
    if (meanGPerKwh.empty())
        return Status(StatusCode::InvalidArgument, "a forecast needs at least one step", source);
    if (start < issuedAt)
        return Status(StatusCode::InvalidArgument,
                      "starts at " + formatIsoUtc(start) + ", before it was issued at " +
                          formatIsoUtc(issuedAt),
                      source);
    if (lowGPerKwh.size() != meanGPerKwh.size() || highGPerKwh.size() != meanGPerKwh.size())
        return Status(StatusCode::InvalidArgument,
                      "mean, low and high differ in length (" + std::to_string(meanGPerKwh.size()) +
                          ", " + std::to_string(lowGPerKwh.size()) + ", " +
                          std::to_string(highGPerKwh.size()) + ")",
                      source);
    for (std::size_t i = 0; i < meanGPerKwh.size(); ++i) {
        const double lo = lowGPerKwh[i];
        const double mid = meanGPerKwh[i];
        const double hi = highGPerKwh[i];
        if (!std::isfinite(lo) || !std::isfinite(mid) || !std::isfinite(hi))
            return Status(StatusCode::InvalidArgument,
                          "step " + std::to_string(i) + " is not a finite number", source);
        if (!(lo <= mid && mid <= hi))
            return Status(StatusCode::InvalidArgument,
                          "step " + std::to_string(i) + " violates low <= mean <= high (" +
                              std::to_string(lo) + ", " + std::to_string(mid) + ", " +
                              std::to_string(hi) + ")",
                          source);
    }

    Forecast f;
    f.m_zoneKey = std::move(zoneKey);
    f.m_model = std::move(model);
    f.m_issuedAt = issuedAt;
    f.m_start = start;
    f.m_step = step;
    f.m_mean = std::move(meanGPerKwh);
    f.m_low = std::move(lowGPerKwh);
    f.m_high = std::move(highGPerKwh);
    f.m_integralMean = StepIntegral(start, step, f.m_mean);
    f.m_integralHigh = StepIntegral(start, step, f.m_high);
    return f;
}

std::optional<std::size_t> Forecast::indexAt(UtcTime t) const
{
    if (t < m_start || t >= end())
        return std::nullopt;
    return static_cast<std::size_t>((t - m_start) / m_step);
}

std::optional<double> Forecast::meanAt(UtcTime t) const
{
    const auto index = indexAt(t);
    if (!index)
        return std::nullopt;
    return m_mean[*index];
}

std::optional<double> Forecast::integralGPerKwhHours(TimeWindow w) const
{
    return m_integralMean.over(m_mean, w);
}

std::optional<double> Forecast::upperIntegralGPerKwhHours(TimeWindow w) const
{
    return m_integralHigh.over(m_high, w);
}

} // namespace greenlight
