// The oracle: "forecasts" the actual future values of the series. It reads the future on purpose
// (readsFuture() is true) and exists only as the lower bound of what any forecaster could achieve
// in back-tests and simulations; its interval is the value itself.
//
//   OracleForecaster oracle;
//   Result<Forecast> perfect = oracle.forecast(series, issuedAt, 48); // error past the data
#pragma once

#include "core/forecast/forecaster.h"

namespace greenlight {

class OracleForecaster final : public Forecaster {
public:
    static constexpr const char* kName = "oracle";

    std::string name() const override { return kName; }
    Result<Forecast> forecast(const IntensitySeries& series, UtcTime issuedAt,
                              std::size_t steps) const override;
    Seconds minimumHistory(Seconds) const override { return Seconds{0}; }
    bool readsFuture() const override { return true; }
};

} // namespace greenlight
