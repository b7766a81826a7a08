#include "jurisdiction.h"

#include <algorithm>
#include <array>

namespace greenlight {

std::string jurisdictionOfZone(std::string_view zoneKey)
{
    // EU member states (2023), ISO 3166-1 alpha-2.
    static constexpr std::array<std::string_view, 27> kEu = {
        "AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "DE", "GR", "HU", "IE",
        "IT", "LV", "LT", "LU", "MT", "NL", "PL", "PT", "RO", "SK", "SI", "ES", "SE"};
    const std::string_view country = zoneKey.substr(0, zoneKey.find('-'));
    if (std::find(kEu.begin(), kEu.end(), country) != kEu.end())
        return "EU";
    if (country == "GB")
        return "UK";
    return std::string(country);
}

} // namespace greenlight
