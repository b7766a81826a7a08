#include "forecast.h"

#include <cmath>

namespace greenlight {
namespace {

std::vector<double> prefixSums(const std::vector<double>& values, double stepHours)
{
    std::vector<double> prefix(values.size() + 1, 0.0);
    for (std::size_t i = 0; i < values.size(); ++i)
        prefix[i + 1] = prefix[i] + values[i] * stepHours;
    return prefix;
}

} // namespace

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
    const double stepHours = static_cast<double>(step.count()) / 3600.0;
    f.m_prefixMean = prefixSums(f.m_mean, stepHours);
    f.m_prefixHigh = prefixSums(f.m_high, stepHours);
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

double Forecast::cumulativeTo(const std::vector<double>& values, const std::vector<double>& prefix,
                              UtcTime t) const
{
    const Seconds offset = t - m_start;
    const auto index = static_cast<std::size_t>(offset / m_step);
    if (index >= values.size())
        return prefix.back();
    const Seconds intoStep = offset - m_step * static_cast<long long>(index);
    return prefix[index] + values[index] * (static_cast<double>(intoStep.count()) / 3600.0);
}

std::optional<double> Forecast::integral(const std::vector<double>& values,
                                         const std::vector<double>& prefix, TimeWindow w) const
{
    if (w.end < w.begin || !coverage().contains(w))
        return std::nullopt;
    return cumulativeTo(values, prefix, w.end) - cumulativeTo(values, prefix, w.begin);
}

std::optional<double> Forecast::integralGPerKwhHours(TimeWindow w) const
{
    return integral(m_mean, m_prefixMean, w);
}

std::optional<double> Forecast::upperIntegralGPerKwhHours(TimeWindow w) const
{
    return integral(m_high, m_prefixHigh, w);
}

} // namespace greenlight
