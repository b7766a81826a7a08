// "ridge": the stronger model. Per zone, once a week, fits a RidgeModel (one small ridge
// regression per lead over recent lags and daily/weekly profiles, on log intensity) on the data
// observed before the week began (Monday 00:00 UTC) and caches it; each forecast() then only
// evaluates it. The cache (FitCache) is keyed by a hash of the training data and guarded by a
// mutex, so forecast() is const, thread-safe and never serves a model fitted on other data.
//
//   RidgeForecaster ridge;
//   Result<Forecast> f = ridge.forecast(series, issuedAt, 48); // mean + 80 % interval
#pragma once

#include "core/forecast/fitcache.h"
#include "core/forecast/forecaster.h"
#include "core/forecast/ridgemodel.h"

#include <memory>

namespace greenlight {

class RidgeForecaster final : public Forecaster {
public:
    static constexpr const char* kName = "ridge";

    explicit RidgeForecaster(RidgeModel::Options options = {}) : m_options(options) {}

    std::string name() const override { return kName; }
    Result<Forecast> forecast(const IntensitySeries& series, UtcTime issuedAt,
                              std::size_t steps) const override;
    Seconds minimumHistory(Seconds) const override { return Days{1}; }

    // The model forecast() uses for this issue time (fitted now or from the cache).
    Result<std::shared_ptr<const RidgeModel>> modelFor(const IntensitySeries& series,
                                                       UtcTime issuedAt) const;
    std::size_t cachedModels() const { return m_cache.size(); }

private:
    RidgeModel::Options m_options;
    FitCache<RidgeModel> m_cache;
};

} // namespace greenlight
