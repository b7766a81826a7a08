#include "fleet.h"

#include "core/json/json.h"
#include "core/traceloader.h"
#include "core/zone.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <cctype>
#include <map>
#include <set>

namespace greenlight {

Fleet::Fleet(std::string name, std::vector<Site> sites, std::vector<UserRegion> regions)
    : m_name(std::move(name)), m_sites(std::move(sites)), m_regions(std::move(regions))
{
}

Fleet Fleet::withSites(std::vector<Site> sites) const
{
    Fleet fleet = *this;
    fleet.m_sites = std::move(sites);
    return fleet;
}

const Site* Fleet::find(std::string_view siteId) const
{
    const auto index = indexOf(siteId);
    return index ? &m_sites[*index] : nullptr;
}

std::optional<std::size_t> Fleet::indexOf(std::string_view siteId) const
{
    for (std::size_t i = 0; i < m_sites.size(); ++i) {
        if (m_sites[i].id == siteId)
            return i;
    }
    return std::nullopt;
}

int Fleet::totalGpus() const
{
    int total = 0;
    for (const Site& site : m_sites)
        total += site.totalGpus();
    return total;
}

std::optional<double> Fleet::residualMixFor(const std::string& zoneKey) const
{
    const auto it = m_residualMix.find(zoneKey);
    if (it == m_residualMix.end())
        return std::nullopt;
    return it->second;
}

double greatCircleKm(GeoPoint a, GeoPoint b)
{
    constexpr double kEarthRadiusKm = 6371.0;
    constexpr double kRad = M_PI / 180.0;
    const double dLat = (b.latitudeDeg - a.latitudeDeg) * kRad;
    const double dLon = (b.longitudeDeg - a.longitudeDeg) * kRad;
    const double h = std::sin(dLat / 2) * std::sin(dLat / 2) +
                     std::cos(a.latitudeDeg * kRad) * std::cos(b.latitudeDeg * kRad) *
                         std::sin(dLon / 2) * std::sin(dLon / 2);
    return 2 * kEarthRadiusKm * std::asin(std::min(1.0, std::sqrt(h)));
}

double estimatedRoundTripMs(GeoPoint a, GeoPoint b)
{
    return 2.0 * greatCircleKm(a, b) * 1.5 / 200.0 + 5.0;
}

namespace {

class FleetReader {
public:
    explicit FleetReader(std::string label) : m_label(std::move(label)) {}

    Result<Fleet> read(const JsonValue& root)
    {
        if (!root.isObject())
            return error(root, "a fleet file is a JSON object with \"name\" and \"sites\"");
        if (!checkKeys(root, {"name", "description", "user_regions", "sites", "residual_mix_g_per_kwh",
                              "carbon_budget"}))
            return m_error;
        std::optional<BudgetCaps> budget;
        if (root.get("carbon_budget").isPresent() && !readBudget(root.get("carbon_budget"), budget))
            return m_error;
        if (!root.get("name").isString() || root.get("name").asString().empty())
            return error(root.get("name").isPresent() ? root.get("name") : root, "\"name\" must be a non-empty string");
        std::map<std::string, double> residualMix;
        std::map<std::string, const JsonValue*> residualMixAt;
        if (root.get("residual_mix_g_per_kwh").isPresent() && !root.get("residual_mix_g_per_kwh").isObject())
            return error(root.get("residual_mix_g_per_kwh"), "\"residual_mix_g_per_kwh\" maps zones to g/kWh");
        for (const auto& [zone, value] : root.get("residual_mix_g_per_kwh").members()) {
            if (!value.isNumber() || value.asNumber() < 0 || value.asNumber() > 2000)
                return error(value, "residual mix of " + zone + " must be a number in 0..2000 g/kWh");
            residualMix[zone] = value.asNumber();
            residualMixAt[zone] = &value;
        }
        std::vector<UserRegion> regions;
        for (const auto& [id, value] : root.get("user_regions").members()) {
            GeoPoint point;
            if (!readPoint(value, "user region " + id, point))
                return m_error;
            regions.push_back({id, point});
        }
        const JsonValue& sites = root.get("sites");
        if (!sites.isArray() || sites.items().empty())
            return error(sites.isPresent() ? sites : root, "\"sites\" must be a non-empty array");
        std::vector<Site> out;
        std::set<std::string> ids;
        std::map<std::string, std::pair<std::string, std::string>> instrumentOwner; // folded id → (id, site)
        for (const JsonValue& value : sites.items()) {
            Site site;
            if (!readSite(value, regions, site))
                return m_error;
            if (!ids.insert(site.id).second)
                return error(value, "site id \"" + site.id + "\" appears twice");
            // One certificate or contract may back one site only: claiming it twice would count
            // the same clean kWh twice.
            // Ids that differ only in case are one contract typed twice ("p1", "P1").
            for (const EnergyInstrument& instrument : site.instruments) {
                std::string folded = instrument.id;
                for (char& c : folded)
                    c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
                const auto [it, fresh] = instrumentOwner.emplace(folded, std::pair{instrument.id, site.id});
                if (!fresh)
                    return error(value, "instrument \"" + instrument.id + "\" is claimed by sites " +
                                            it->second.second + " and " + site.id +
                                            (it->second.first != instrument.id ? " (there as \"" + it->second.first + "\")" : std::string()) +
                                            "; an instrument may back one site only, whatever the case of its id");
            }
            out.push_back(std::move(site));
        }
        // A jurisdiction spelled two ways is two jurisdictions to sovereignty rules: pinned work
        // silently lost every site spelled the other way.
        std::map<std::string, std::pair<std::string, std::string>> jurisdictionByFolded; // folded → (spelling, site)
        for (std::size_t i = 0; i < out.size(); ++i) {
            std::string folded = out[i].jurisdiction;
            for (char& c : folded)
                c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
            const auto [it, fresh] = jurisdictionByFolded.emplace(folded, std::pair{out[i].jurisdiction, out[i].id});
            if (!fresh && it->second.first != out[i].jurisdiction)
                return error(sites.items()[i], "site " + out[i].id + ": jurisdiction \"" + out[i].jurisdiction +
                                                   "\" is spelled \"" + it->second.first + "\" at site " +
                                                   it->second.second + "; one jurisdiction, one spelling");
        }
        // A residual mix for a zone no site uses is a typo (market-based Scope 2 then fell back
        // to the location-based figure, unsaid).
        for (const auto& [zone, at] : residualMixAt) {
            const bool used = std::any_of(out.begin(), out.end(), [&](const Site& site) { return site.zoneKey == zone; });
            if (!used)
                return error(*at, "residual_mix_g_per_kwh names zone \"" + zone + "\", which no site uses");
        }
        Fleet fleet(root.get("name").asString(), std::move(out), std::move(regions));
        fleet.setResidualMix(std::move(residualMix));
        fleet.setCarbonBudget(std::move(budget));
        return fleet;
    }

private:
    bool readBudget(const JsonValue& object, std::optional<BudgetCaps>& out)
    {
        if (!object.isObject()) {
            error(object, "\"carbon_budget\" must be an object with daily_kg, monthly_kg and/or teams");
            return false;
        }
        if (!checkKeys(object, {"daily_kg", "monthly_kg", "team_monthly_kg"}))
            return false;
        auto readCap = [&](const JsonValue& value, const std::string& what, std::optional<double>& cap) {
            if (!value.isPresent())
                return true;
            if (!value.isNumber() || !(value.asNumber() > 0)) {
                error(value, what + " must be a positive number of kg CO2e");
                return false;
            }
            cap = value.asNumber();
            return true;
        };
        BudgetCaps caps;
        if (!readCap(object.get("daily_kg"), "carbon_budget.daily_kg", caps.dailyKg)
            || !readCap(object.get("monthly_kg"), "carbon_budget.monthly_kg", caps.monthlyKg))
            return false;
        for (const auto& [team, value] : object.get("team_monthly_kg").members()) {
            std::optional<double> cap;
            if (!readCap(value, "carbon_budget.team_monthly_kg." + team, cap))
                return false;
            caps.teamMonthlyKg[team] = *cap;
        }
        if (!caps.dailyKg && !caps.monthlyKg && caps.teamMonthlyKg.empty()) {
            error(object, "\"carbon_budget\" sets no cap: give daily_kg, monthly_kg or team_monthly_kg");
            return false;
        }
        out = std::move(caps);
        return true;
    }

    Status error(const JsonValue& at, const std::string& what)
    {
        m_error = Status(StatusCode::InvalidArgument,
                         m_label + ":" + std::to_string(at.line()) + ": " + what, "fleet file");
        return m_error;
    }

    bool checkKeys(const JsonValue& object, std::initializer_list<const char*> allowed)
    {
        for (const auto& [key, value] : object.members()) {
            bool known = false;
            for (const char* name : allowed)
                known = known || key == name;
            if (!known) {
                error(value, "unknown field \"" + key + "\"");
                return false;
            }
        }
        return true;
    }

    bool readPoint(const JsonValue& value, const std::string& what, GeoPoint& out)
    {
        const JsonValue& lat = value.get("lat");
        const JsonValue& lon = value.get("lon");
        if (!lat.isNumber() || !lon.isNumber() || std::abs(lat.asNumber()) > 90 ||
            std::abs(lon.asNumber()) > 180) {
            error(value, what + ": needs \"lat\" (−90..90) and \"lon\" (−180..180)");
            return false;
        }
        out = {lat.asNumber(), lon.asNumber()};
        return true;
    }

    bool readString(const JsonValue& site, const char* key, const std::string& siteId,
                    std::string& out, bool required = true)
    {
        const JsonValue& value = site.get(key);
        if (!value.isPresent() && !required)
            return true;
        if (!value.isString() || value.asString().empty()) {
            error(value.isPresent() ? value : site,
                  "site " + siteId + ": \"" + key + "\" must be a non-empty string");
            return false;
        }
        // "EU " is another jurisdiction than "EU" to every comparison: refused, not guessed.
        const std::string& text = value.asString();
        if (std::isspace(static_cast<unsigned char>(text.front())) || std::isspace(static_cast<unsigned char>(text.back()))) {
            error(value, "site " + siteId + ": \"" + key + "\" \"" + text + "\" begins or ends with a space");
            return false;
        }
        out = text;
        return true;
    }

    bool readNumber(const JsonValue& site, const char* key, const std::string& siteId,
                    double low, double high, double& out)
    {
        const JsonValue& value = site.get(key);
        if (!value.isPresent())
            return true; // keep the default
        if (!value.isNumber() || value.asNumber() < low || value.asNumber() > high) {
            if (low < -1e299) // the range is checked elsewhere, with its own words
                error(value, "site " + siteId + ": \"" + key + "\" must be a number");
            else
                error(value, "site " + siteId + ": \"" + key + "\" must be a number in " +
                                 std::to_string(low) + ".." + std::to_string(high));
            return false;
        }
        out = value.asNumber();
        return true;
    }

    bool readSite(const JsonValue& value, const std::vector<UserRegion>& regions, Site& site)
    {
        if (!value.isObject()) {
            error(value, "each site is an object");
            return false;
        }
        if (!checkKeys(value, {"id", "name", "zone", "jurisdiction", "location", "gpus",
                               "power_per_gpu_kw", "pue", "cooling", "latency_ms",
                               "migration_kwh_per_gb", "dispatch", "weather", "climate",
                               "cooling_params", "heat_reuse", "instruments"}))
            return false;
        if (!readString(value, "id", "?", site.id))
            return false;
        const std::string& id = site.id;
        if (!readString(value, "name", id, site.name) || !readString(value, "zone", id, site.zoneKey) ||
            !readString(value, "jurisdiction", id, site.jurisdiction) ||
            !readString(value, "dispatch", id, site.dispatchEndpoint, false))
            return false;
        site.zoneLine = value.get("zone").line();
        // A jurisdiction is a code compared byte for byte ("EU", "US-CA"): a no-break space or
        // another invisible character made "EU\u00a0" a jurisdiction of its own.
        if (!std::all_of(site.jurisdiction.begin(), site.jurisdiction.end(),
                         [](char c) { return c > ' ' && c < 0x7f; })) {
            error(value.get("jurisdiction"), "site " + id + ": jurisdiction \"" + site.jurisdiction +
                                                 "\" must be a code of visible ASCII characters without spaces, such as \"EU\"");
            return false;
        }
        // A zone names a trace file (<ZONE>.csv): a path in it would read some other file.
        if (!isZoneKeyShaped(site.zoneKey)) {
            error(value.get("zone"), "site " + id + ": zone \"" + site.zoneKey +
                                         "\" must be a zone key such as \"DE\" or \"US-CAL-CISO\", not a path");
            return false;
        }
        const JsonValue& location = value.get("location");
        if (!readPoint(location.isPresent() ? location : value, "site " + id + ": \"location\"", site.location))
            return false;
        const JsonValue& gpus = value.get("gpus");
        if (!gpus.isObject() || gpus.members().empty()) {
            error(gpus.isPresent() ? gpus : value,
                  "site " + id + ": \"gpus\" must map GPU types to counts, e.g. {\"A100\": 64}");
            return false;
        }
        for (const auto& [type, count] : gpus.members()) {
            if (type.empty()) {
                error(count, "site " + id + ": a GPU type needs a name, e.g. \"A100\"");
                return false;
            }
            if (!count.isNumber() || count.asNumber() < 0 || count.asNumber() > 1e6 ||
                std::floor(count.asNumber()) != count.asNumber()) {
                error(count, "site " + id + ": GPU count for " + type +
                                 " must be a whole number from 0 to 1000000 (got " + count.dump() + ")");
                return false;
            }
            site.gpusByType[type] = static_cast<int>(count.asNumber());
        }
        if (site.totalGpus() <= 0) {
            error(gpus, "site " + id + ": has no GPUs");
            return false;
        }
        double power = site.powerPerGpu.value;
        if (!readNumber(value, "power_per_gpu_kw", id, 0.01, 5.0, power) ||
            !readNumber(value, "pue", id, 1.0, 3.0, site.pue) ||
            !readNumber(value, "migration_kwh_per_gb", id, 0.0, 10.0, site.migrationKwhPerGb))
            return false;
        site.powerPerGpu = Kilowatts{power};
        if (const JsonValue& cooling = value.get("cooling"); cooling.isPresent()) {
            site.cooling = coolingTypeFromName(cooling.asString());
            if (site.cooling == CoolingType::Invalid) {
                error(cooling, "site " + id + ": unknown cooling type " + cooling.dump() +
                                   " (air, air-economizer, direct-to-chip, immersion)");
                return false;
            }
        }
        if (!readString(value, "weather", id, site.weatherKey, false) || !readClimate(value, site) ||
            !readCoolingParams(value, site) || !readHeatReuse(value, site) ||
            !readInstruments(value, site))
            return false;
        for (const UserRegion& region : regions)
            site.latencyMsByRegion[region.id] = estimatedRoundTripMs(site.location, region.location);
        for (const auto& [region, ms] : value.get("latency_ms").members()) {
            // A typo in a region's name must not pass as a region nobody is routed from.
            if (std::none_of(regions.begin(), regions.end(),
                             [&](const UserRegion& r) { return r.id == region; })) {
                std::string known;
                for (const UserRegion& r : regions)
                    known += (known.empty() ? "" : ", ") + r.id;
                error(ms, "site " + id + ": latency to " + region + ", which is not a user region (" +
                              (known.empty() ? std::string("none defined") : known) + ")");
                return false;
            }
            if (!ms.isNumber() || ms.asNumber() < 0) {
                error(ms, "site " + id + ": latency to " + region + " must be ≥ 0 ms");
                return false;
            }
            site.latencyMsByRegion[region] = ms.asNumber();
        }
        return true;
    }

    bool readBool(const JsonValue& object, const char* key, const std::string& siteId, bool& out)
    {
        const JsonValue& value = object.get(key);
        if (!value.isPresent())
            return true;
        if (!value.isBool()) {
            error(value, "site " + siteId + ": \"" + key + "\" must be true or false");
            return false;
        }
        out = value.asBool();
        return true;
    }

    bool readClimate(const JsonValue& site, Site& out)
    {
        const JsonValue& climate = site.get("climate");
        if (!climate.isPresent())
            return true;
        if (!climate.isObject() ||
            !checkKeys(climate, {"temperature_c", "relative_humidity_pct", "source"})) {
            if (m_error.isOk())
                error(climate, "site " + out.id + ": \"climate\" is an object");
            return false;
        }
        MonthlyClimate monthly;
        auto twelve = [&](const char* key, std::array<double, 12>& values, double low, double high) {
            const JsonValue& list = climate.get(key);
            if (!list.isArray() || list.items().size() != 12) {
                error(list.isPresent() ? list : climate,
                      "site " + out.id + ": climate \"" + key + "\" needs 12 monthly values");
                return false;
            }
            for (std::size_t m = 0; m < 12; ++m) {
                const JsonValue& v = list.items()[m];
                if (!v.isNumber() || v.asNumber() < low || v.asNumber() > high) {
                    error(v, "site " + out.id + ": climate \"" + key + "\" month " +
                                 std::to_string(m + 1) + " out of range");
                    return false;
                }
                values[m] = v.asNumber();
            }
            return true;
        };
        if (!twelve("temperature_c", monthly.dryBulbC, -90, 60) ||
            !twelve("relative_humidity_pct", monthly.relativeHumidityPct, 0, 100) ||
            !readString(climate, "source", out.id, monthly.source))
            return false;
        out.climate = monthly;
        return true;
    }

    bool readCoolingParams(const JsonValue& site, Site& out)
    {
        const JsonValue& object = site.get("cooling_params");
        if (!object.isPresent())
            return true;
        if (!object.isObject()) {
            error(object, "site " + out.id + ": \"cooling_params\" is an object");
            return false;
        }
        if (!checkKeys(object, {"air_supply_c", "air_delta_c", "air_economizer", "liquid_share",
                                "liquid_supply_c", "liquid_delta_c", "heat_rejection",
                                "dry_approach_c", "wet_approach_c", "chiller_carnot_fraction",
                                "minimum_lift_c", "electrical_losses", "fans_and_pumps",
                                "miscellaneous", "cycles_of_concentration"}))
            return false;
        CoolingParams p = defaultCoolingParams(out.cooling);
        const std::string& id = out.id;
        // Ranges are checked once, by CoolingParams::validate(), so they are stated in one place.
        constexpr double kAny = 1e300;
        if (!readNumber(object, "air_supply_c", id, -kAny, kAny, p.airSupplyC) ||
            !readNumber(object, "air_delta_c", id, -kAny, kAny, p.airDeltaC) ||
            !readBool(object, "air_economizer", id, p.airEconomizer) ||
            !readNumber(object, "liquid_share", id, -kAny, kAny, p.liquidShare) ||
            !readNumber(object, "liquid_supply_c", id, -kAny, kAny, p.liquidSupplyC) ||
            !readNumber(object, "liquid_delta_c", id, -kAny, kAny, p.liquidDeltaC) ||
            !readNumber(object, "dry_approach_c", id, -kAny, kAny, p.dryApproachC) ||
            !readNumber(object, "wet_approach_c", id, -kAny, kAny, p.wetApproachC) ||
            !readNumber(object, "chiller_carnot_fraction", id, -kAny, kAny, p.chillerCarnotFraction) ||
            !readNumber(object, "minimum_lift_c", id, -kAny, kAny, p.minimumLiftC) ||
            !readNumber(object, "electrical_losses", id, -kAny, kAny, p.electricalLosses) ||
            !readNumber(object, "fans_and_pumps", id, -kAny, kAny, p.fansAndPumps) ||
            !readNumber(object, "miscellaneous", id, -kAny, kAny, p.miscellaneous) ||
            !readNumber(object, "cycles_of_concentration", id, -kAny, kAny, p.cyclesOfConcentration))
            return false;
        if (const JsonValue& r = object.get("heat_rejection"); r.isPresent()) {
            p.rejection = heatRejectionFromName(r.asString());
            if (p.rejection == HeatRejection::Invalid) {
                error(r, "site " + id + ": unknown heat rejection " + r.dump() +
                             " (dry, evaporative-assist, evaporative)");
                return false;
            }
        }
        if (const Status s = p.validate(); !s.isOk()) {
            error(object, "site " + id + ": " + s.message());
            return false;
        }
        out.coolingParams = p;
        return true;
    }

    bool readHeatReuse(const JsonValue& site, Site& out)
    {
        const JsonValue& object = site.get("heat_reuse");
        if (!object.isPresent())
            return true;
        if (!object.isObject()) {
            error(object, "site " + out.id + ": \"heat_reuse\" is an object");
            return false;
        }
        if (!checkKeys(object, {"contracted_kw_th", "network_supply_min_c", "network_supply_max_c",
                                "design_outdoor_c", "heating_base_c", "hot_water_share",
                                "heat_pump", "heat_pump_carnot_fraction", "exchanger_approach_c"}))
            return false;
        HeatReuseParams& p = out.heatReuse;
        const std::string& id = out.id;
        constexpr double kAny = 1e300;
        if (!readNumber(object, "contracted_kw_th", id, -kAny, kAny, p.contractedKwTh) ||
            !readNumber(object, "network_supply_min_c", id, -kAny, kAny, p.networkSupplyMinC) ||
            !readNumber(object, "network_supply_max_c", id, -kAny, kAny, p.networkSupplyMaxC) ||
            !readNumber(object, "design_outdoor_c", id, -kAny, kAny, p.designOutdoorC) ||
            !readNumber(object, "heating_base_c", id, -kAny, kAny, p.heatingBaseC) ||
            !readNumber(object, "hot_water_share", id, -kAny, kAny, p.hotWaterShare) ||
            !readBool(object, "heat_pump", id, p.heatPump) ||
            !readNumber(object, "heat_pump_carnot_fraction", id, -kAny, kAny, p.heatPumpCarnotFraction) ||
            !readNumber(object, "exchanger_approach_c", id, -kAny, kAny, p.exchangerApproachC))
            return false;
        if (const Status s = p.validate(); !s.isOk()) {
            error(object, "site " + id + ": " + s.message());
            return false;
        }
        return true;
    }

    bool readInstruments(const JsonValue& site, Site& out)
    {
        const JsonValue& list = site.get("instruments");
        if (!list.isPresent())
            return true;
        if (!list.isArray()) {
            error(list, "site " + out.id + ": \"instruments\" is an array");
            return false;
        }
        std::set<std::string> seen;
        for (const JsonValue& item : list.items()) {
            if (!item.isObject() || !checkKeys(item, {"id", "kind", "capacity_kw", "volume_kwh",
                                                       "vintage", "g_per_kwh", "renewable", "origin_zone"})) {
                if (m_error.isOk())
                    error(item, "site " + out.id + ": each instrument is an object");
                return false;
            }
            EnergyInstrument instrument;
            instrument.id = item.get("id").asString();
            instrument.kind = instrumentKindFromName(item.get("kind").asString());
            instrument.capacityKw = item.get("capacity_kw").asNumber();
            instrument.volumeKwh = item.get("volume_kwh").asNumber();
            instrument.vintageYear = static_cast<int>(item.get("vintage").asNumber());
            instrument.gramsPerKwh = item.get("g_per_kwh").asNumber();
            for (const char* key : {"capacity_kw", "volume_kwh", "vintage", "g_per_kwh"}) {
                if (item.get(key).isPresent() && !item.get(key).isNumber()) {
                    error(item.get(key), "site " + out.id + ": instrument \"" + key + "\" must be a number");
                    return false;
                }
            }
            if (const Status s = instrument.validate(); !s.isOk()) {
                error(item, "site " + out.id + ": " + s.message());
                return false;
            }
            // Said, not assumed: a gas or nuclear contract counted as renewable inflated REF.
            if (!item.get("renewable").isBool()) {
                error(item.isPresent() && item.get("renewable").isPresent() ? item.get("renewable") : item,
                      "site " + out.id + ": instrument \"" + instrument.id
                          + "\" needs \"renewable\": true or false (false for gas, nuclear or grid contracts)");
                return false;
            }
            instrument.renewable = item.get("renewable").asBool(false);
            // Claimed only in the market it comes from (GHG Protocol Scope 2 Quality Criterion 6).
            if (!item.get("origin_zone").isString() || item.get("origin_zone").asString().empty()) {
                error(item, "site " + out.id + ": instrument \"" + instrument.id
                                + "\" needs \"origin_zone\", the grid zone its energy is generated in (e.g. \"NO\")");
                return false;
            }
            instrument.originZone = item.get("origin_zone").asString();
            if (marketBoundaryOf(instrument.originZone) != marketBoundaryOf(out.zoneKey)) {
                error(item.get("origin_zone"), "site " + out.id + ": instrument \"" + instrument.id + "\" comes from "
                    + instrument.originZone + " (" + marketBoundaryOf(instrument.originZone) + ") but the site draws from "
                    + out.zoneKey + " (" + marketBoundaryOf(out.zoneKey)
                    + "): an instrument counts only in its own market (GHG Protocol Scope 2, Quality Criterion 6)");
                return false;
            }
            if (!instrument.id.empty() && (std::isspace(static_cast<unsigned char>(instrument.id.front())) ||
                                           std::isspace(static_cast<unsigned char>(instrument.id.back())))) {
                error(item.get("id"), "site " + out.id + ": instrument id \"" + instrument.id + "\" begins or ends with a space");
                return false;
            }
            if (!seen.insert(instrument.id).second) {
                error(item, "site " + out.id + ": instrument \"" + instrument.id + "\" appears twice");
                return false;
            }
            out.instruments.push_back(std::move(instrument));
        }
        return true;
    }

    std::string m_label;
    Status m_error;
};

} // namespace

Result<Fleet> parseFleetJson(std::string_view text, std::string_view label)
{
    Result<JsonValue> root = parseJson(text, label);
    if (!root.ok())
        return root.status();
    return FleetReader(std::string(label)).read(root.value());
}

Result<Fleet> loadFleetFile(const std::filesystem::path& path)
{
    Result<std::string> text = readTextFile(path);
    if (!text.ok())
        return text.status();
    return parseFleetJson(text.value(), path.filename().string());
}

} // namespace greenlight
