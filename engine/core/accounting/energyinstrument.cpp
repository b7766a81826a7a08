#include "energyinstrument.h"

#include <algorithm>
#include <array>
#include <cmath>

namespace greenlight {

const char* instrumentKindName(InstrumentKind kind)
{
    switch (kind) {
    case InstrumentKind::PpaHourly:
        return "ppa-hourly";
    case InstrumentKind::PpaAnnual:
        return "ppa-annual";
    case InstrumentKind::Certificate:
        return "certificate";
    case InstrumentKind::Invalid:
        break;
    }
    return "invalid";
}

InstrumentKind instrumentKindFromName(const std::string& name)
{
    for (const InstrumentKind kind :
         {InstrumentKind::PpaHourly, InstrumentKind::PpaAnnual, InstrumentKind::Certificate}) {
        if (name == instrumentKindName(kind))
            return kind;
    }
    return InstrumentKind::Invalid;
}

Status EnergyInstrument::validate() const
{
    auto bad = [this](const std::string& what) {
        return Status(StatusCode::InvalidArgument,
                      "instrument " + (id.empty() ? std::string("?") : id) + ": " + what,
                      "accounting");
    };
    if (id.empty())
        return bad("needs an \"id\"");
    switch (kind) {
    case InstrumentKind::PpaHourly:
        if (!std::isfinite(capacityKw) || capacityKw <= 0)
            return bad("an hourly PPA needs \"capacity_kw\" > 0");
        break;
    case InstrumentKind::PpaAnnual:
        if (!std::isfinite(volumeKwh) || volumeKwh <= 0)
            return bad("an annual PPA needs \"volume_kwh\" > 0 (per year)");
        break;
    case InstrumentKind::Certificate:
        if (!std::isfinite(volumeKwh) || volumeKwh <= 0)
            return bad("certificates need \"volume_kwh\" > 0");
        if (vintageYear < 1990 || vintageYear > 2100)
            return bad("certificates need a \"vintage\" year");
        break;
    case InstrumentKind::Invalid:
        return bad("unknown kind (ppa-hourly, ppa-annual, certificate)");
    }
    if (!std::isfinite(gramsPerKwh) || gramsPerKwh < 0 || gramsPerKwh > 2000)
        return bad("\"g_per_kwh\" must lie in 0..2000");
    return Status::ok();
}

std::string marketBoundaryOf(std::string_view zone)
{
    const std::string_view country = zone.substr(0, zone.find('-'));
    // Issuing members of the Association of Issuing Bodies: their guarantees of origin move across
    // one European market (EECS). Great Britain left it in 2021 (REGOs).
    static constexpr std::array<std::string_view, 28> kEecs = {
        "AT", "BE", "CH", "CY", "CZ", "DE", "DK", "EE", "ES", "FI", "FR", "GR", "HR", "HU",
        "IE", "IS", "IT", "LT", "LU", "LV", "NL", "NO", "PL", "PT", "RS", "SE", "SI", "SK"};
    if (std::find(kEecs.begin(), kEecs.end(), country) != kEecs.end())
        return "European GO market (EECS)";
    return std::string(country);
}

} // namespace greenlight
