// The data-sovereignty area of a grid zone, in the fleet file's vocabulary: "EU" for zones in EU
// member states, "UK" for Great Britain, otherwise the country code of the zone key ("US-CAL-CISO"
// → "US", "NO-NO1" → "NO"). Electricity Maps zone keys start with the ISO 3166-1 alpha-2 code.
//
//   std::string j = jurisdictionOfZone("SE-SE3");   // "EU"
#pragma once

#include <string>
#include <string_view>

namespace greenlight {

std::string jurisdictionOfZone(std::string_view zoneKey);

} // namespace greenlight
