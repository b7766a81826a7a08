// Seasonal-naive baseline: each future step repeats the newest observed value at the same phase
// of the season (24 h: same time yesterday; 168 h: same time last week).
//
//   SeasonalNaiveForecaster daily(Hours{24});   // name() == "seasonal-naive-24h"
//   Result<Forecast> f = daily.forecast(series, issuedAt, 48);
#pragma once

#include "core/forecast/empiricalinterval.h"
#include "core/forecast/fitcache.h"
#include "core/forecast/forecaster.h"

namespace greenlight {

class SeasonalNaiveForecaster final : public Forecaster {
public:
    explicit SeasonalNaiveForecaster(Hours period) : m_period(period) {}

    std::string name() const override;
    Result<Forecast> forecast(const IntensitySeries& series, UtcTime issuedAt,
                              std::size_t steps) const override;
    Seconds minimumHistory(Seconds) const override { return m_period; }

private:
    Hours m_period;
    FitCache<EmpiricalInterval> m_bands;
};

} // namespace greenlight
