#include "heatreuse.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace greenlight {

Status HeatReuseParams::validate() const
{
    auto bad = [](const char* name, double value, const char* rule) {
        char buffer[160];
        std::snprintf(buffer, sizeof buffer, "heat-reuse parameter \"%s\" is %g; %s", name, value,
                      rule);
        return Status(StatusCode::InvalidArgument, buffer, "heat reuse");
    };
    if (!std::isfinite(contractedKwTh) || contractedKwTh < 0)
        return bad("contracted_kw_th", contractedKwTh, "a capacity must be ≥ 0");
    if (networkSupplyMinC < 20 || networkSupplyMinC > 120)
        return bad("network_supply_min_c", networkSupplyMinC, "it must lie in 20..120");
    if (networkSupplyMaxC < networkSupplyMinC || networkSupplyMaxC > 120)
        return bad("network_supply_max_c", networkSupplyMaxC,
                   "it must lie in network_supply_min_c..120");
    if (designOutdoorC < -60 || designOutdoorC >= heatingBaseC)
        return bad("design_outdoor_c", designOutdoorC, "it must lie in −60 .. heating_base_c");
    if (heatingBaseC < 0 || heatingBaseC > 25)
        return bad("heating_base_c", heatingBaseC, "it must lie in 0..25");
    if (hotWaterShare < 0 || hotWaterShare > 1)
        return bad("hot_water_share", hotWaterShare, "it must lie in 0..1");
    if (heatPumpCarnotFraction < 0.1 || heatPumpCarnotFraction > 0.8)
        return bad("heat_pump_carnot_fraction", heatPumpCarnotFraction, "it must lie in 0.1..0.8");
    if (exchangerApproachC < 0 || exchangerApproachC > 15)
        return bad("exchanger_approach_c", exchangerApproachC, "it must lie in 0..15");
    return Status::ok();
}

HeatReuseModel::HeatReuseModel(const HeatReuseParams& params, const CoolingParams& cooling)
    : m_params(params)
{
    if (cooling.liquidShare > 0.0) {
        m_share = cooling.liquidShare;
        m_outletC = cooling.liquidSupplyC + cooling.liquidDeltaC;
    } else {
        m_share = 1.0;
        m_outletC = cooling.airSupplyC + cooling.airDeltaC;
    }
}

HeatReuseHour HeatReuseModel::hour(double itKwh, double outdoorC) const
{
    const HeatReuseParams& p = m_params;
    HeatReuseHour out;
    if (!p.enabled() || itKwh <= 0.0)
        return out;
    // All IT power ends as heat; the recoverable share is what the loop carries out.
    out.availableKwhTh = itKwh * m_share;
    const double heating =
        std::clamp((p.heatingBaseC - outdoorC) / (p.heatingBaseC - p.designOutdoorC), 0.0, 1.0);
    out.demandKwhTh = p.contractedKwTh * (p.hotWaterShare + (1.0 - p.hotWaterShare) * heating);
    // Outdoor reset: the colder it is, the hotter the network runs.
    const double supplyC =
        p.networkSupplyMinC + (p.networkSupplyMaxC - p.networkSupplyMinC) * heating;
    const double siteC = m_outletC - p.exchangerApproachC;
    if (siteC >= supplyC) {
        out.reusedKwhTh = std::min(out.availableKwhTh, out.demandKwhTh);
        out.deliveredKwhTh = out.reusedKwhTh;
        out.supplyC = siteC;
        return out;
    }
    if (!p.heatPump)
        return out; // too cold for this network and nothing to lift it
    // Heat pump: COP_heating = η · T_sink / (T_sink − T_source) in kelvin; the network receives
    // the site heat plus the compressor's work, Q_out = Q_in · COP / (COP − 1).
    const double sinkK = supplyC + p.exchangerApproachC + 273.15;
    const double sourceK = siteC - p.exchangerApproachC + 273.15;
    const double cop = std::min(kMaxCop, p.heatPumpCarnotFraction * sinkK / (sinkK - sourceK));
    if (cop <= 1.0)
        return out;
    const double neededFromSite = out.demandKwhTh * (cop - 1.0) / cop;
    out.reusedKwhTh = std::min(out.availableKwhTh, neededFromSite);
    out.deliveredKwhTh = out.reusedKwhTh * cop / (cop - 1.0);
    out.heatPumpKwh = out.deliveredKwhTh - out.reusedKwhTh;
    out.supplyC = supplyC;
    return out;
}

} // namespace greenlight
