// A zone's grid carbon-intensity trace at a fixed step (hourly or 5-minute), with O(1) lookup by
// time and O(1) integrals over any window (prefix sums of a piecewise-constant signal).
//
//   const IntensitySeries& de = library.find("DE");
//   double gramsPerKw = *de.integralGPerKwhHours(IntensitySignal::Lifecycle, window);
#pragma once

#include "status.h"
#include "stepintegral.h"
#include "utctime.h"

#include <cstddef>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <vector>

namespace greenlight {

enum class IntensitySignal {
    Invalid,
    Lifecycle, // life-cycle (LCA) emission factors, consumption-based: the default everywhere
    Direct,    // combustion-only emission factors
};

// One step of a trace. Optional columns are empty when the source does not have them.
struct IntensitySample {
    UtcTime time; // start of the step
    double lifecycleGPerKwh = 0.0;
    std::optional<double> directGPerKwh;
    std::optional<double> carbonFreePct;
    std::optional<double> renewablePct;
    bool estimated = false;
};

class IntensitySeries {
public:
    struct Columns {
        std::vector<double> lifecycleGPerKwh; // required
        std::vector<double> directGPerKwh;    // empty or same length
        std::vector<double> carbonFreePct;    // empty or same length
        std::vector<double> renewablePct;     // empty or same length
        std::vector<std::uint8_t> estimated;  // empty or same length; 1 = estimated
    };

    // Validates that the columns agree in length and the step is positive.
    static Result<IntensitySeries> create(std::string zoneKey, UtcTime start, Seconds step,
                                          Columns columns);

    const std::string& zoneKey() const { return m_zoneKey; }
    UtcTime start() const { return m_start; }
    Seconds step() const { return m_step; }
    std::size_t size() const { return m_columns.lifecycleGPerKwh.size(); }
    UtcTime end() const { return m_start + m_step * static_cast<long long>(size()); }
    TimeWindow coverage() const { return {m_start, end()}; }

    bool hasDirect() const { return !m_columns.directGPerKwh.empty(); }
    bool hasCarbonFree() const { return !m_columns.carbonFreePct.empty(); }
    bool hasRenewable() const { return !m_columns.renewablePct.empty(); }
    bool hasEstimatedFlag() const { return !m_columns.estimated.empty(); }
    // Steps the loader filled across short gaps, carrying the last value forward (flagged estimated).
    std::size_t filledSteps() const { return m_filledSteps; }
    void setFilledSteps(std::size_t steps) { m_filledSteps = steps; }

    // Index of the step containing t, or nullopt outside the coverage. O(1).
    std::optional<std::size_t> indexAt(UtcTime t) const;
    UtcTime timeAt(std::size_t index) const { return m_start + m_step * static_cast<long long>(index); }

    IntensitySample sample(std::size_t index) const;
    std::optional<IntensitySample> sampleAt(UtcTime t) const;

    std::span<const double> lifecycle() const { return m_columns.lifecycleGPerKwh; }
    std::span<const double> values(IntensitySignal signal) const;

    // ∫ intensity dt over the window, in gCO2eq/kWh × hours (multiply by a constant load in kW to
    // get grams). Steps are piecewise constant, partial steps count pro rata. nullopt when the
    // window leaves the coverage or the signal is absent. O(1).
    std::optional<double> integralGPerKwhHours(IntensitySignal signal, TimeWindow window) const;
    // The lifecycle integral over [start, start + duration) for many starts, value for value
    // what integralGPerKwhHours gives one window at a time (inline: schedulers' inner loop).
    void lifecycleIntegrals(std::span<const UtcTime> starts, Seconds duration,
                            std::span<std::optional<double>> out) const
    {
        m_integralLifecycle.overEach(lifecycle(), starts, duration, out);
    }

    // Time-weighted mean intensity over the window, gCO2eq/kWh. O(1).
    std::optional<double> meanGPerKwh(IntensitySignal signal, TimeWindow window) const;

private:
    IntensitySeries() = default;

    std::string m_zoneKey;
    UtcTime m_start{};
    Seconds m_step{0};
    Columns m_columns;
    StepIntegral m_integralLifecycle;
    StepIntegral m_integralDirect;
    std::size_t m_filledSteps = 0;
};

} // namespace greenlight
