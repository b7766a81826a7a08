// A small JSON reader and writer for the engine's own files (fleet files, scenarios, CLI output).
// Pure C++, no Qt. Parse errors give line and column; accessors never throw.
//
//   Result<JsonValue> doc = parseJson(text, "fleet.json");
//   for (const JsonValue& site : doc->get("sites").items()) use(site.get("id").asString());
#pragma once

#include "core/status.h"

#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace greenlight {

class JsonValue {
public:
    enum class Type { Invalid, Null, Bool, Number, String, Array, Object };

    JsonValue() = default; // Invalid: "absent"
    static JsonValue null();
    static JsonValue boolean(bool v);
    static JsonValue number(double v);
    static JsonValue string(std::string v);
    static JsonValue array(std::vector<JsonValue> items = {});
    static JsonValue object();

    Type type() const { return m_type; }
    bool isPresent() const { return m_type != Type::Invalid; }
    bool isNull() const { return m_type == Type::Null; }
    bool isBool() const { return m_type == Type::Bool; }
    bool isNumber() const { return m_type == Type::Number; }
    bool isString() const { return m_type == Type::String; }
    bool isArray() const { return m_type == Type::Array; }
    bool isObject() const { return m_type == Type::Object; }

    bool asBool(bool fallback = false) const { return isBool() ? m_bool : fallback; }
    double asNumber(double fallback = 0.0) const { return isNumber() ? m_number : fallback; }
    const std::string& asString() const;
    const std::vector<JsonValue>& items() const;                  // empty unless an array
    const std::vector<std::pair<std::string, JsonValue>>& members() const; // in file order
    // Member of an object, or an Invalid value when absent (chains safely).
    const JsonValue& get(std::string_view key) const;

    // Building.
    JsonValue& set(std::string key, JsonValue value); // objects: replaces or appends
    JsonValue& push(JsonValue value);                 // arrays

    // Compact or indented text; numbers keep up to 15 significant digits.
    std::string dump(int indent = -1) const;

    // Line of the value in its source text (0 when built in code).
    int line() const { return m_line; }

private:
    friend class JsonParser;
    void dumpTo(std::string& out, int indent, int depth) const;

    Type m_type = Type::Invalid;
    bool m_bool = false;
    double m_number = 0.0;
    std::string m_string;
    std::vector<JsonValue> m_items;
    std::vector<std::pair<std::string, JsonValue>> m_members;
    int m_line = 0;
};

// Strict RFC 8259 parser (no comments, no trailing commas, nesting depth ≤ 200).
Result<JsonValue> parseJson(std::string_view text, std::string_view label);

// "a \"quoted\"\n" → the JSON string literal, quotes included.
std::string jsonQuote(std::string_view text);

} // namespace greenlight
