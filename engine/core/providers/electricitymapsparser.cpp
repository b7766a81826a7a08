#include "electricitymapsparser.h"

#include "core/providers/jsonscanner.h"
#include "core/providers/providerjson.h"

#include <cmath>

namespace greenlight {

namespace {

constexpr std::string_view kSource = kElectricityMaps;

// One JSON scalar, read loosely so that a wrong type gets a message naming it.
struct Scalar {
    JsonScanner::Kind kind = JsonScanner::Kind::Invalid;
    double number = 0.0;
    bool boolean = false;
    std::string text;
};

bool readScalar(JsonScanner& s, Scalar& out)
{
    out.kind = s.peek();
    switch (out.kind) {
    case JsonScanner::Kind::Number: return s.readNumber(out.number);
    case JsonScanner::Kind::String: return s.readString(out.text);
    case JsonScanner::Kind::Bool: return s.readBool(out.boolean);
    case JsonScanner::Kind::Null: return s.readNull();
    default: return s.skip();
    }
}

const char* kindName(JsonScanner::Kind kind)
{
    switch (kind) {
    case JsonScanner::Kind::Null: return "null";
    case JsonScanner::Kind::Bool: return "a boolean";
    case JsonScanner::Kind::Number: return "a number";
    case JsonScanner::Kind::String: return "a string";
    case JsonScanner::Kind::Array: return "an array";
    case JsonScanner::Kind::Object: return "an object";
    default: break;
    }
    return "nothing";
}

Status syntaxError(const JsonScanner& s)
{
    return Status(StatusCode::InvalidArgument, "malformed JSON: " + s.error(), std::string(kSource));
}

// The fields of one latest/history/forecast point as read, before checking.
struct RawPoint {
    Scalar zone, value, datetime, factor, estimated, method, updated;
};

// Reads one point object. Unknown members are skipped (the API adds fields over time).
bool readPoint(JsonScanner& s, RawPoint& p)
{
    for (Scalar* f : {&p.zone, &p.value, &p.datetime, &p.factor, &p.estimated, &p.method, &p.updated})
        f->kind = JsonScanner::Kind::Invalid;
    if (!s.enterObject())
        return false;
    std::string_view key;
    while (s.nextMember(key)) {
        Scalar* target = key == "carbonIntensity" ? &p.value
            : key == "datetime"                   ? &p.datetime
            : key == "zone"                       ? &p.zone
            : key == "emissionFactorType"         ? &p.factor
            : key == "isEstimated"                ? &p.estimated
            : key == "estimationMethod"           ? &p.method
            : key == "updatedAt"                  ? &p.updated
                                                  : nullptr;
        if (!(target != nullptr ? readScalar(s, *target) : s.skip()))
            return false;
    }
    return !s.failed();
}

// Checks one point and turns it into a reading. `field` is built only when there is an error.
template <typename FieldName>
Result<ProviderReading> pointOf(const RawPoint& p, FieldName field, const std::string& zoneFallback,
                                ValueKind kind, UtcTime fetchedTime, UtcTime issuedAt)
{
    using K = JsonScanner::Kind;
    ProviderReading r;
    r.provider = kSource;
    r.kind = kind;
    r.unit = ValueUnit::GramsCo2PerKwh;
    r.period = Hours{1};
    r.fetchedTime = fetchedTime;
    r.issuedAt = issuedAt;
    r.zone = p.zone.kind == K::String ? p.zone.text : zoneFallback;
    if (r.zone.empty())
        return fieldError(kSource, field() + ".zone", "is missing");
    if (p.factor.kind == K::Invalid || p.factor.kind == K::Null)
        r.signal = SignalKind::AverageLifecycle; // the API's default
    else if (p.factor.kind == K::String && p.factor.text == "lifecycle")
        r.signal = SignalKind::AverageLifecycle;
    else if (p.factor.kind == K::String && p.factor.text == "direct")
        r.signal = SignalKind::AverageDirect;
    else
        return fieldError(kSource, field() + ".emissionFactorType", "is not \"lifecycle\" or \"direct\"");
    if (p.datetime.kind != K::String)
        return fieldError(kSource, field() + ".datetime",
                          std::string("is ") + kindName(p.datetime.kind) + ", not a time");
    std::optional<UtcTime> t = parseProviderTime(p.datetime.text);
    if (!t)
        return fieldError(kSource, field() + ".datetime",
                          "is not a UTC time: \"" + p.datetime.text.substr(0, 40) + "\"");
    r.validTime = *t;
    if (p.value.kind != K::Number)
        return fieldError(kSource, field() + ".carbonIntensity",
                          std::string("is ") + kindName(p.value.kind) + ", not a number");
    if (!(p.value.number >= 0.0 && p.value.number <= kMaxPlausibleGPerKwh)) {
        return fieldError(kSource, field() + ".carbonIntensity",
                          "is " + std::to_string(p.value.number) + ", outside the plausible range 0 to "
                              + std::to_string(kMaxPlausibleGPerKwh));
    }
    r.value = p.value.number;
    if (p.estimated.kind != K::Invalid && p.estimated.kind != K::Null && p.estimated.kind != K::Bool)
        return fieldError(kSource, field() + ".isEstimated", "is not a boolean");
    r.estimated = p.estimated.kind == K::Bool && p.estimated.boolean;
    if (p.method.kind == K::String)
        r.estimationMethod = p.method.text;
    if (kind == ValueKind::Actual) {
        std::optional<UtcTime> u = p.updated.kind == K::String ? parseProviderTime(p.updated.text)
                                                               : std::nullopt;
        r.issuedAt = u.value_or(fetchedTime);
    }
    return r;
}

// {zone, <arrayName>:[points], updatedAt?}. Returns the points and, for forecasts, updatedAt.
Result<std::vector<ProviderReading>> pointsOf(std::string_view body, std::string_view arrayName,
                                              ValueKind kind, UtcTime fetchedTime)
{
    Status notJson = checkLooksLikeJson(body, kSource);
    if (!notJson.isOk())
        return notJson;
    JsonScanner s(body);
    if (s.peek() != JsonScanner::Kind::Object && !s.failed())
        return Status(StatusCode::InvalidArgument, "expected a JSON object at the top level",
                      std::string(kSource));
    std::string zone;
    Scalar updated;
    RawPoint point; // reused: its strings keep their capacity from record to record
    std::vector<ProviderReading> out;
    bool sawArray = false;
    if (!s.enterObject())
        return syntaxError(s);
    std::string_view key;
    while (s.nextMember(key)) {
        if (key == arrayName && s.peek() == JsonScanner::Kind::Array) {
            sawArray = true;
            s.enterArray();
            for (std::size_t i = 0; s.nextItem(); ++i) {
                auto field = [&] { return std::string(arrayName) + "[" + std::to_string(i) + "]"; };
                if (s.peek() != JsonScanner::Kind::Object) {
                    if (s.failed())
                        break;
                    return fieldError(kSource, field(), "is not an object");
                }
                if (!readPoint(s, point))
                    break;
                // A null value is an hour the provider has no number for: skip it, keep the rest.
                if (point.value.kind == JsonScanner::Kind::Null)
                    continue;
                // The envelope's zone and updatedAt may follow the array: filled in below.
                Result<ProviderReading> r = pointOf(point, field, "?", kind, fetchedTime, fetchedTime);
                if (!r.ok())
                    return r.status();
                if (point.zone.kind != JsonScanner::Kind::String)
                    r->zone.clear();
                out.push_back(std::move(r).value());
            }
        } else if (key == "zone" && s.peek() == JsonScanner::Kind::String) {
            s.readString(zone);
        } else if (key == "updatedAt") {
            readScalar(s, updated);
        } else {
            s.skip();
        }
        if (s.failed())
            break;
    }
    if (s.failed() || !s.atEnd())
        return syntaxError(s);
    if (!sawArray)
        return fieldError(kSource, std::string(arrayName), "is missing or not an array");

    std::optional<UtcTime> issuedAt;
    if (kind == ValueKind::Forecast && updated.kind != JsonScanner::Kind::Invalid
        && updated.kind != JsonScanner::Kind::Null) {
        issuedAt = updated.kind == JsonScanner::Kind::String ? parseProviderTime(updated.text)
                                                             : std::nullopt;
        if (!issuedAt)
            return fieldError(kSource, "updatedAt", "is not a UTC time");
    }
    for (std::size_t i = 0; i < out.size(); ++i) {
        if (out[i].zone.empty()) {
            if (zone.empty())
                return fieldError(kSource, std::string(arrayName) + "[" + std::to_string(i) + "].zone",
                                  "is missing");
            out[i].zone = zone;
        }
        if (issuedAt)
            out[i].issuedAt = *issuedAt;
    }
    return out;
}

} // namespace

Result<std::vector<ProviderReading>> parseElectricityMapsLatest(std::string_view body,
                                                                UtcTime fetchedTime)
{
    Status notJson = checkLooksLikeJson(body, kSource);
    if (!notJson.isOk())
        return notJson;
    JsonScanner s(body);
    if (s.peek() != JsonScanner::Kind::Object && !s.failed())
        return Status(StatusCode::InvalidArgument, "expected a JSON object at the top level",
                      std::string(kSource));
    RawPoint p;
    if (!readPoint(s, p) || !s.atEnd())
        return syntaxError(s);
    if (p.value.kind == JsonScanner::Kind::Null) {
        return Status(StatusCode::NotFound, "no carbon-intensity value for this zone and hour",
                      std::string(kSource));
    }
    Result<ProviderReading> r = pointOf(p, [] { return std::string("latest"); }, {}, ValueKind::Actual,
                                        fetchedTime, fetchedTime);
    if (!r.ok())
        return r.status();
    return std::vector<ProviderReading>{std::move(r).value()};
}

Result<std::vector<ProviderReading>> parseElectricityMapsHistory(std::string_view body,
                                                                 UtcTime fetchedTime)
{
    return pointsOf(body, "history", ValueKind::Actual, fetchedTime);
}

Result<std::vector<ProviderReading>> parseElectricityMapsForecast(std::string_view body,
                                                                  UtcTime fetchedTime)
{
    return pointsOf(body, "forecast", ValueKind::Forecast, fetchedTime);
}

Result<GenerationMix> parseElectricityMapsPowerBreakdown(std::string_view body, UtcTime fetchedTime)
{
    Result<JsonValue> doc = parseProviderJson(body, kSource);
    if (!doc.ok())
        return doc.status();
    GenerationMix mix;
    mix.provider = kSource;
    mix.fetchedTime = fetchedTime;
    mix.period = Hours{1};
    Result<std::string> zone = requireString(doc->get("zone"), kSource, "zone");
    if (!zone.ok())
        return zone.status();
    mix.zone = zone.value();
    Result<UtcTime> t = requireTime(doc->get("datetime"), kSource, "datetime");
    if (!t.ok())
        return t.status();
    mix.validTime = t.value();
    for (const char* name : {"fossilFreePercentage", "renewablePercentage"}) {
        const JsonValue& v = doc->get(name);
        if (!v.isPresent() || v.isNull())
            continue;
        Result<double> pct = requireNumber(v, kSource, name, 0.0, 100.0);
        if (!pct.ok())
            return pct.status();
        (std::string_view(name) == "fossilFreePercentage" ? mix.fossilFreePercent
                                                          : mix.renewablePercent) = pct.value();
    }
    mix.estimated = doc->get("isEstimated").asBool(false);
    const JsonValue& breakdown = doc->get("powerConsumptionBreakdown");
    if (!breakdown.isObject())
        return fieldError(kSource, "powerConsumptionBreakdown", "is missing or not an object");
    double total = 0.0;
    for (const auto& [fuel, mw] : breakdown.members()) {
        if (mw.isNull())
            continue; // the source has no figure for this fuel
        // Storage can discharge (positive) or charge (negative); shares are of what was consumed.
        Result<double> v = requireNumber(mw, kSource, "powerConsumptionBreakdown." + fuel, -1e7, 1e7);
        if (!v.ok())
            return v.status();
        if (v.value() > 0.0) {
            mix.shares.push_back({fuel, v.value()});
            total += v.value();
        }
    }
    for (FuelShare& s : mix.shares)
        s.percent = total > 0.0 ? 100.0 * s.percent / total : 0.0;
    return mix;
}

} // namespace greenlight
