// A data-centre site of the fleet: where it is, which grid zone feeds it, how many GPUs it has,
// how much power they draw, how efficient its cooling is, how far it is from users.
//
//   const Site& fra = fleet.sites()[0];
//   Kilowatts draw = fra.powerPerGpu * 8;   // an 8-GPU job at typical load
#pragma once

#include "core/units.h"
#include "core/zone.h"

#include <map>
#include <string>

namespace greenlight {

enum class CoolingType { Invalid, Air, AirEconomizer, DirectToChip, Immersion };

const char* coolingTypeName(CoolingType type);          // "air-economizer"
CoolingType coolingTypeFromName(const std::string& name); // Invalid when unknown

struct Site {
    std::string id;           // "fra1"
    std::string name;         // "Frankfurt"
    std::string zoneKey;      // grid zone, "DE"
    std::string jurisdiction; // data-sovereignty area: "EU", "UK", "US", …
    GeoPoint location;
    std::map<std::string, int> gpusByType; // "A100" → 96
    Kilowatts powerPerGpu{0.4};            // per GPU at typical load, IT side
    double pue = 1.4;                      // constant for now (site physics makes it hourly)
    CoolingType cooling = CoolingType::Air;
    std::map<std::string, double> latencyMsByRegion; // user region → round trip, ms
    double migrationKwhPerGb = 0.01; // network + storage energy to move data here
    std::string dispatchEndpoint;    // "slurm+ssh://…", "k8s://…"; empty in simulations

    int totalGpus() const;
    int gpusOfType(const std::string& type) const; // empty type: all
    double latencyMsTo(const std::string& region) const; // infinity when unknown
};

} // namespace greenlight
