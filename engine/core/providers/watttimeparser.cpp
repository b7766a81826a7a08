#include "watttimeparser.h"

#include "core/providers/providerjson.h"

namespace greenlight {

namespace {

constexpr std::string_view kSource = kWattTime;

struct UnitRule {
    std::string_view units;
    ValueUnit unit;
    double factor; // to the engine's unit
};

constexpr UnitRule kUnits[] = {
    {"lbs_co2_per_mwh", ValueUnit::GramsCo2PerKwh, kGramsPerKwhPerLbsPerMwh},
    {"lbs_co2e_per_mwh", ValueUnit::GramsCo2PerKwh, kGramsPerKwhPerLbsPerMwh},
    {"kg_co2_per_mwh", ValueUnit::GramsCo2PerKwh, 1.0}, // kg/MWh = g/kWh
    {"g_co2_per_kwh", ValueUnit::GramsCo2PerKwh, 1.0},
    {"percentile", ValueUnit::Percentile, 1.0},
};

} // namespace

Result<std::string> parseWattTimeLogin(std::string_view body)
{
    Result<JsonValue> doc = parseProviderJson(body, kSource);
    if (!doc.ok())
        return doc.status();
    return requireString(doc->get("token"), kSource, "token");
}

Result<WattTimeRegion> parseWattTimeRegion(std::string_view body)
{
    Result<JsonValue> doc = parseProviderJson(body, kSource);
    if (!doc.ok())
        return doc.status();
    WattTimeRegion region;
    Result<std::string> abbrev = requireString(doc->get("region"), kSource, "region");
    if (!abbrev.ok())
        return abbrev.status();
    region.region = abbrev.value();
    region.fullName = doc->get("region_full_name").isString() ? doc->get("region_full_name").asString()
                                                               : region.region;
    region.signalType = doc->get("signal_type").isString() ? doc->get("signal_type").asString()
                                                            : std::string("co2_moer");
    return region;
}

Result<std::vector<ProviderReading>> parseWattTimeData(std::string_view body, UtcTime fetchedTime,
                                                       ValueKind kind)
{
    Result<JsonValue> doc = parseProviderJson(body, kSource);
    if (!doc.ok())
        return doc.status();
    const JsonValue& meta = doc->get("meta");
    if (!meta.isObject())
        return fieldError(kSource, "meta", "is missing: units and region are unknown");
    Result<std::string> region = requireString(meta.get("region"), kSource, "meta.region");
    if (!region.ok())
        return region.status();
    Result<std::string> units = requireString(meta.get("units"), kSource, "meta.units");
    if (!units.ok())
        return units.status();
    const UnitRule* rule = nullptr;
    for (const UnitRule& r : kUnits) {
        if (r.units == units.value())
            rule = &r;
    }
    if (rule == nullptr)
        return fieldError(kSource, "meta.units", "\"" + units.value() + "\" is not a known unit");
    const std::string signalType = meta.get("signal_type").isString()
        ? meta.get("signal_type").asString() : std::string("co2_moer");
    SignalKind signal = SignalKind::Marginal;
    if (rule->unit == ValueUnit::Percentile)
        signal = SignalKind::PercentileIndex;
    else if (signalType == "co2_aoer")
        signal = SignalKind::AverageDirect;
    else if (signalType != "co2_moer")
        return fieldError(kSource, "meta.signal_type", "\"" + signalType + "\" is not supported");

    UtcTime issuedAt = fetchedTime;
    if (kind == ValueKind::Forecast) {
        Result<UtcTime> generated = requireTime(meta.get("generated_at"), kSource, "meta.generated_at");
        if (!generated.ok())
            return generated.status();
        issuedAt = generated.value();
    }
    Seconds period{0};
    const JsonValue& periodSeconds = meta.get("data_point_period_seconds");
    if (periodSeconds.isPresent()) {
        Result<double> p = requireNumber(periodSeconds, kSource, "meta.data_point_period_seconds",
                                         1.0, 86400.0);
        if (!p.ok())
            return p.status();
        period = Seconds{static_cast<long long>(p.value())};
    }
    const JsonValue& data = doc->get("data");
    if (!data.isArray())
        return fieldError(kSource, "data", "is missing or not an array");
    const double max = rule->unit == ValueUnit::Percentile ? 100.0 : kMaxPlausibleGPerKwh;
    std::vector<ProviderReading> out;
    out.reserve(data.items().size());
    std::size_t i = 0;
    for (const JsonValue& point : data.items()) {
        const std::string field = "data[" + std::to_string(i++) + "]";
        if (!point.isObject())
            return fieldError(kSource, field, "is not an object");
        Result<UtcTime> t = requireTime(point.get("point_time"), kSource, field + ".point_time");
        if (!t.ok())
            return t.status();
        // Check the range in the engine's unit, so the limit means the same for every provider.
        const JsonValue& raw = point.get("value");
        const JsonValue scaled = raw.isNumber() ? JsonValue::number(raw.asNumber() * rule->factor)
                                                : raw;
        Result<double> v = requireNumber(scaled, kSource, field + ".value", 0.0, max);
        if (!v.ok())
            return v.status();
        ProviderReading r;
        r.provider = kSource;
        r.zone = region.value();
        r.signal = signal;
        r.unit = rule->unit;
        r.kind = kind;
        r.validTime = t.value();
        r.period = period;
        r.fetchedTime = fetchedTime;
        r.issuedAt = issuedAt;
        r.value = v.value();
        out.push_back(std::move(r));
    }
    return out;
}

} // namespace greenlight
