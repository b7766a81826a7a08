// PUE and water of a site for one hour of outdoor air, from its cooling parameters. Each loop
// (room air, and the liquid loop of direct-to-chip or immersion) rejects its heat through an
// economiser or dry cooler as far as the outdoor air allows and trims the rest with a chiller
// whose COP follows the Carnot limit of its lift. Formulas and sources: docs/site-physics.md.
//
//   CoolingModel model(defaultCoolingParams(CoolingType::AirEconomizer));
//   CoolingHour h = model.hour(8.0, 70.0);   // h.pue ≈ 1.16, h.freeCooling == true
#pragma once

#include "coolingparams.h"

namespace greenlight {

struct CoolingHour {
    double pue = 1.0;                 // facility power / IT power
    double mechanicalShare = 0.0;     // share of the heat a compressor had to lift, 0..1
    bool freeCooling = false;         // no compressor ran this hour
    bool evaporating = false;         // heat left through evaporation (water used)
    double waterLitresPerItKwh = 0.0; // make-up water for evaporation and blow-down
};

class CoolingModel {
public:
    // The parameters must be valid (CoolingParams::validate()).
    explicit CoolingModel(const CoolingParams& params) : m_params(params) {}

    const CoolingParams& params() const { return m_params; }
    CoolingHour hour(double dryBulbC, double relativeHumidityPct) const;
    // PUE with no cooling energy at all: the floor set by the fixed overheads.
    double floorPue() const;

    static constexpr double kMaxCop = 15.0; // chillers at very low lift do not beat this
    // Latent heat of evaporation of water at ~20 °C, 2.45 MJ/kg: 3.6 / 2.45 = 1.47 L per kWh_th.
    static constexpr double kLitresPerKwhEvaporated = 3.6 / 2.45;

private:
    CoolingParams m_params;
};

} // namespace greenlight
