// A forecast of a zone's carbon intensity: a mean path with a prediction interval [low, high],
// issued at one instant for consecutive steps, with O(1) lookup and O(1) window integrals.
//
//   Result<Forecast> f = makeForecaster("ridge").value()->forecast(series, now, 48);
//   double gramsPerKw = *f->integralGPerKwhHours({start, start + Hours{3}}); // × kW = grams
#pragma once

#include "core/status.h"
#include "core/stepintegral.h"
#include "core/utctime.h"

#include <cstddef>
#include <optional>
#include <span>
#include <string>
#include <vector>

namespace greenlight {

class Forecast {
public:
    // `start` is the first step boundary of the series at or after `issuedAt`; the values cover
    // [start, start + step × size). Validates: positive step, at least one value, start not
    // before issuedAt, equal lengths, finite values with low <= mean <= high.
    static Result<Forecast> create(std::string zoneKey, std::string model, UtcTime issuedAt,
                                   UtcTime start, Seconds step, std::vector<double> meanGPerKwh,
                                   std::vector<double> lowGPerKwh,
                                   std::vector<double> highGPerKwh);

    const std::string& zoneKey() const { return m_zoneKey; }
    const std::string& model() const { return m_model; }
    UtcTime issuedAt() const { return m_issuedAt; }
    UtcTime start() const { return m_start; }
    Seconds step() const { return m_step; }
    std::size_t size() const { return m_mean.size(); }
    UtcTime end() const { return m_start + m_step * static_cast<long long>(size()); }
    TimeWindow coverage() const { return {m_start, end()}; }

    std::span<const double> mean() const { return m_mean; }
    std::span<const double> low() const { return m_low; }
    std::span<const double> high() const { return m_high; }

    // Index of the step containing t, or nullopt outside [start, end). O(1).
    std::optional<std::size_t> indexAt(UtcTime t) const;
    std::optional<double> meanAt(UtcTime t) const;

    // ∫ mean dt over the window in gCO2eq/kWh × h; steps are piecewise constant and partial
    // steps count pro rata. nullopt when the window is reversed or leaves [start, end). O(1).
    std::optional<double> integralGPerKwhHours(TimeWindow w) const;
    // The same over the upper bound `high`: a pessimistic integral for risk-aware decisions.
    std::optional<double> upperIntegralGPerKwhHours(TimeWindow w) const;

private:
    Forecast() = default;

    std::string m_zoneKey;
    std::string m_model;
    UtcTime m_issuedAt{};
    UtcTime m_start{};
    Seconds m_step{0};
    std::vector<double> m_mean;
    std::vector<double> m_low;
    std::vector<double> m_high;
    StepIntegral m_integralMean;
    StepIntegral m_integralHigh;
};

} // namespace greenlight
