// A data-centre site of the fleet: where it is, which grid zone feeds it, how many GPUs it has,
// how much power they draw, how efficient its cooling is, how far it is from users.
//
//   const Site& fra = fleet.sites()[0];
//   Kilowatts draw = fra.powerPerGpu * 8;   // an 8-GPU job at typical load
#pragma once

#include "coolingtype.h"

#include "core/accounting/energyinstrument.h"
#include "core/physics/coolingparams.h"
#include "core/physics/heatreuse.h"
#include "core/physics/weatherseries.h"
#include "core/units.h"
#include "core/zone.h"

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace greenlight {

struct Site {
    std::string id;           // "fra1"
    std::string name;         // "Frankfurt"
    std::string zoneKey;      // grid zone, "DE"
    std::string jurisdiction; // data-sovereignty area: "EU", "UK", "US", …
    GeoPoint location;
    std::map<std::string, int> gpusByType; // "A100" → 96
    Kilowatts powerPerGpu{0.4};            // per GPU at typical load, IT side
    double pue = 1.4; // design PUE: used every hour when the site has no weather
    CoolingType cooling = CoolingType::Air;
    // Overrides of the cooling type's defaults (defaultCoolingParams(cooling) when empty).
    std::optional<CoolingParams> coolingParams;
    // Weather: a file key in the weather folder ("DE"); empty = the zone's file when the site is
    // near its station; "none" = no weather. A monthly climatology when there is no file.
    std::string weatherKey;
    std::optional<MonthlyClimate> climate;
    HeatReuseParams heatReuse;                 // contractedKwTh 0: no heat reuse
    std::vector<EnergyInstrument> instruments; // market-based Scope 2 claims of this site
    std::map<std::string, double> latencyMsByRegion; // user region → round trip, ms
    double migrationKwhPerGb = 0.01; // network + storage energy to move data here
    std::string dispatchEndpoint;    // "slurm+ssh://…", "k8s://…"; empty in simulations
    int zoneLine = 0; // line of "zone" in the fleet file (0: not read from one), for errors

    int totalGpus() const;
    int gpusOfType(const std::string& type) const; // empty type: all
    double latencyMsTo(const std::string& region) const; // infinity when unknown
};

} // namespace greenlight
