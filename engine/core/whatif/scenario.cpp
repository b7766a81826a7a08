#include "scenario.h"

#include "core/forecast/forecasterregistry.h"
#include "core/scheduler/policyregistry.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <initializer_list>

namespace greenlight {

bool Scenario::keepsFleetAndJobs() const
{
    const Scenario current;
    return addedSites.empty() && removedSites.empty() && coolingChanges.empty() &&
           maxDelayLongHours == current.maxDelayLongHours &&
           maxDelayShortHours == current.maxDelayShortHours;
}

namespace {

JsonValue numberOrNull(const std::optional<double>& v)
{
    return v ? JsonValue::number(*v) : JsonValue::null();
}

JsonValue pointJson(GeoPoint p)
{
    JsonValue o = JsonValue::object();
    o.set("lat", JsonValue::number(p.latitudeDeg));
    o.set("lon", JsonValue::number(p.longitudeDeg));
    return o;
}

// Reads one scenario document; the first problem found becomes the error.
class ScenarioReader {
public:
    explicit ScenarioReader(std::string_view label) : m_label(label) {}

    Result<Scenario> read(const JsonValue& root)
    {
        Scenario s;
        if (!root.isObject())
            return fail(root, "a scenario must be a JSON object");
        if (!keys(root, "scenario", {"greenlight_scenario", "name", "policy", "threshold_g_per_kwh",
                                     "max_delay_long_h", "max_delay_short_h", "budget", "forecast",
                                     "forecast_error", "sites", "period"}))
            return m_error;
        const JsonValue& version = root.get("greenlight_scenario");
        if (!version.isNumber())
            return fail(root, "not a Greenlight scenario (no \"greenlight_scenario\" version)");
        if (version.asNumber() != kScenarioFormatVersion)
            return fail(version, "scenario format version " + version.dump() + " is not supported (this "
                                 "Greenlight reads version " + std::to_string(kScenarioFormatVersion) + ")");
        if (!text(root, "name", s.name) || !text(root, "policy", s.policy) || !text(root, "forecast", s.forecast))
            return m_error;
        const std::vector<std::string> policies = policyNames();
        if (std::find(policies.begin(), policies.end(), s.policy) == policies.end())
            return fail(root.get("policy"), "unknown policy \"" + s.policy + "\" (known: " + join(policies) + ")");
        const std::vector<std::string> models = forecasterNames();
        if (std::find(models.begin(), models.end(), s.forecast) == models.end())
            return fail(root.get("forecast"), "unknown forecast model \"" + s.forecast + "\" (known: " + join(models) + ")");
        if (!number(root, "threshold_g_per_kwh", 0.0, kScenarioMaxThresholdGPerKwh, s.thresholdGPerKwh) ||
            !number(root, "max_delay_long_h", 0.0, kScenarioMaxDelayHours, s.maxDelayLongHours) ||
            !number(root, "max_delay_short_h", 0.0, kScenarioMaxDelayHours, s.maxDelayShortHours))
            return m_error;

        if (const JsonValue& b = root.get("budget"); b.isPresent()) {
            if (!b.isObject())
                return fail(b, "budget must be an object");
            if (!keys(b, "budget", {"daily_kg", "monthly_kg"}))
                return m_error;
            if (!optionalPositive(b, "daily_kg", s.budgetDailyKg) || !optionalPositive(b, "monthly_kg", s.budgetMonthlyKg))
                return m_error;
            s.fleetBudget = false; // a budget given replaces the fleet's (null: no cap)
        }
        if (const JsonValue& e = root.get("forecast_error"); e.isPresent()) {
            if (!e.isObject())
                return fail(e, "forecast_error must be an object");
            if (!keys(e, "forecast_error", {"bias_pct", "noise_pct", "seed"}))
                return m_error;
            double seed = 1.0;
            if (!number(e, "bias_pct", kScenarioMinBiasPct, kScenarioMaxBiasPct, s.forecastError.biasPct) ||
                !number(e, "noise_pct", 0.0, kScenarioMaxNoisePct, s.forecastError.noisePct) ||
                !number(e, "seed", 0.0, kScenarioMaxSeed, seed))
                return m_error;
            if (seed != std::floor(seed))
                return fail(e.get("seed"), "forecast_error.seed must be a whole number");
            s.forecastError.seed = static_cast<std::uint64_t>(seed);
        }
        if (const JsonValue& sites = root.get("sites"); sites.isPresent()) {
            if (!sites.isObject())
                return fail(sites, "sites must be an object");
            if (!keys(sites, "sites", {"add", "remove", "cooling"}))
                return m_error;
            if (!addedSites(sites.get("add"), s.addedSites))
                return m_error;
            for (const JsonValue& id : sites.get("remove").items()) {
                if (!id.isString() || id.asString().empty())
                    return fail(id, "sites.remove lists site ids (strings)");
                s.removedSites.push_back(id.asString());
            }
            if (sites.get("remove").isPresent() && !sites.get("remove").isArray())
                return fail(sites.get("remove"), "sites.remove must be an array of site ids");
            for (const auto& [id, type] : sites.get("cooling").members()) {
                const CoolingType cooling = type.isString() ? coolingTypeFromName(type.asString()) : CoolingType::Invalid;
                if (cooling == CoolingType::Invalid)
                    return fail(type, "sites.cooling." + id + ": unknown cooling type " + type.dump() +
                                      " (air, air-economizer, direct-to-chip, immersion)");
                s.coolingChanges[id] = cooling;
            }
        }
        if (const JsonValue& period = root.get("period"); period.isPresent()) {
            if (!period.isObject())
                return fail(period, "period must be an object");
            if (!keys(period, "period", {"from", "to"}))
                return m_error;
            if (!instant(period, "from", s.from) || !instant(period, "to", s.to))
                return m_error;
            if (s.from && s.to && *s.to <= *s.from)
                return fail(period, "period.to must be after period.from");
        }
        return s;
    }

private:
    Result<Scenario> fail(const JsonValue& where, const std::string& what)
    {
        m_error = Status(StatusCode::InvalidArgument,
                         std::string(m_label) + ":" + std::to_string(where.line()) + ": " + what, "scenario");
        return m_error;
    }
    static std::string join(const std::vector<std::string>& names)
    {
        std::string out;
        for (const std::string& n : names)
            out += (out.empty() ? "" : ", ") + n;
        return out;
    }
    bool keys(const JsonValue& object, const std::string& what, std::initializer_list<std::string_view> allowed)
    {
        for (const auto& [key, value] : object.members()) {
            if (std::find(allowed.begin(), allowed.end(), key) == allowed.end()) {
                fail(value, what + ": unknown key \"" + key + "\"");
                return false;
            }
        }
        return true;
    }
    bool text(const JsonValue& object, std::string_view key, std::string& out)
    {
        const JsonValue& v = object.get(key);
        if (!v.isPresent())
            return true;
        if (!v.isString()) {
            fail(v, std::string(key) + " must be a string");
            return false;
        }
        out = v.asString();
        return true;
    }
    bool number(const JsonValue& object, std::string_view key, double low, double high, double& out)
    {
        const JsonValue& v = object.get(key);
        if (!v.isPresent())
            return true;
        if (!v.isNumber() || !std::isfinite(v.asNumber()) || v.asNumber() < low || v.asNumber() > high) {
            char range[96];
            std::snprintf(range, sizeof range, " must be a number from %g to %g", low, high);
            fail(v.isPresent() ? v : object, std::string(key) + range);
            return false;
        }
        out = v.asNumber();
        return true;
    }
    bool optionalPositive(const JsonValue& object, std::string_view key, std::optional<double>& out)
    {
        const JsonValue& v = object.get(key);
        if (!v.isPresent() || v.isNull())
            return true;
        if (!v.isNumber() || !(v.asNumber() > 0.0) || !(v.asNumber() <= kScenarioMaxBudgetKg)) {
            char most[32];
            std::snprintf(most, sizeof most, "%g", kScenarioMaxBudgetKg);
            fail(v, "budget." + std::string(key) + " must be a positive number of kg up to " + most +
                        " (or null for no cap)");
            return false;
        }
        out = v.asNumber();
        return true;
    }
    bool instant(const JsonValue& object, std::string_view key, std::optional<UtcTime>& out)
    {
        const JsonValue& v = object.get(key);
        if (!v.isPresent() || v.isNull())
            return true;
        const std::optional<UtcTime> t = v.isString() ? parseIsoUtc(v.asString()) : std::nullopt;
        if (!t) {
            fail(v, "period." + std::string(key) + " must be an ISO-8601 UTC time such as 2022-09-01T00:00:00Z");
            return false;
        }
        out = t;
        return true;
    }
    bool addedSites(const JsonValue& list, std::vector<ScenarioSite>& out)
    {
        if (!list.isPresent())
            return true;
        if (!list.isArray()) {
            fail(list, "sites.add must be an array of sites");
            return false;
        }
        for (const JsonValue& v : list.items()) {
            ScenarioSite site;
            if (!v.isObject()) {
                fail(v, "sites.add: each site is an object");
                return false;
            }
            if (!keys(v, "sites.add[]", {"id", "zone", "jurisdiction", "location", "gpus", "cooling", "pue"}) ||
                !text(v, "id", site.id) || !text(v, "zone", site.zoneKey) || !text(v, "jurisdiction", site.jurisdiction))
                return false;
            if (site.id.empty() || site.zoneKey.empty()) {
                fail(v, "sites.add: a site needs an \"id\" and a \"zone\"");
                return false;
            }
            const JsonValue& loc = v.get("location");
            if (!loc.get("lat").isNumber() || !loc.get("lon").isNumber() || std::abs(loc.get("lat").asNumber()) > 90 ||
                std::abs(loc.get("lon").asNumber()) > 180) {
                fail(loc.isPresent() ? loc : v, "sites.add " + site.id + ": location needs lat (±90) and lon (±180)");
                return false;
            }
            site.location = {loc.get("lat").asNumber(), loc.get("lon").asNumber()};
            double gpus = site.gpus;
            if (!number(v, "gpus", 1.0, kScenarioMaxSiteGpus, gpus) ||
                !number(v, "pue", kScenarioMinSitePue, kScenarioMaxSitePue, site.pue))
                return false;
            if (gpus != std::floor(gpus)) {
                fail(v.get("gpus"), "sites.add " + site.id + ": gpus must be a whole number");
                return false;
            }
            site.gpus = static_cast<int>(gpus);
            if (const JsonValue& c = v.get("cooling"); c.isPresent()) {
                site.cooling = c.isString() ? coolingTypeFromName(c.asString()) : CoolingType::Invalid;
                if (site.cooling == CoolingType::Invalid) {
                    fail(c, "sites.add " + site.id + ": unknown cooling type " + c.dump());
                    return false;
                }
            }
            out.push_back(std::move(site));
        }
        return true;
    }

    std::string_view m_label;
    Status m_error;
};

} // namespace

JsonValue scenarioToJson(const Scenario& s)
{
    JsonValue o = JsonValue::object();
    o.set("greenlight_scenario", JsonValue::number(kScenarioFormatVersion));
    o.set("name", JsonValue::string(s.name));
    o.set("policy", JsonValue::string(s.policy));
    o.set("threshold_g_per_kwh", JsonValue::number(s.thresholdGPerKwh));
    o.set("max_delay_long_h", JsonValue::number(s.maxDelayLongHours));
    o.set("max_delay_short_h", JsonValue::number(s.maxDelayShortHours));
    if (!s.fleetBudget) { // no "budget": the fleet file's
        JsonValue budget = JsonValue::object();
        budget.set("daily_kg", numberOrNull(s.budgetDailyKg));
        budget.set("monthly_kg", numberOrNull(s.budgetMonthlyKg));
        o.set("budget", budget);
    }
    o.set("forecast", JsonValue::string(s.forecast));
    JsonValue error = JsonValue::object();
    error.set("bias_pct", JsonValue::number(s.forecastError.biasPct));
    error.set("noise_pct", JsonValue::number(s.forecastError.noisePct));
    error.set("seed", JsonValue::number(static_cast<double>(s.forecastError.seed)));
    o.set("forecast_error", error);
    JsonValue sites = JsonValue::object();
    JsonValue add = JsonValue::array();
    for (const ScenarioSite& site : s.addedSites) {
        JsonValue j = JsonValue::object();
        j.set("id", JsonValue::string(site.id));
        j.set("zone", JsonValue::string(site.zoneKey));
        j.set("jurisdiction", JsonValue::string(site.jurisdiction));
        j.set("location", pointJson(site.location));
        j.set("gpus", JsonValue::number(site.gpus));
        j.set("cooling", JsonValue::string(coolingTypeName(site.cooling)));
        j.set("pue", JsonValue::number(site.pue));
        add.push(j);
    }
    sites.set("add", add);
    JsonValue remove = JsonValue::array();
    for (const std::string& id : s.removedSites)
        remove.push(JsonValue::string(id));
    sites.set("remove", remove);
    JsonValue cooling = JsonValue::object();
    for (const auto& [id, type] : s.coolingChanges)
        cooling.set(id, JsonValue::string(coolingTypeName(type)));
    sites.set("cooling", cooling);
    o.set("sites", sites);
    JsonValue period = JsonValue::object();
    period.set("from", s.from ? JsonValue::string(formatIsoUtc(*s.from)) : JsonValue::null());
    period.set("to", s.to ? JsonValue::string(formatIsoUtc(*s.to)) : JsonValue::null());
    o.set("period", period);
    return o;
}

Result<Scenario> scenarioFromJson(const JsonValue& root, std::string_view label)
{
    return ScenarioReader(label).read(root);
}

Result<Scenario> parseScenarioJson(std::string_view text, std::string_view label)
{
    Result<JsonValue> doc = parseJson(text, label);
    if (!doc.ok())
        return doc.status();
    return scenarioFromJson(doc.value(), label);
}

} // namespace greenlight
