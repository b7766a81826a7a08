// A contractual instrument a site may claim in market-based Scope 2 accounting (GHG Protocol
// Scope 2 Guidance, 2015, ch. 6–7): a power purchase agreement matched hour by hour or over the
// year, or energy attribute certificates (guarantees of origin, RECs) of a given volume and
// vintage. Each belongs to exactly one site and is never claimed twice.
//
//   EnergyInstrument ppa{"osl1-hydro-ppa", InstrumentKind::PpaHourly};
//   ppa.capacityKw = 200.0;   // baseload: 200 kWh in every hour, matched against that hour only
#pragma once

#include "core/status.h"

#include <string>
#include <string_view>

namespace greenlight {

enum class InstrumentKind {
    Invalid,
    PpaHourly,   // baseload contract, each hour's delivery only covers that hour's consumption
    PpaAnnual,   // contract matched over the calendar year (volume per year)
    Certificate, // energy attribute certificates (GOs, RECs): a volume of one vintage year
};

const char* instrumentKindName(InstrumentKind kind);            // "ppa-hourly"
InstrumentKind instrumentKindFromName(const std::string& name); // Invalid when unknown

struct EnergyInstrument {
    std::string id; // unique across the fleet, e.g. the certificate batch number
    InstrumentKind kind = InstrumentKind::Invalid;
    double capacityKw = 0.0;  // PpaHourly: delivered power, every hour
    double volumeKwh = 0.0;   // PpaAnnual: per calendar year; Certificate: the whole batch
    int vintageYear = 0;      // Certificate: the year it may be claimed in (same-year vintage)
    double gramsPerKwh = 0.0; // emission factor of the contracted generation (0: wind, hydro…)
    bool renewable = false;   // counts towards REF (nuclear: carbon-free but not renewable)
    std::string originZone = {}; // the grid zone the contracted energy is generated in

    bool carbonFree() const { return gramsPerKwh <= 0.0; }
    // Rejects a missing id, negative volumes or capacities, a certificate without vintage.
    Status validate() const;
};

// The market an instrument may be claimed in (GHG Protocol Scope 2 Quality Criterion 6: from the
// same market as the consumption): the European EECS guarantee-of-origin market (AIB members,
// one market), else the country of the zone ("US-CAL-CISO" → "US", "GB", "SG", "AU-NSW" → "AU").
std::string marketBoundaryOf(std::string_view zone);

} // namespace greenlight
