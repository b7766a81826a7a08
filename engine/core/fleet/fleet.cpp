#include "fleet.h"

#include "core/json/json.h"
#include "core/traceloader.h"

#include <cmath>
#include <set>

namespace greenlight {

Fleet::Fleet(std::string name, std::vector<Site> sites, std::vector<UserRegion> regions)
    : m_name(std::move(name)), m_sites(std::move(sites)), m_regions(std::move(regions))
{
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
        if (!checkKeys(root, {"name", "description", "user_regions", "sites"}))
            return m_error;
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
        for (const JsonValue& value : sites.items()) {
            Site site;
            if (!readSite(value, regions, site))
                return m_error;
            if (!ids.insert(site.id).second)
                return error(value, "site id \"" + site.id + "\" appears twice");
            out.push_back(std::move(site));
        }
        return Fleet(root.get("name").asString(), std::move(out), std::move(regions));
    }

private:
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
        out = value.asString();
        return true;
    }

    bool readNumber(const JsonValue& site, const char* key, const std::string& siteId,
                    double low, double high, double& out)
    {
        const JsonValue& value = site.get(key);
        if (!value.isPresent())
            return true; // keep the default
        if (!value.isNumber() || value.asNumber() < low || value.asNumber() > high) {
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
                               "migration_kwh_per_gb", "dispatch"}))
            return false;
        if (!readString(value, "id", "?", site.id))
            return false;
        const std::string& id = site.id;
        if (!readString(value, "name", id, site.name) || !readString(value, "zone", id, site.zoneKey) ||
            !readString(value, "jurisdiction", id, site.jurisdiction) ||
            !readString(value, "dispatch", id, site.dispatchEndpoint, false))
            return false;
        if (!readPoint(value.get("location"), "site " + id + ": \"location\"", site.location))
            return false;
        const JsonValue& gpus = value.get("gpus");
        if (!gpus.isObject() || gpus.members().empty()) {
            error(gpus.isPresent() ? gpus : value,
                  "site " + id + ": \"gpus\" must map GPU types to counts, e.g. {\"A100\": 64}");
            return false;
        }
        for (const auto& [type, count] : gpus.members()) {
            if (!count.isNumber() || count.asNumber() < 0 || count.asNumber() > 1e6 ||
                std::floor(count.asNumber()) != count.asNumber()) {
                error(count, "site " + id + ": GPU count for " + type +
                                 " must be a whole number ≥ 0 (got " + count.dump() + ")");
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
        for (const UserRegion& region : regions)
            site.latencyMsByRegion[region.id] = estimatedRoundTripMs(site.location, region.location);
        for (const auto& [region, ms] : value.get("latency_ms").members()) {
            if (!ms.isNumber() || ms.asNumber() < 0) {
                error(ms, "site " + id + ": latency to " + region + " must be ≥ 0 ms");
                return false;
            }
            site.latencyMsByRegion[region] = ms.asNumber();
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
