// "ridge": the stronger model. Per zone, once per UTC day, fits a RidgeModel (one small ridge
// regression per lead over recent lags and daily/weekly profiles) on the data observed before
// that day began, and caches it; each forecast() then costs a few microseconds. The cache is
// keyed by the series' identity and a hash of the training data, and guarded by a mutex, so
// forecast() is const, thread-safe and never serves a model fitted on other data.
//
//   RidgeForecaster ridge;
//   Result<Forecast> f = ridge.forecast(series, issuedAt, 48); // mean + 80 % interval
#pragma once

#include "core/forecast/forecaster.h"
#include "core/forecast/ridgemodel.h"

#include <cstdint>
#include <deque>
#include <map>
#include <memory>
#include <mutex>
#include <tuple>

namespace greenlight {

class RidgeForecaster final : public Forecaster {
public:
    static constexpr const char* kName = "ridge";
    static constexpr std::size_t kMaxCachedModels = 256;

    explicit RidgeForecaster(RidgeModel::Options options = {}) : m_options(options) {}

    std::string name() const override { return kName; }
    Result<Forecast> forecast(const IntensitySeries& series, UtcTime issuedAt,
                              std::size_t steps) const override;
    Seconds minimumHistory(Seconds) const override { return Days{1}; }

    // The model forecast() uses for this issue time (fitted or from the cache).
    Result<std::shared_ptr<const RidgeModel>> modelFor(const IntensitySeries& series,
                                                       UtcTime issuedAt) const;
    std::size_t cachedModels() const;

private:
    // zone, series start (s), step (s), fit end index, hash of the values the fit reads.
    using CacheKey = std::tuple<std::string, long long, long long, std::size_t, std::uint64_t>;

    RidgeModel::Options m_options;
    mutable std::mutex m_mutex;
    mutable std::map<CacheKey, std::shared_ptr<const RidgeModel>> m_cache;
    mutable std::deque<CacheKey> m_insertionOrder;
};

} // namespace greenlight
