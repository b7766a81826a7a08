// Grams per IT kWh at each site, hour by hour: the grid's intensity times the site's PUE(t).
// Schedulers, the simulator and the lower bound integrate this one series (prefix sums, O(1) per
// window) instead of evaluating cooling physics in their inner loops; without site physics it is
// the intensity times the constant design PUE, which is what they did before.
//
//   FacilityIntensity facility(fleet, traces, &physics);   // physics: WeatherLibrary::physicsFor
//   double gPerItKwhHours = *actualIntegralWrapped(facility.series(site), window);
#pragma once

#include "core/fleet/fleet.h"
#include "core/physics/weatherlibrary.h"
#include "core/tracelibrary.h"

#include <memory>
#include <optional>
#include <vector>

namespace greenlight {

class FacilityIntensity {
public:
    // `physics` (one entry per site) may be null: constant design PUE.
    FacilityIntensity(const Fleet& fleet, const TraceLibrary& traces,
                      const FleetPhysics* physics = nullptr);

    // CI × PUE on the zone trace's grid; null when the zone has no trace.
    const IntensitySeries* series(std::size_t site) const;
    double pueAt(std::size_t site, UtcTime t) const;
    // ∫ PUE dt over the window, in hours (IT kWh per kW → facility kWh per kW).
    double pueHours(std::size_t site, TimeWindow window) const;
    bool hourly() const { return m_hourly; } // PUE(t) from site physics, not constants
    // The site's physics, or null when it runs on its constant design PUE.
    const SitePhysics* physics(std::size_t site) const
    {
        return site < m_physics.size() ? &m_physics[site] : nullptr;
    }

private:
    std::vector<std::optional<IntensitySeries>> m_series;
    std::vector<SitePhysics> m_physics; // empty without physics
    std::vector<double> m_designPue;
    bool m_hourly = false;
};

} // namespace greenlight
