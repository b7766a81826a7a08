// How a site is cooled, as numbers an energy manager can read off a design sheet: set-points of
// the air and liquid loops, how heat leaves the building, chiller quality and the fixed overheads.
// Every cooling type has documented defaults (docs/site-physics.md); a fleet file may override
// any of them per site.
//
//   CoolingParams p = defaultCoolingParams(CoolingType::DirectToChip);
//   p.liquidSupplyC = 35.0; if (Status s = p.validate(); !s.isOk()) report(s.message());
#pragma once

#include "core/fleet/coolingtype.h"
#include "core/status.h"

namespace greenlight {

// How the heat finally leaves the building.
enum class HeatRejection {
    Invalid,
    Dry,               // dry coolers / air-cooled condensers: limited by the dry-bulb temperature
    EvaporativeAssist, // adiabatic or hybrid coolers: dry when that suffices, wetted in hot hours
    Evaporative,       // cooling towers all year: limited by the wet-bulb temperature, uses water
};

const char* heatRejectionName(HeatRejection rejection);       // "evaporative-assist"
HeatRejection heatRejectionFromName(const std::string& name); // Invalid when unknown

struct CoolingParams {
    CoolingType type = CoolingType::Invalid;
    // Air loop (the share of heat that is not captured by liquid).
    double airSupplyC = 24.0;  // supply-air set-point (ASHRAE TC 9.9 recommended 18–27 °C)
    double airDeltaC = 12.0;   // return − supply, hot-aisle containment
    bool airEconomizer = true; // the air loop can use outside air / water-side economiser
    // Liquid loop (direct-to-chip cold plates or immersion tanks).
    double liquidShare = 0.0;    // share of IT heat captured by the liquid loop, 0..1
    double liquidSupplyC = 32.0; // facility-water supply (ASHRAE W32 … W45 classes)
    double liquidDeltaC = 10.0;  // return − supply
    // Heat rejection.
    HeatRejection rejection = HeatRejection::EvaporativeAssist;
    double dryApproachC = 2.0; // economiser / dry cooler: coldest loop temperature above dry bulb
    double wetApproachC = 4.0; // cooling tower / adiabatic: above wet bulb
    double chillerCarnotFraction = 0.45; // chiller COP as a share of the Carnot COP
    double minimumLiftC = 15.0;          // condensing minus evaporating temperature, never less
    // Overheads as shares of IT power.
    double electricalLosses = 0.06; // transformers, UPS, distribution
    double fansAndPumps = 0.08;     // CRAH fans, loop pumps, cooler fans at design load
    double miscellaneous = 0.02;    // lighting, offices, security
    // Water.
    double cyclesOfConcentration = 4.0; // make-up = evaporation × C / (C − 1)

    // Rejects values outside physical or published bounds, naming the parameter.
    Status validate() const;
};

// Calibrated per type to published ranges (docs/site-physics.md): air 1.5–1.8, air with
// economiser 1.1–1.5, direct-to-chip 1.1–1.3, immersion 1.02–1.08.
CoolingParams defaultCoolingParams(CoolingType type);

} // namespace greenlight
