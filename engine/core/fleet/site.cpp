#include "site.h"

#include <limits>

namespace greenlight {

const char* coolingTypeName(CoolingType type)
{
    switch (type) {
    case CoolingType::Air: return "air";
    case CoolingType::AirEconomizer: return "air-economizer";
    case CoolingType::DirectToChip: return "direct-to-chip";
    case CoolingType::Immersion: return "immersion";
    case CoolingType::Invalid: break;
    }
    return "invalid";
}

CoolingType coolingTypeFromName(const std::string& name)
{
    for (const CoolingType type : {CoolingType::Air, CoolingType::AirEconomizer,
                                   CoolingType::DirectToChip, CoolingType::Immersion}) {
        if (name == coolingTypeName(type))
            return type;
    }
    return CoolingType::Invalid;
}

int Site::totalGpus() const
{
    int total = 0;
    for (const auto& entry : gpusByType)
        total += entry.second;
    return total;
}

int Site::gpusOfType(const std::string& type) const
{
    if (type.empty())
        return totalGpus();
    const auto it = gpusByType.find(type);
    return it == gpusByType.end() ? 0 : it->second;
}

double Site::latencyMsTo(const std::string& region) const
{
    const auto it = latencyMsByRegion.find(region);
    return it == latencyMsByRegion.end() ? std::numeric_limits<double>::infinity() : it->second;
}

} // namespace greenlight
