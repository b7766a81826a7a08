// Data-centre KPIs of a site, or of the fleet (sums of sites), over a period: energy, PUE, water,
// heat reuse, location- and market-based Scope 2, and the standard ratios built from them —
// PUE, WUE, CUE (The Green Grid); REF, ERF (ISO/IEC 30134-3, -6); ERE (The Green Grid);
// hourly CFE %. Definitions and sources: docs/site-physics.md.
//
//   Result<SiteKpis> k = computeSiteKpis({site, physics, *trace, itKwhPerHour}, period);
//   double ere = k->ere();   // = (1 − ERF) × PUE
#pragma once

#include "scope2.h"

#include "core/fleet/site.h"
#include "core/intensityseries.h"
#include "core/physics/sitephysics.h"
#include "core/status.h"

#include <optional>
#include <span>
#include <string>
#include <vector>

namespace greenlight {

// Which grid emission factors the location-based figure (and a grid-average market fallback) uses.
inline constexpr const char* kDirectFactors = "direct (generation)";
inline constexpr const char* kLifecycleFactors = "life-cycle (no direct factors in the trace; includes upstream, Scope 3.3)";
inline constexpr const char* kMixedFactors = "direct where the trace has them, else life-cycle (per site)";

// Facility energy by source of the grid's hourly mix (ESRS E1-5 §37), kWh; `unknown` where the
// grid's data publishes no shares.
struct GridMixKwh {
    double fossil = 0.0;
    double nuclear = 0.0;
    double renewable = 0.0;
    double unknown = 0.0;
};

struct SiteKpis {
    std::string siteId;   // "fleet" for totals
    int sites = 0;        // how many sites the figures cover
    std::string pueBasis; // where PUE(t) came from, in words
    double hours = 0.0;
    double itKwh = 0.0;
    double facilityKwh = 0.0;
    double freeCoolingHours = 0.0; // summed over sites for the fleet
    bool weatherKnown = true;      // false when any site ran on a constant PUE
    double waterLitres = 0.0;
    double heatAvailableKwhTh = 0.0;
    double heatReusedKwhTh = 0.0;     // site heat used by the network (ERF)
    double heatDeliveredKwhTh = 0.0;  // into the network, incl. heat-pump work
    double heatPumpKwh = 0.0;         // outside the PUE boundary
    double heatSupplyDegreeKwh = 0.0; // Σ delivered × supply °C, for the mean supply temperature
    double locationGrams = 0.0;
    double marketGrams = 0.0;
    double instrumentKwh = 0.0;
    double renewableKwh = 0.0;
    double residualKwh = 0.0;
    std::string residualBasis;
    std::string gridFactors;          // kDirectFactors, kLifecycleFactors or kMixedFactors
    std::optional<double> carbonFreeKwh;
    GridMixKwh gridMix;
    // Emissions the site's hourly PPAs avoided on the grid at the marginal intensity, net of their
    // own factor; only when a marginal signal is given, and never part of the inventory above.
    std::optional<double> avoidedGrams;
    std::vector<InstrumentClaim> claims;

    double pue() const { return itKwh > 0 ? facilityKwh / itKwh : 0.0; }
    double wueLitresPerKwh() const { return itKwh > 0 ? waterLitres / itKwh : 0.0; }
    // kgCO2e per IT kWh (The Green Grid CUE), location- and market-based.
    double cueLocation() const { return itKwh > 0 ? locationGrams / 1000.0 / itKwh : 0.0; }
    double cueMarket() const { return itKwh > 0 ? marketGrams / 1000.0 / itKwh : 0.0; }
    double erf() const { return facilityKwh > 0 ? heatReusedKwhTh / facilityKwh : 0.0; }
    double ere() const { return itKwh > 0 ? (facilityKwh - heatReusedKwhTh) / itKwh : 0.0; }
    double ref() const { return facilityKwh > 0 ? renewableKwh / facilityKwh : 0.0; }
    std::optional<double> cfePct() const;
    std::optional<double> meanSupplyC() const;

    // Fleet totals: every quantity adds; ratios are recomputed from the sums.
    void add(const SiteKpis& other);
};

struct KpiInputs {
    const Site& site;
    const SitePhysics& physics;                // must cover the period
    const IntensitySeries& intensity;          // must cover the period
    std::span<const double> itKwhPerHour;      // one value per hour of the period
    std::optional<double> residualMixGPerKwh;  // the zone's, when configured
    const IntensitySeries* marginal = nullptr; // marginal signal, when one exists
};

// The period must start on a whole hour and last whole hours; an error names the site when its
// trace or physics does not cover the period.
Result<SiteKpis> computeSiteKpis(const KpiInputs& in, TimeWindow period);

// Software Carbon Intensity (Green Software Foundation SCI, ISO/IEC 21031:2024):
// SCI = (E × I + M) / R, grams per functional unit. Here I is the location-based average
// intensity (SCI excludes market instruments) and M the embodied share (0 unless given).
double sciGramsPerUnit(double energyKwh, double gramsPerKwh, double embodiedGrams, double units);

} // namespace greenlight
