#include "coolingparams.h"

#include <cmath>
#include <cstdio>

namespace greenlight {

const char* heatRejectionName(HeatRejection rejection)
{
    switch (rejection) {
    case HeatRejection::Dry:
        return "dry";
    case HeatRejection::EvaporativeAssist:
        return "evaporative-assist";
    case HeatRejection::Evaporative:
        return "evaporative";
    case HeatRejection::Invalid:
        break;
    }
    return "invalid";
}

HeatRejection heatRejectionFromName(const std::string& name)
{
    for (const HeatRejection r :
         {HeatRejection::Dry, HeatRejection::EvaporativeAssist, HeatRejection::Evaporative}) {
        if (name == heatRejectionName(r))
            return r;
    }
    return HeatRejection::Invalid;
}

CoolingParams defaultCoolingParams(CoolingType type)
{
    CoolingParams p;
    p.type = type;
    switch (type) {
    case CoolingType::Air:
        // A legacy room: CRAC/CRAH units at a conservative 18 °C supply, air-cooled chillers all
        // year (no economiser), a double-conversion UPS. Uptime Institute's 2023 survey average
        // is 1.58; such rooms sit at 1.5–1.8.
        p.airSupplyC = 18.0;
        p.airDeltaC = 10.0;
        p.airEconomizer = false;
        p.rejection = HeatRejection::Dry;
        p.dryApproachC = 2.0;
        p.chillerCarnotFraction =
            0.38; // air-cooled chillers reach less of Carnot than water-cooled
        p.minimumLiftC = 20.0;
        p.electricalLosses = 0.10;
        p.fansAndPumps = 0.16;
        p.miscellaneous = 0.04;
        break;
    case CoolingType::AirEconomizer:
        // Hot-aisle containment at 24 °C supply, indirect air-side economiser with adiabatic
        // assist, water-cooled trim chillers: hyperscale practice, 1.1–1.2 in cool climates.
        p.rejection = HeatRejection::EvaporativeAssist;
        p.dryApproachC = 2.0;
        break;
    case CoolingType::DirectToChip:
        // Cold plates take ~75 % of the heat on W40-class facility water (35 °C in, 45 °C out)
        // through dry coolers (5 K approach, adiabatic in hot hours); the rest is room air as
        // above. Published 1.1–1.3.
        p.liquidShare = 0.75;
        p.liquidSupplyC = 35.0;
        p.liquidDeltaC = 10.0;
        p.dryApproachC = 5.0;
        p.electricalLosses = 0.05;
        p.fansAndPumps = 0.04;
        p.miscellaneous = 0.015;
        break;
    case CoolingType::Immersion:
        // Single-phase immersion: ~97 % of the heat in the dielectric, W40 water, dry coolers;
        // vendors' 1.02–1.08 assume a high-efficiency power chain.
        p.liquidShare = 0.97;
        p.liquidSupplyC = 40.0;
        p.liquidDeltaC = 10.0;
        p.dryApproachC = 5.0;
        p.electricalLosses = 0.02;
        p.fansAndPumps = 0.015;
        p.miscellaneous = 0.005;
        break;
    case CoolingType::Invalid:
        break;
    }
    return p;
}

Status CoolingParams::validate() const
{
    auto bad = [](const char* name, double value, double low, double high) {
        char buffer[160];
        std::snprintf(buffer, sizeof buffer,
                      "cooling parameter \"%s\" is %g; it must lie in %g..%g", name, value, low,
                      high);
        return Status(StatusCode::InvalidArgument, buffer, "cooling");
    };
    if (type == CoolingType::Invalid)
        return Status(StatusCode::InvalidArgument,
                      "unknown cooling type (air, air-economizer, direct-to-chip, immersion)",
                      "cooling");
    if (rejection == HeatRejection::Invalid)
        return Status(StatusCode::InvalidArgument,
                      "unknown heat rejection (dry, evaporative-assist, evaporative)", "cooling");
    struct Range {
        const char* name;
        double value;
        double low;
        double high;
    };
    const Range ranges[] = {
        {"air_supply_c", airSupplyC, 10.0, 35.0},
        {"air_delta_c", airDeltaC, 2.0, 25.0},
        {"liquid_share", liquidShare, 0.0, 1.0},
        {"liquid_supply_c", liquidSupplyC, 15.0, 65.0},
        {"liquid_delta_c", liquidDeltaC, 2.0, 25.0},
        {"dry_approach_c", dryApproachC, 0.0, 20.0},
        {"wet_approach_c", wetApproachC, 0.0, 20.0},
        {"chiller_carnot_fraction", chillerCarnotFraction, 0.1, 0.8},
        {"minimum_lift_c", minimumLiftC, 5.0, 60.0},
        {"electrical_losses", electricalLosses, 0.0, 0.5},
        {"fans_and_pumps", fansAndPumps, 0.0, 0.5},
        {"miscellaneous", miscellaneous, 0.0, 0.5},
        {"cycles_of_concentration", cyclesOfConcentration, 1.5, 20.0},
    };
    for (const Range& r : ranges) {
        if (!std::isfinite(r.value) || r.value < r.low || r.value > r.high)
            return bad(r.name, r.value, r.low, r.high);
    }
    return Status::ok();
}

} // namespace greenlight
