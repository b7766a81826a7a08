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
    for (std::size_t h = 0; h < pue.size(); ++h) {
        const HeatReuseHour r = model.hour(itKwhPerHour, outdoor[h]);
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
