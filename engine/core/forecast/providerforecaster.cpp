#include "providerforecaster.h"

#include "core/forecast/issuepoint.h"

#include <algorithm>
#include <cmath>

namespace greenlight {

Status IssuedForecastLibrary::add(IssuedForecast issue)
{
    if (issue.points.empty() || issue.pointStep <= Seconds{0})
        return Status(StatusCode::InvalidArgument, "an issued forecast needs points and a positive step",
                      "provider forecaster");
    for (const auto& [t, v] : issue.points) {
        if (!std::isfinite(v) || v < 0.0)
            return Status(StatusCode::InvalidArgument, "issued forecast value out of range at " + formatIsoUtc(t),
                          "provider forecaster");
    }
    std::sort(issue.points.begin(), issue.points.end());
    auto& list = m_byZone[issue.zone];
    auto at = std::upper_bound(list.begin(), list.end(), issue.issuedAt,
                               [](UtcTime t, const IssuedForecast& f) { return t < f.issuedAt; });
    list.insert(at, std::move(issue));
    return Status::ok();
}

const IssuedForecast* IssuedForecastLibrary::latestAsOf(const std::string& zone, UtcTime asOf) const
{
    auto it = m_byZone.find(zone);
    if (it == m_byZone.end())
        return nullptr;
    const auto& list = it->second;
    auto after = std::upper_bound(list.begin(), list.end(), asOf,
                                  [](UtcTime t, const IssuedForecast& f) { return t < f.issuedAt; });
    return after == list.begin() ? nullptr : &*std::prev(after);
}

std::size_t IssuedForecastLibrary::size() const
{
    std::size_t n = 0;
    for (const auto& [zone, list] : m_byZone)
        n += list.size();
    return n;
}

ProviderForecaster::ProviderForecaster(std::shared_ptr<const IssuedForecastLibrary> issues)
    : m_issues(std::move(issues))
{
}

Result<Forecast> ProviderForecaster::forecast(const IntensitySeries& series, UtcTime issuedAt,
                                              std::size_t steps) const
{
    const IssuedForecast* issue = m_issues ? m_issues->latestAsOf(series.zoneKey(), issuedAt) : nullptr;
    if (issue == nullptr) {
        return Status(StatusCode::FailedPrecondition,
                      "no provider forecast for " + series.zoneKey() + " issued by " + formatIsoUtc(issuedAt),
                      "provider");
    }
    // The fill is only read where the issue is silent and for the interval; it obeys the same
    // no-look-ahead rule, so the combination does too.
    Result<Forecast> fill = m_fill.forecast(series, issuedAt, steps);
    Result<IssuePoint> at = locateIssue(series, issuedAt, steps, 0, "provider");
    if (!at.ok())
        return at.status();
    const Seconds step = series.step();
    std::vector<double> mean(steps);
    std::vector<double> low(steps);
    std::vector<double> high(steps);
    for (std::size_t k = 0; k < steps; ++k) {
        const UtcTime begin = at->start + step * static_cast<long long>(k);
        const UtcTime end = begin + step;
        // Overlap-weighted mean of the provider's points over [begin, end).
        double weighted = 0.0;
        long long covered = 0;
        for (const auto& [t, v] : issue->points) {
            const UtcTime a = std::max(begin, t);
            const UtcTime b = std::min(end, t + issue->pointStep);
            if (b > a) {
                weighted += v * static_cast<double>((b - a).count());
                covered += (b - a).count();
            }
        }
        const bool fromProvider = covered * 2 >= step.count(); // at least half the step covered
        if (!fromProvider && !fill.ok()) {
            return Status(StatusCode::OutOfRange,
                          "the provider forecast issued " + formatIsoUtc(issue->issuedAt) + " ends before "
                              + formatIsoUtc(begin) + " and no fill is available: " + fill.status().message(),
                          "provider");
        }
        mean[k] = fromProvider ? weighted / static_cast<double>(covered) : fill->mean()[k];
        if (fill.ok() && fill->mean()[k] > 0.0) {
            // The fill's relative band, around the provider's mean.
            low[k] = std::min(mean[k], mean[k] * fill->low()[k] / fill->mean()[k]);
            high[k] = std::max(mean[k], mean[k] * fill->high()[k] / fill->mean()[k]);
        } else {
            low[k] = high[k] = mean[k];
        }
    }
    return Forecast::create(series.zoneKey(), name(), issuedAt, at->start, step, std::move(mean),
                            std::move(low), std::move(high));
}

} // namespace greenlight
