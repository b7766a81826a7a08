// "ridge", the stronger forecaster: a RidgeModel per zone, refitted once a week on what was
// observed by Monday 00:00 UTC and cached (FitCache), so forecast() is cheap, const and thread-safe.
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
    // Until its first weekly fit it forecasts as seasonal-naive-24h does: a lead fits once 48
    // issue points 5 h apart (10 days) follow the first day and the lead itself (≤ 2 days), and
    // fits happen on Mondays (≤ 7 days more): three weeks.
    Seconds warmUp(Seconds) const override { return Days{21}; }

    // The model forecast() uses for this issue time (fitted now or from the cache).
    Result<std::shared_ptr<const RidgeModel>> modelFor(const IntensitySeries& series,
                                                       UtcTime issuedAt) const;
    std::size_t cachedModels() const { return m_cache.size(); }

private:
    RidgeModel::Options m_options;
    FitCache<RidgeModel> m_cache;
};

} // namespace greenlight
