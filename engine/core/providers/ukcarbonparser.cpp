#include "ukcarbonparser.h"

#include "core/providers/providerjson.h"

#include <cmath>

namespace greenlight {

namespace {

constexpr std::string_view kSource = kUkCarbonIntensity;

struct Period {
    UtcTime from{};
    Seconds length{0};
};

Result<Period> periodOf(const JsonValue& p, const std::string& field)
{
    Result<UtcTime> from = requireTime(p.get("from"), kSource, field + ".from");
    if (!from.ok())
        return from.status();
    Result<UtcTime> to = requireTime(p.get("to"), kSource, field + ".to");
    if (!to.ok())
        return to.status();
    if (to.value() <= from.value())
        return fieldError(kSource, field, "ends before it begins");
    return Period{from.value(), to.value() - from.value()};
}

ProviderReading readingOf(const std::string& zone, const Period& period, UtcTime fetchedTime,
                          ValueKind kind, double value, const JsonValue& index)
{
    ProviderReading r;
    r.provider = kSource;
    r.zone = zone;
    r.signal = SignalKind::AverageDirect;
    r.unit = ValueUnit::GramsCo2PerKwh;
    r.kind = kind;
    r.validTime = period.from;
    r.period = period.length;
    r.fetchedTime = fetchedTime;
    r.issuedAt = fetchedTime; // the API does not say when a forecast was made
    r.value = value;
    r.band = index.isString() ? index.asString() : std::string();
    return r;
}

// intensity:{forecast, actual?, index} of one period in one zone.
Status addIntensity(UkCarbonBatch& out, const std::string& zone, const Period& period,
                    const JsonValue& intensity, const std::string& field, UtcTime fetchedTime)
{
    if (!intensity.isObject())
        return fieldError(kSource, field + ".intensity", "is missing or not an object");
    const JsonValue& forecast = intensity.get("forecast");
    const JsonValue& actual = intensity.get("actual");
    if (forecast.isNull() && (actual.isNull() || !actual.isPresent()))
        return Status::ok(); // nothing known for this period
    if (!forecast.isNull()) {
        Result<double> v = requireNumber(forecast, kSource, field + ".intensity.forecast", 0.0,
                                         kMaxPlausibleGPerKwh);
        if (!v.ok())
            return v.status();
        out.readings.push_back(readingOf(zone, period, fetchedTime, ValueKind::Forecast, v.value(),
                                         intensity.get("index")));
    }
    if (actual.isPresent() && !actual.isNull()) {
        Result<double> v = requireNumber(actual, kSource, field + ".intensity.actual", 0.0,
                                         kMaxPlausibleGPerKwh);
        if (!v.ok())
            return v.status();
        out.readings.push_back(readingOf(zone, period, fetchedTime, ValueKind::Actual, v.value(),
                                         intensity.get("index")));
    }
    return Status::ok();
}

Status addMix(UkCarbonBatch& out, const std::string& zone, const Period& period,
              const JsonValue& mixJson, const std::string& field, UtcTime fetchedTime)
{
    if (!mixJson.isPresent() || mixJson.isNull())
        return Status::ok();
    if (!mixJson.isArray())
        return fieldError(kSource, field + ".generationmix", "is not an array");
    GenerationMix mix;
    mix.provider = kSource;
    mix.zone = zone;
    mix.validTime = period.from;
    mix.period = period.length;
    mix.fetchedTime = fetchedTime;
    std::size_t i = 0;
    for (const JsonValue& f : mixJson.items()) {
        const std::string at = field + ".generationmix[" + std::to_string(i++) + "]";
        Result<std::string> fuel = requireString(f.get("fuel"), kSource, at + ".fuel");
        if (!fuel.ok())
            return fuel.status();
        Result<double> perc = requireNumber(f.get("perc"), kSource, at + ".perc", 0.0, 100.0);
        if (!perc.ok())
            return perc.status();
        mix.shares.push_back({fuel.value(), perc.value()});
    }
    out.mixes.push_back(std::move(mix));
    return Status::ok();
}

Result<std::string> regionZoneOf(const JsonValue& region, const std::string& field,
                                 UkCarbonBatch& out)
{
    Result<double> id = requireNumber(region.get("regionid"), kSource, field + ".regionid", 1.0, 99.0);
    if (!id.ok())
        return id.status();
    if (std::floor(id.value()) != id.value())
        return fieldError(kSource, field + ".regionid", "is not a whole number");
    std::string zone = ukRegionZone(static_cast<int>(id.value()));
    const JsonValue& name = region.get("shortname");
    if (name.isString()) {
        bool known = false;
        for (const auto& [z, n] : out.regionNames)
            known = known || z == zone;
        if (!known)
            out.regionNames.emplace_back(zone, name.asString());
    }
    return zone;
}

// One region object holding its own periods: {regionid, shortname, data:[…]}.
Status addRegionKeyed(UkCarbonBatch& out, const JsonValue& region, const std::string& field,
                      UtcTime fetchedTime)
{
    Result<std::string> zone = regionZoneOf(region, field, out);
    if (!zone.ok())
        return zone.status();
    const JsonValue& periods = region.get("data");
    if (!periods.isArray())
        return fieldError(kSource, field + ".data", "is missing or not an array");
    std::size_t i = 0;
    for (const JsonValue& p : periods.items()) {
        const std::string at = field + ".data[" + std::to_string(i++) + "]";
        Result<Period> period = periodOf(p, at);
        if (!period.ok())
            return period.status();
        Status s = addIntensity(out, zone.value(), period.value(), p.get("intensity"), at, fetchedTime);
        if (s.isOk())
            s = addMix(out, zone.value(), period.value(), p.get("generationmix"), at, fetchedTime);
        if (!s.isOk())
            return s;
    }
    return Status::ok();
}

} // namespace

std::string ukRegionZone(int regionId)
{
    return "GB-REGION-" + std::to_string(regionId);
}

Result<UkCarbonBatch> parseUkNational(std::string_view body, UtcTime fetchedTime)
{
    Result<JsonValue> doc = parseProviderJson(body, kSource);
    if (!doc.ok())
        return doc.status();
    const JsonValue& data = doc->get("data");
    if (!data.isArray())
        return fieldError(kSource, "data", "is missing or not an array");
    UkCarbonBatch out;
    std::size_t i = 0;
    for (const JsonValue& p : data.items()) {
        const std::string field = "data[" + std::to_string(i++) + "]";
        Result<Period> period = periodOf(p, field);
        if (!period.ok())
            return period.status();
        Status s = addIntensity(out, "GB", period.value(), p.get("intensity"), field, fetchedTime);
        if (!s.isOk())
            return s;
    }
    return out;
}

Result<UkCarbonBatch> parseUkRegional(std::string_view body, UtcTime fetchedTime)
{
    Result<JsonValue> doc = parseProviderJson(body, kSource);
    if (!doc.ok())
        return doc.status();
    const JsonValue& data = doc->get("data");
    UkCarbonBatch out;
    if (data.isObject()) {
        Status s = addRegionKeyed(out, data, "data", fetchedTime);
        if (!s.isOk())
            return s;
        return out;
    }
    if (!data.isArray())
        return fieldError(kSource, "data", "is missing or neither an array nor an object");
    std::size_t i = 0;
    for (const JsonValue& item : data.items()) {
        const std::string field = "data[" + std::to_string(i++) + "]";
        if (!item.isObject())
            return fieldError(kSource, field, "is not an object");
        if (item.get("regionid").isPresent()) {
            Status s = addRegionKeyed(out, item, field, fetchedTime);
            if (!s.isOk())
                return s;
            continue;
        }
        // Period-keyed: one period, every region inside it.
        Result<Period> period = periodOf(item, field);
        if (!period.ok())
            return period.status();
        const JsonValue& regions = item.get("regions");
        if (!regions.isArray())
            return fieldError(kSource, field + ".regions", "is missing or not an array");
        std::size_t j = 0;
        for (const JsonValue& region : regions.items()) {
            const std::string at = field + ".regions[" + std::to_string(j++) + "]";
            Result<std::string> zone = regionZoneOf(region, at, out);
            if (!zone.ok())
                return zone.status();
            Status s = addIntensity(out, zone.value(), period.value(), region.get("intensity"), at,
                                    fetchedTime);
            if (s.isOk())
                s = addMix(out, zone.value(), period.value(), region.get("generationmix"), at,
                           fetchedTime);
            if (!s.isOk())
                return s;
        }
    }
    return out;
}

Result<UkCarbonBatch> parseUkGeneration(std::string_view body, UtcTime fetchedTime)
{
    Result<JsonValue> doc = parseProviderJson(body, kSource);
    if (!doc.ok())
        return doc.status();
    const JsonValue& data = doc->get("data");
    std::vector<const JsonValue*> periods;
    if (data.isObject())
        periods.push_back(&data);
    else if (data.isArray())
        for (const JsonValue& p : data.items())
            periods.push_back(&p);
    else
        return fieldError(kSource, "data", "is missing or neither an array nor an object");
    UkCarbonBatch out;
    std::size_t i = 0;
    for (const JsonValue* p : periods) {
        const std::string field = "data[" + std::to_string(i++) + "]";
        Result<Period> period = periodOf(*p, field);
        if (!period.ok())
            return period.status();
        Status s = addMix(out, "GB", period.value(), p->get("generationmix"), field, fetchedTime);
        if (!s.isOk())
            return s;
    }
    return out;
}

} // namespace greenlight
