// The simplest baseline: every future step equals the newest observed value.
//
//   PersistenceForecaster persistence;
//   Result<Forecast> f = persistence.forecast(series, issuedAt, 24); // flat at the last value
#pragma once

#include "core/forecast/empiricalinterval.h"
#include "core/forecast/fitcache.h"
#include "core/forecast/forecaster.h"

namespace greenlight {

class PersistenceForecaster final : public Forecaster {
public:
    static constexpr const char* kName = "persistence";

    std::string name() const override { return kName; }
    Result<Forecast> forecast(const IntensitySeries& series, UtcTime issuedAt,
                              std::size_t steps) const override;

private:
    FitCache<EmpiricalInterval> m_bands;
};

} // namespace greenlight
