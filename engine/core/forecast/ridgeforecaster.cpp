#include "ridgeforecaster.h"

#include "core/forecast/issuepoint.h"

#include <bit>

namespace greenlight {
namespace {

// FNV-1a over the bit patterns of the values.
std::uint64_t hashValues(std::span<const double> values)
{
    std::uint64_t h = 1469598103934665603ull;
    for (double v : values) {
        h ^= std::bit_cast<std::uint64_t>(v);
        h *= 1099511628211ull;
    }
    return h;
}

} // namespace

Result<std::shared_ptr<const RidgeModel>> RidgeForecaster::modelFor(const IntensitySeries& series,
                                                                    UtcTime issuedAt) const
{
    const std::size_t day = stepsPerDay(series);
    if (day == 0)
        return Status(StatusCode::InvalidArgument,
                      "the step of " + std::to_string(series.step().count()) +
                          " s does not divide a day",
                      std::string("forecast ") + kName + " " + series.zoneKey());
    // Fit on what was observed when the UTC day of the issue time began: at most one fit per day.
    const UtcTime fitTime = std::max(series.start(), UtcTime{std::chrono::floor<Days>(issuedAt)});
    const auto fitEnd = std::min(series.size(),
                                 static_cast<std::size_t>((fitTime - series.start()) / series.step()));
    // Features reach back a week plus the profile's week before the oldest issue point.
    const std::size_t reach = (static_cast<std::size_t>(m_options.trainingWindow.count()) + 15) * day;
    const std::size_t from = fitEnd > reach ? fitEnd - reach : 0;
    const std::span<const double> y = series.lifecycle();
    const CacheKey key{series.zoneKey(), series.start().time_since_epoch().count(),
                       series.step().count(), fitEnd, hashValues(y.subspan(from, fitEnd - from))};
    {
        const std::lock_guard lock(m_mutex);
        if (const auto it = m_cache.find(key); it != m_cache.end())
            return it->second;
    }
    // Fit outside the lock so that zones fit in parallel; a racing duplicate fit is harmless.
    auto model = std::make_shared<const RidgeModel>(RidgeModel::fit(y, day, fitEnd, m_options));
    const std::lock_guard lock(m_mutex);
    const auto [it, inserted] = m_cache.emplace(key, std::move(model));
    if (inserted) {
        m_insertionOrder.push_back(key);
        if (m_insertionOrder.size() > kMaxCachedModels) {
            m_cache.erase(m_insertionOrder.front());
            m_insertionOrder.pop_front();
        }
    }
    return it->second;
}

std::size_t RidgeForecaster::cachedModels() const
{
    const std::lock_guard lock(m_mutex);
    return m_cache.size();
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
    const std::span<const double> y = series.lifecycle();
    std::vector<double> mean(steps);
    std::vector<double> low(steps);
    std::vector<double> high(steps);
    for (std::size_t k = 0; k < steps; ++k) {
        const auto v = model.value()->predictWithInterval(y, at->observedSteps,
                                                          at->leadOf(at->firstStepIndex + k));
        mean[k] = v[0];
        low[k] = v[1];
        high[k] = v[2];
    }
    return Forecast::create(series.zoneKey(), kName, issuedAt, at->start, series.step(),
                            std::move(mean), std::move(low), std::move(high));
}

} // namespace greenlight
