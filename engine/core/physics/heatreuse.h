// Waste-heat reuse: how much of a site's heat a district-heating network takes in an hour, at
// which temperature, and what a heat pump spends to lift low-grade heat to the network's supply
// temperature. Formulas and sources: docs/site-physics.md.
//
//   HeatReuseModel reuse(params, coolingParams);  // params.contractedKwTh = 500
//   HeatReuseHour h = reuse.hour(itKwh, outdoorC); // h.reusedKwhTh, h.deliveredKwhTh, h.supplyC
#pragma once

#include "coolingparams.h"

#include "core/status.h"

namespace greenlight {

struct HeatReuseParams {
    double contractedKwTh = 0.0;     // network connection capacity; 0 = no heat reuse
    double networkSupplyMinC = 45.0; // supply temperature in summer (low-temperature 4GDH)
    double networkSupplyMaxC = 60.0; // supply temperature on the design day (outdoor reset)
    double designOutdoorC = -10.0;   // outdoor temperature at which demand is the full capacity
    double heatingBaseC = 15.5;      // base of heating degree-hours (CIBSE TM41)
    double hotWaterShare = 0.15;     // year-round load (domestic hot water) as share of capacity
    bool heatPump = true;            // lift heat that is colder than the network needs
    double heatPumpCarnotFraction = 0.5;
    double exchangerApproachC = 2.0; // site outlet → network, and each side of the heat pump

    bool enabled() const { return contractedKwTh > 0.0; }
    Status validate() const;
};

struct HeatReuseHour {
    double availableKwhTh = 0.0; // recoverable heat from the site's loops
    double demandKwhTh = 0.0;    // what the network would take this hour
    double reusedKwhTh = 0.0;    // site heat actually used (counts in ERF)
    double deliveredKwhTh = 0.0; // heat into the network (reused + heat-pump electricity)
    double heatPumpKwh = 0.0;    // electricity of the heat pump (outside the PUE boundary)
    double supplyC = 0.0;        // temperature the heat was delivered at
};

class HeatReuseModel {
public:
    HeatReuseModel(const HeatReuseParams& params, const CoolingParams& cooling);

    // Heat is recovered from the liquid loop when there is one (45–60 °C), else from the room
    // air's return (low grade, 28–36 °C): share of IT energy and the outlet temperature.
    double recoverableShare() const { return m_share; }
    double outletC() const { return m_outletC; }
    HeatReuseHour hour(double itKwh, double outdoorC) const;

    static constexpr double kMaxCop = 10.0;

private:
    HeatReuseParams m_params;
    double m_share = 0.0;
    double m_outletC = 0.0;
};

} // namespace greenlight
