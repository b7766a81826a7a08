#include "core/physics/siteheatreuse.h"

namespace greenlight {

SiteHeatReuse siteHeatReuse(const Site& site, const SitePhysics& physics, double itKwhPerHour)
{
    SiteHeatReuse out;
    const auto pue = physics.pue();
    const auto outdoor = physics.outdoorC();
    for (std::size_t h = 0; h < pue.size(); ++h) {
        out.itKwh += itKwhPerHour;
        out.facilityKwh += itKwhPerHour * pue[h];
    }
    // Without weather there is no outdoor temperature to drive the network's demand: say so
    // rather than guess.
    out.connected = site.heatReuse.enabled() && physics.hasWeather() && outdoor.size() >= pue.size();
    if (!out.connected)
        return out;
    const HeatReuseModel model(site.heatReuse, site.coolingParams.value_or(defaultCoolingParams(site.cooling)));
    out.hours.reserve(pue.size());
    const auto known = physics.weatherKnown();
    for (std::size_t h = 0; h < pue.size(); ++h) {
        // An hour the weather does not cover has no known heat demand (it was read as 0 °C, and
        // a January-only file doubled the year's delivered heat).
        const HeatReuseHour r = h < known.size() && known[h] ? model.hour(itKwhPerHour, outdoor[h]) : HeatReuseHour{};
        out.reusedKwhTh += r.reusedKwhTh;
        out.demandKwhTh += r.demandKwhTh;
        out.deliveredKwhTh += r.deliveredKwhTh;
        out.heatPumpKwh += r.heatPumpKwh;
        out.supplyDegreeKwh += r.deliveredKwhTh * r.supplyC;
        out.hours.push_back(r);
    }
    return out;
}

} // namespace greenlight
