#include "intensityseries.h"

namespace greenlight {
Result<IntensitySeries> IntensitySeries::create(std::string zoneKey, UtcTime start, Seconds step,
                                                Columns columns)
{
    const std::string source = "series " + zoneKey;
    if (step <= Seconds{0})
        return Status(StatusCode::InvalidArgument, "step must be positive", source);
    if (columns.lifecycleGPerKwh.empty())
        return Status(StatusCode::InvalidArgument, "a series needs at least one value", source);
    const std::size_t n = columns.lifecycleGPerKwh.size();
    auto sameLength = [n](const auto& v) { return v.empty() || v.size() == n; };
    if (!sameLength(columns.directGPerKwh) || !sameLength(columns.carbonFreePct) ||
        !sameLength(columns.renewablePct) || !sameLength(columns.estimated))
        return Status(StatusCode::InvalidArgument, "columns differ in length", source);

    IntensitySeries series;
    series.m_zoneKey = std::move(zoneKey);
    series.m_start = start;
    series.m_step = step;
    series.m_columns = std::move(columns);
    series.m_integralLifecycle = StepIntegral(start, step, series.m_columns.lifecycleGPerKwh);
    if (series.hasDirect())
        series.m_integralDirect = StepIntegral(start, step, series.m_columns.directGPerKwh);
    return series;
}

std::optional<std::size_t> IntensitySeries::indexAt(UtcTime t) const
{
    if (t < m_start)
        return std::nullopt;
    const auto index = static_cast<std::size_t>((t - m_start) / m_step);
    if (index >= size())
        return std::nullopt;
    return index;
}

IntensitySample IntensitySeries::sample(std::size_t i) const
{
    IntensitySample s;
    s.time = timeAt(i);
    s.lifecycleGPerKwh = m_columns.lifecycleGPerKwh[i];
    if (hasDirect())
        s.directGPerKwh = m_columns.directGPerKwh[i];
    if (hasCarbonFree())
        s.carbonFreePct = m_columns.carbonFreePct[i];
    if (hasRenewable())
        s.renewablePct = m_columns.renewablePct[i];
    s.estimated = hasEstimatedFlag() && m_columns.estimated[i] != 0;
    return s;
}

std::optional<IntensitySample> IntensitySeries::sampleAt(UtcTime t) const
{
    const auto index = indexAt(t);
    if (!index)
        return std::nullopt;
    return sample(*index);
}

std::span<const double> IntensitySeries::values(IntensitySignal signal) const
{
    switch (signal) {
    case IntensitySignal::Lifecycle: return m_columns.lifecycleGPerKwh;
    case IntensitySignal::Direct: return m_columns.directGPerKwh;
    case IntensitySignal::Invalid: break;
    }
    return {};
}

std::optional<double> IntensitySeries::integralGPerKwhHours(IntensitySignal signal,
                                                            TimeWindow window) const
{
    if (signal == IntensitySignal::Invalid || (signal == IntensitySignal::Direct && !hasDirect()))
        return std::nullopt;
    return signal == IntensitySignal::Direct ? m_integralDirect.over(values(signal), window)
                                             : m_integralLifecycle.over(values(signal), window);
}

std::optional<double> IntensitySeries::meanGPerKwh(IntensitySignal signal, TimeWindow window) const
{
    if (window.isEmpty())
        return std::nullopt;
    const auto integral = integralGPerKwhHours(signal, window);
    if (!integral)
        return std::nullopt;
    return *integral / (static_cast<double>(window.length().count()) / 3600.0);
}

} // namespace greenlight
