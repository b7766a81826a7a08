#include "coolingmodel.h"

#include "psychrometrics.h"

#include <algorithm>

namespace greenlight {
namespace {

constexpr double kKelvin = 273.15;
constexpr double kCondenserApproachC = 5.0; // refrigerant condenses this far above the heat sink
// Evaporating temperature below the loop's supply: air passes a chilled-water coil (12 K in all),
// a liquid loop only a plate heat exchanger (6 K).
constexpr double kAirEvaporatorDropC = 12.0;
constexpr double kLiquidEvaporatorDropC = 6.0;

} // namespace

double CoolingModel::floorPue() const
{
    return 1.0 + m_params.electricalLosses + m_params.fansAndPumps + m_params.miscellaneous;
}

CoolingHour CoolingModel::hour(double dryBulbC, double relativeHumidityPct) const
{
    const CoolingParams& p = m_params;
    struct Loop {
        double share;
        double supplyC;
        double deltaC;
        bool economizer;
        double evaporatorDropC;
    };
    const Loop loops[] = {
        {1.0 - p.liquidShare, p.airSupplyC, p.airDeltaC, p.airEconomizer, kAirEvaporatorDropC},
        {p.liquidShare, p.liquidSupplyC, p.liquidDeltaC, true, kLiquidEvaporatorDropC},
    };
    const double dryC = dryBulbC + p.dryApproachC;
    // The wet bulb only matters when water can be evaporated; skip its four arctangents otherwise.
    const double wetC = p.rejection == HeatRejection::Dry
                            ? dryC
                            : wetBulbStullC(dryBulbC, relativeHumidityPct) + p.wetApproachC;
    // Every watt of fan and pump power ends up as heat in the loops as well.
    const double heatPerIt = 1.0 + p.fansAndPumps;
    double coolingPower = 0.0;
    double evaporatedHeat = 0.0;
    CoolingHour out;
    for (const Loop& loop : loops) {
        if (loop.share <= 0.0)
            continue;
        double sinkC = dryC;
        double wetShare = 0.0; // of the loop's heat rejected by evaporating water
        if (p.rejection == HeatRejection::Evaporative) {
            sinkC = wetC;
            wetShare = 1.0;
        } else if (p.rejection == HeatRejection::EvaporativeAssist && dryC > loop.supplyC && wetC < dryC) {
            // Adiabatic pre-cooling only as deep as it helps: down to the supply set-point (all the
            // economiser needs) or the wet bulb, whichever is warmer, and water in proportion to
            // that depth. Evaporating the whole load from the first tenth of a degree jumped WUE
            // from 0 to 2.1 L/kWh to save a thousandth of a kWh.
            sinkC = loop.economizer ? std::max(wetC, loop.supplyC) : wetC;
            wetShare = (dryC - sinkC) / (dryC - wetC);
        }
        // An economiser cools the return stream down to the sink; a chiller lifts what is left
        // from there to the supply set-point (partial economisation).
        const double mechanical =
            loop.economizer ? std::clamp((sinkC - loop.supplyC) / loop.deltaC, 0.0, 1.0) : 1.0;
        const double heat = loop.share * heatPerIt;
        double compressorHeat = 0.0;
        if (mechanical > 0.0) {
            const double evaporatingC = loop.supplyC - loop.evaporatorDropC;
            const double condensingC =
                std::max(sinkC + kCondenserApproachC, evaporatingC + p.minimumLiftC);
            const double cop =
                std::min(kMaxCop, p.chillerCarnotFraction * (evaporatingC + kKelvin) /
                                      (condensingC - evaporatingC));
            compressorHeat = heat * mechanical / cop;
            coolingPower += compressorHeat;
            out.mechanicalShare += loop.share * mechanical;
        }
        evaporatedHeat += wetShare * (heat + compressorHeat);
    }
    out.pue = floorPue() + coolingPower;
    out.freeCooling = out.mechanicalShare <= 0.0;
    out.evaporating = evaporatedHeat > 0.0;
    const double c = p.cyclesOfConcentration;
    out.waterLitresPerItKwh = evaporatedHeat * kLitresPerKwhEvaporated * c / (c - 1.0);
    return out;
}

} // namespace greenlight
