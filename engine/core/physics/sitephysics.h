// A site's cooling and heat physics hour by hour over a window: PUE(t), free-cooling hours,
// water per IT kWh and the outdoor temperature, computed once from its weather and cooling
// parameters so that schedulers and accounting read arrays instead of evaluating physics.
// A site without weather gets its constant design PUE and says so.
//
//   SitePhysics fra = SitePhysics::compute(site, &weather, {startOfYear(2023), startOfYear(2024)});
//   double pue = fra.pueAt(*parseIsoUtc("2023-07-01T12:00:00Z"));
#pragma once

#include "coolingmodel.h"
#include "weatherseries.h"

#include "core/fleet/site.h"
#include "core/utctime.h"

#include <cstdint>
#include <span>
#include <string>
#include <vector>

namespace greenlight {

enum class PueSource {
    Invalid,
    HourlyWeather, // the site's recorded hourly weather
    Climatology,   // monthly means supplied for the site
    Constant,      // no weather: the fleet file's design PUE every hour
};

const char* pueSourceName(PueSource source); // "hourly-weather", "climatology", "constant"

class SitePhysics {
public:
    SitePhysics() = default;
    // Hourly over `window` (whole hours from its floored start). `weather` may be null: then the
    // constant design PUE, no free-cooling or water figures, and a note that says so (with
    // `why`, when the caller knows why there is no weather).
    static SitePhysics compute(const Site& site, const WeatherSeries* weather, TimeWindow window,
                               const std::string& why = {});

    PueSource source() const { return m_source; }
    const std::string& note() const { return m_note; } // where the figures come from, in words
    bool hasWeather() const
    {
        return m_source == PueSource::HourlyWeather || m_source == PueSource::Climatology;
    }
    // False when the weather did not cover every hour (those ran on the design PUE, with no water
    // or free cooling counted): water figures over the window are then incomplete.
    bool weatherComplete() const { return hasWeather() && m_hoursWithoutWeather == 0; }
    UtcTime start() const { return m_start; }
    std::size_t size() const { return m_pue.size(); }
    TimeWindow coverage() const
    {
        return {m_start, m_start + Hours{static_cast<long long>(size())}};
    }

    std::span<const double> pue() const { return m_pue; }
    std::span<const double> waterLitresPerItKwh() const { return m_water; }
    std::span<const double> outdoorC() const { return m_outdoorC; }
    std::span<const std::uint8_t> freeCooling() const { return m_freeCooling; }
    // 1 for the hours the weather covers; outdoorC() is 0 elsewhere and means nothing there.
    std::span<const std::uint8_t> weatherKnown() const { return m_weatherKnown; }

    // PUE of the hour containing t; before or after the window the first or last hour's year is
    // read 52 weeks away (like the traces), and a window shorter than that clamps.
    double pueAt(UtcTime t) const;
    double constantPue() const { return m_constantPue; }
    // The same figures over another window, read with pueAt()'s 52-week rule.
    SitePhysics resampled(TimeWindow window) const;

private:
    PueSource m_source = PueSource::Invalid;
    std::string m_note;
    UtcTime m_start{};
    double m_constantPue = 1.0;
    std::vector<double> m_pue;
    std::vector<double> m_water;
    std::vector<double> m_outdoorC;
    std::vector<std::uint8_t> m_freeCooling;
    std::vector<std::uint8_t> m_weatherKnown;
    std::size_t m_hoursWithoutWeather = 0;
};

} // namespace greenlight
