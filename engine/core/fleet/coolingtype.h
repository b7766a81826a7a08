// How a site's IT equipment is cooled. Its own header so that the cooling physics
// (core/physics) and the site description can both name it.
//
//   CoolingType type = coolingTypeFromName("direct-to-chip");
//   std::cout << coolingTypeName(type);
#pragma once

#include <string>

namespace greenlight {

enum class CoolingType { Invalid, Air, AirEconomizer, DirectToChip, Immersion };

const char* coolingTypeName(CoolingType type);            // "air-economizer"
CoolingType coolingTypeFromName(const std::string& name); // Invalid when unknown

} // namespace greenlight
