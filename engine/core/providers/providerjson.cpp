#include "providerjson.h"

#include <cmath>

namespace greenlight {

namespace {

const char* typeName(const JsonValue& v)
{
    switch (v.type()) {
    case JsonValue::Type::Invalid: return "nothing";
    case JsonValue::Type::Null: return "null";
    case JsonValue::Type::Bool: return "a boolean";
    case JsonValue::Type::Number: return "a number";
    case JsonValue::Type::String: return "a string";
    case JsonValue::Type::Array: return "an array";
    case JsonValue::Type::Object: return "an object";
    }
    return "?";
}

} // namespace

Status fieldError(std::string_view provider, const std::string& field, const std::string& what)
{
    return Status(StatusCode::InvalidArgument, field + " " + what, std::string(provider));
}

Status checkLooksLikeJson(std::string_view body, std::string_view provider)
{
    std::size_t first = body.find_first_not_of(" \t\r\n");
    if (first == std::string_view::npos)
        return Status(StatusCode::InvalidArgument, "empty response body", std::string(provider));
    if (body[first] == '<') {
        // Proxies, captive portals and gateways answer errors with HTML.
        return Status(StatusCode::InvalidArgument,
                      "the server answered with an HTML page instead of JSON", std::string(provider));
    }
    return Status::ok();
}

Result<JsonValue> parseProviderJson(std::string_view body, std::string_view provider)
{
    Status looks = checkLooksLikeJson(body, provider);
    if (!looks.isOk())
        return looks;
    Result<JsonValue> doc = parseJson(body, provider);
    if (!doc.ok())
        return Status(StatusCode::InvalidArgument, "malformed JSON: " + doc.status().message(),
                      std::string(provider));
    if (!doc->isObject())
        return Status(StatusCode::InvalidArgument, "expected a JSON object at the top level",
                      std::string(provider));
    return doc;
}

std::optional<UtcTime> parseProviderTime(std::string_view text)
{
    // Drop ".123" between the seconds and the zone designator; parseIsoUtc does the rest.
    const std::size_t dot = text.find('.');
    if (dot == std::string_view::npos)
        return parseIsoUtc(text);
    std::size_t end = dot + 1;
    while (end < text.size() && text[end] >= '0' && text[end] <= '9')
        ++end;
    if (end == dot + 1 || dot != 19)
        return std::nullopt;
    // On the stack: this runs once per record of a 10,000-record history.
    char buffer[40];
    const std::string_view rest = text.substr(end);
    if (dot + rest.size() > sizeof buffer)
        return std::nullopt;
    text.copy(buffer, dot);
    rest.copy(buffer + dot, rest.size());
    return parseIsoUtc(std::string_view(buffer, dot + rest.size()));
}

Result<UtcTime> requireTime(const JsonValue& v, std::string_view provider, const std::string& field)
{
    if (!v.isString())
        return fieldError(provider, field, std::string("is ") + typeName(v) + ", not a time");
    std::optional<UtcTime> t = parseProviderTime(v.asString());
    if (!t)
        return fieldError(provider, field, "is not a UTC time: \"" + v.asString().substr(0, 40) + "\"");
    return *t;
}

Result<double> requireNumber(const JsonValue& v, std::string_view provider, const std::string& field,
                             double min, double max)
{
    if (!v.isNumber())
        return fieldError(provider, field, std::string("is ") + typeName(v) + ", not a number");
    const double x = v.asNumber();
    if (!std::isfinite(x))
        return fieldError(provider, field, "is not finite");
    if (x < min || x > max) {
        return fieldError(provider, field,
                          "is " + std::to_string(x) + ", outside the plausible range "
                              + std::to_string(min) + " to " + std::to_string(max));
    }
    return x;
}

Result<std::string> requireString(const JsonValue& v, std::string_view provider,
                                  const std::string& field)
{
    if (!v.isString() || v.asString().empty())
        return fieldError(provider, field, std::string("is ") + typeName(v) + ", not a name");
    return v.asString();
}

} // namespace greenlight
