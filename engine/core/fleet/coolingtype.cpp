#include "coolingtype.h"

namespace greenlight {

const char* coolingTypeName(CoolingType type)
{
    switch (type) {
    case CoolingType::Air:
        return "air";
    case CoolingType::AirEconomizer:
        return "air-economizer";
    case CoolingType::DirectToChip:
        return "direct-to-chip";
    case CoolingType::Immersion:
        return "immersion";
    case CoolingType::Invalid:
        break;
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

} // namespace greenlight
