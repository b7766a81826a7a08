// A site's heat offered to its district-heating network hour by hour over a physics window: what
// the heat-reclamation panel plots. The site's IT load is given per hour (the console uses every
// GPU at its typical power × an assumed utilisation, like `greenlight-cli kpis`).
//
//   SiteHeatReuse heat = siteHeatReuse(site, physics, itKwhPerHour);
//   if (heat.connected) plot(heat.hours);   // reusedKwhTh, demandKwhTh, supplyC per hour
#pragma once

#include "core/fleet/site.h"
#include "core/physics/heatreuse.h"
#include "core/physics/sitephysics.h"

#include <vector>

namespace greenlight {

struct SiteHeatReuse {
    bool connected = false;  // the site has a heat-reuse contract and real weather
    std::vector<HeatReuseHour> hours; // aligned with the physics window
    double itKwh = 0.0;
    double facilityKwh = 0.0; // IT × PUE(t)
    double reusedKwhTh = 0.0;
    double demandKwhTh = 0.0;
    double deliveredKwhTh = 0.0;
    double heatPumpKwh = 0.0;
    double supplyDegreeKwh = 0.0; // Σ delivered × supply °C

    // Energy Reuse Factor (ISO/IEC 30134-6): reused / facility energy.
    double erf() const { return facilityKwh > 0 ? reusedKwhTh / facilityKwh : 0.0; }
    double demandCovered() const { return demandKwhTh > 0 ? deliveredKwhTh / demandKwhTh : 0.0; }
    double meanSupplyC() const { return deliveredKwhTh > 0 ? supplyDegreeKwh / deliveredKwhTh : 0.0; }
};

SiteHeatReuse siteHeatReuse(const Site& site, const SitePhysics& physics, double itKwhPerHour);

} // namespace greenlight
