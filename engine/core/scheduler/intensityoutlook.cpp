#include "intensityoutlook.h"

#include <algorithm>
#include <cmath>

namespace greenlight {
namespace {

std::vector<const IntensitySeries*> seriesPerSite(const Fleet& fleet, const TraceLibrary& traces)
{
    std::vector<const IntensitySeries*> out;
    for (const Site& site : fleet.sites())
        out.push_back(traces.find(site.zoneKey));
    return out;
}

// ∫ over [start, start + duration) for each start: inside the coverage straight from the
// series' prefix sums, else wrapped as actualIntegralWrapped does.
void actualIntegralsWrapped(const IntensitySeries* series, std::span<const UtcTime> starts,
                            Seconds duration, std::span<std::optional<double>> out)
{
    if (!series) {
        std::fill(out.begin(), out.end(), std::nullopt);
        return;
    }
    series->lifecycleIntegrals(starts, duration, out); // nullopt where a window leaves the trace
    for (std::size_t i = 0; i < starts.size(); ++i) {
        if (!out[i])
            out[i] = actualIntegralWrapped(series, {starts[i], starts[i] + duration});
    }
}

} // namespace

void IntensityOutlook::expectedIntegrals(std::size_t site, std::span<const UtcTime> starts,
                                         Seconds duration, UtcTime decisionTime,
                                         std::span<std::optional<double>> out) const
{
    for (std::size_t i = 0; i < starts.size(); ++i)
        out[i] = expectedIntegral(site, {starts[i], starts[i] + duration}, decisionTime);
}

void IntensityOutlook::expectedFacilityIntegrals(std::size_t site, std::span<const UtcTime> starts,
                                                 Seconds duration, UtcTime decisionTime,
                                                 std::span<std::optional<double>> out) const
{
    for (std::size_t i = 0; i < starts.size(); ++i)
        out[i] = expectedFacilityIntegral(site, {starts[i], starts[i] + duration}, decisionTime);
}

Seconds wrapPeriod(TimeWindow coverage)
{
    constexpr Seconds kYear = Days{364};
    constexpr Seconds kWeek = Days{7};
    if (coverage.length() >= kYear)
        return kYear;
    return kWeek * (coverage.length() / kWeek);
}

std::optional<double> actualIntegralWrapped(const IntensitySeries* series, TimeWindow window, IntensitySignal signal)
{
    if (!series || window.end < window.begin || (signal == IntensitySignal::Direct && !series->hasDirect()))
        return std::nullopt;
    const TimeWindow cover = series->coverage();
    if (cover.contains(window)) // the common case
        return series->integralGPerKwhHours(signal, window);
    const Seconds kYear = wrapPeriod(cover); // 52 weeks, or fewer for a shorter trace
    if (kYear <= Seconds{0})
        return series->integralGPerKwhHours(signal, window);
    double total = 0.0;
    TimeWindow rest = window;
    // Before the trace: shift forward by whole 52-week blocks.
    while (rest.begin < cover.begin && !rest.isEmpty()) {
        const UtcTime partEnd = std::min(rest.end, cover.begin);
        TimeWindow part{rest.begin, partEnd};
        while (part.begin < cover.begin) {
            part.begin += kYear;
            part.end += kYear;
        }
        const auto v = actualIntegralWrapped(series, part, signal);
        if (!v)
            return std::nullopt;
        total += *v;
        rest.begin = partEnd;
    }
    const UtcTime insideEnd = std::min(rest.end, cover.end);
    if (insideEnd > rest.begin) {
        total += *series->integralGPerKwhHours(signal, {rest.begin, insideEnd});
        rest.begin = insideEnd;
    }
    // After the trace: shift back by 52 weeks, one block at a time.
    while (rest.begin < rest.end) {
        const UtcTime blockEnd = std::min(rest.end, rest.begin + kYear);
        TimeWindow part{rest.begin, blockEnd};
        while (part.end > cover.end) {
            part.begin -= kYear;
            part.end -= kYear;
        }
        if (part.begin < cover.begin)
            return std::nullopt; // cannot happen: the period is never longer than the trace
        total += *series->integralGPerKwhHours(signal, part);
        rest.begin = blockEnd;
    }
    return total;
}

ActualOutlook::ActualOutlook(const Fleet& fleet, const TraceLibrary& traces,
                             const FacilityIntensity* facility)
    : m_series(seriesPerSite(fleet, traces)), m_facility(facility)
{
    if (!m_facility) {
        m_ownFacility = std::make_shared<const FacilityIntensity>(fleet, traces);
        m_facility = m_ownFacility.get();
    }
}

std::optional<double> ActualOutlook::expectedFacilityIntegral(std::size_t site, TimeWindow window,
                                                              UtcTime) const
{
    return actualIntegralWrapped(m_facility->series(site), window);
}

std::optional<double> ActualOutlook::expectedIntegral(std::size_t site, TimeWindow window,
                                                      UtcTime) const
{
    return actualIntegralWrapped(m_series[site], window);
}

void ActualOutlook::expectedIntegrals(std::size_t site, std::span<const UtcTime> starts,
                                      Seconds duration, UtcTime, std::span<std::optional<double>> out) const
{
    actualIntegralsWrapped(m_series[site], starts, duration, out);
}

void ActualOutlook::expectedFacilityIntegrals(std::size_t site, std::span<const UtcTime> starts,
                                              Seconds duration, UtcTime,
                                              std::span<std::optional<double>> out) const
{
    actualIntegralsWrapped(m_facility->series(site), starts, duration, out);
}

std::optional<double> ActualOutlook::expectedAt(std::size_t site, UtcTime hour, UtcTime) const
{
    return actualIntegralWrapped(m_series[site], {hour, hour + Hours{1}});
}

ForecastOutlook::ForecastOutlook(const Fleet& fleet, const TraceLibrary& traces,
                                 const Forecaster& model, std::size_t horizonHours,
                                 const FacilityIntensity* facility)
    : m_series(seriesPerSite(fleet, traces)), m_model(model), m_horizonHours(horizonHours),
      m_facility(facility), m_cache(fleet.sites().size()), m_last(fleet.sites().size())
{
    if (!m_facility) {
        m_ownFacility = std::make_shared<const FacilityIntensity>(fleet, traces);
        m_facility = m_ownFacility.get();
    }
}

const ForecastOutlook::Issued* ForecastOutlook::issued(std::size_t site, UtcTime decisionTime) const
{
    const IntensitySeries* s = m_series[site];
    if (!s)
        return nullptr;
    const UtcTime issueHour = std::chrono::floor<Hours>(decisionTime);
    const long long hour = issueHour.time_since_epoch().count() / 3600;
    LastLookup& last = m_last[site];
    if (last.entry && last.hour == hour)
        return last.entry->valid ? last.entry : nullptr;
    auto [it, inserted] = m_cache[site].try_emplace(hour);
    Issued& cached = it->second;
    last = {hour, &cached};
    if (!inserted)
        return cached.valid ? &cached : nullptr;
    cached.issueHour = issueHour;
    const Seconds step = s->step();
    if (step <= Seconds{0} || step > Hours{1} || Hours{1} % step != Seconds{0})
        return nullptr;
    const auto perHour = static_cast<std::size_t>(Hours{1} / step);
    Result<Forecast> f = m_model.forecast(*s, issueHour, m_horizonHours * perHour);
    if (!f.ok() && f.status().code() == StatusCode::FailedPrecondition) {
        // Too little history for the model (the first day of a trace, for ridge): the newest
        // observation is a better guess than no forecast, which leaves every option unpriced.
        f = m_fallback.forecast(*s, issueHour, m_horizonHours * perHour);
    }
    if (!f.ok() || f->step() != step || f->size() == 0)
        return nullptr;
    // Hour by hour: an hourly forecast as it is, a finer one averaged from its first hour
    // boundary (the part of an hour before it is read as the first hour, like the current hour
    // before any forecast starts).
    const UtcTime firstHour = perHour == 1 ? f->start() : std::chrono::ceil<Hours>(f->start());
    const auto skip = static_cast<std::size_t>((firstHour - f->start()) / step);
    const std::span<const double> mean = f->mean();
    cached.hourly.clear();
    for (std::size_t i = skip; i + perHour <= mean.size(); i += perHour) {
        double sum = 0.0;
        for (std::size_t k = 0; k < perHour; ++k)
            sum += mean[i + k];
        cached.hourly.push_back(sum / static_cast<double>(perHour));
    }
    if (cached.hourly.empty())
        return nullptr;
    cached.start = firstHour;
    cached.prefix.assign(cached.hourly.size() + 1, 0.0);
    cached.facilityHourly.resize(cached.hourly.size());
    cached.facilityPrefix.assign(cached.hourly.size() + 1, 0.0);
    for (std::size_t i = 0; i < cached.hourly.size(); ++i) {
        cached.prefix[i + 1] = cached.prefix[i] + cached.hourly[i];
        cached.facilityHourly[i] =
            cached.hourly[i] * m_facility->pueAt(site, cached.start + Hours{static_cast<long long>(i)});
        cached.facilityPrefix[i + 1] = cached.facilityPrefix[i] + cached.facilityHourly[i];
    }
    cached.valid = true;
    return &cached;
}

void ForecastOutlook::prefetch(TimeWindow period) const
{
    for (std::size_t site = 0; site < m_series.size(); ++site) {
        for (UtcTime t = std::chrono::floor<Hours>(period.begin); t <= period.end; t += Hours{1})
            issued(site, t);
    }
}

double ForecastOutlook::cumulative(const std::vector<double>& hourly,
                                   const std::vector<double>& prefix, double hoursFromStart)
{
    // ∫ from start to start + hoursFromStart, repeating the last 24 forecast hours past the end.
    const auto n = static_cast<double>(hourly.size());
    if (hoursFromStart <= n) {
        const auto whole = static_cast<std::size_t>(hoursFromStart);
        const double part = hoursFromStart - static_cast<double>(whole);
        return prefix[whole] + (whole < hourly.size() ? hourly[whole] * part : 0.0);
    }
    const std::size_t cycle = std::min<std::size_t>(24, hourly.size());
    const std::size_t cycleStart = hourly.size() - cycle;
    const double cycleSum = prefix.back() - prefix[cycleStart];
    const double beyond = hoursFromStart - n;
    const double fullCycles = std::floor(beyond / static_cast<double>(cycle));
    const double rest = beyond - fullCycles * static_cast<double>(cycle);
    const auto restWhole = static_cast<std::size_t>(rest);
    const double restPart = rest - static_cast<double>(restWhole);
    double restSum = prefix[cycleStart + restWhole] - prefix[cycleStart];
    if (restWhole < cycle)
        restSum += hourly[cycleStart + restWhole] * restPart;
    return prefix.back() + fullCycles * cycleSum + restSum;
}

std::optional<double> ForecastOutlook::expectedIntegral(std::size_t site, TimeWindow window,
                                                        UtcTime decisionTime) const
{
    return integral(issued(site, decisionTime), false, window);
}

std::optional<double> ForecastOutlook::expectedFacilityIntegral(std::size_t site, TimeWindow window,
                                                                UtcTime decisionTime) const
{
    return integral(issued(site, decisionTime), true, window);
}

void ForecastOutlook::expectedIntegrals(std::size_t site, std::span<const UtcTime> starts,
                                        Seconds duration, UtcTime decisionTime,
                                        std::span<std::optional<double>> out) const
{
    const Issued* f = issued(site, decisionTime);
    for (std::size_t i = 0; i < starts.size(); ++i)
        out[i] = integral(f, false, {starts[i], starts[i] + duration});
}

void ForecastOutlook::expectedFacilityIntegrals(std::size_t site, std::span<const UtcTime> starts,
                                                Seconds duration, UtcTime decisionTime,
                                                std::span<std::optional<double>> out) const
{
    const Issued* f = issued(site, decisionTime);
    for (std::size_t i = 0; i < starts.size(); ++i)
        out[i] = integral(f, true, {starts[i], starts[i] + duration});
}

std::optional<double> ForecastOutlook::integral(const Issued* f, bool facility, TimeWindow window) const
{
    if (!f || window.end < window.begin)
        return std::nullopt;
    const std::vector<double>& hourly = facility ? f->facilityHourly : f->hourly;
    const std::vector<double>& prefix = facility ? f->facilityPrefix : f->prefix;
    auto hoursFrom = [&](UtcTime t) { return static_cast<double>((t - f->start).count()) / 3600.0; };
    double a = hoursFrom(window.begin);
    const double b = hoursFrom(window.end);
    double head = 0.0;
    if (a < 0) {
        // The part of the window before the forecast starts is the current hour: its value is
        // the newest observation, so use the forecast's first hour as its best estimate.
        head = -a * hourly.front();
        a = 0;
    }
    if (b <= 0)
        return (b - hoursFrom(window.begin)) * hourly.front();
    return head + cumulative(hourly, prefix, b) - cumulative(hourly, prefix, a);
}

std::optional<double> ForecastOutlook::expectedAt(std::size_t site, UtcTime hour,
                                                  UtcTime decisionTime) const
{
    const auto integral = expectedIntegral(site, {hour, hour + Hours{1}}, decisionTime);
    return integral;
}

} // namespace greenlight
