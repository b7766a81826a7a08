#include "json.h"

#include <cctype>
#include <charconv>
#include <cmath>
#include <cstdio>

namespace greenlight {

namespace {
const JsonValue kAbsent;
const std::string kEmptyString;
const std::vector<JsonValue> kNoItems;
const std::vector<std::pair<std::string, JsonValue>> kNoMembers;
constexpr int kMaxDepth = 200;
} // namespace

JsonValue JsonValue::null()
{
    JsonValue v;
    v.m_type = Type::Null;
    return v;
}
JsonValue JsonValue::boolean(bool b)
{
    JsonValue v;
    v.m_type = Type::Bool;
    v.m_bool = b;
    return v;
}
JsonValue JsonValue::number(double n)
{
    JsonValue v;
    v.m_type = Type::Number;
    v.m_number = n;
    return v;
}
JsonValue JsonValue::string(std::string s)
{
    JsonValue v;
    v.m_type = Type::String;
    v.m_string = std::move(s);
    return v;
}
JsonValue JsonValue::array(std::vector<JsonValue> items)
{
    JsonValue v;
    v.m_type = Type::Array;
    v.m_items = std::move(items);
    return v;
}
JsonValue JsonValue::object()
{
    JsonValue v;
    v.m_type = Type::Object;
    return v;
}

const std::string& JsonValue::asString() const
{
    return isString() ? m_string : kEmptyString;
}
const std::vector<JsonValue>& JsonValue::items() const
{
    return isArray() ? m_items : kNoItems;
}
const std::vector<std::pair<std::string, JsonValue>>& JsonValue::members() const
{
    return isObject() ? m_members : kNoMembers;
}
const JsonValue& JsonValue::get(std::string_view key) const
{
    for (const auto& [name, value] : members()) {
        if (name == key)
            return value;
    }
    return kAbsent;
}

JsonValue& JsonValue::set(std::string key, JsonValue value)
{
    if (m_type != Type::Object) {
        m_type = Type::Object;
        m_members.clear();
    }
    for (auto& member : m_members) {
        if (member.first == key) {
            member.second = std::move(value);
            return *this;
        }
    }
    m_members.emplace_back(std::move(key), std::move(value));
    return *this;
}

JsonValue& JsonValue::push(JsonValue value)
{
    if (m_type != Type::Array) {
        m_type = Type::Array;
        m_items.clear();
    }
    m_items.push_back(std::move(value));
    return *this;
}

std::string jsonQuote(std::string_view text)
{
    std::string out;
    out.reserve(text.size() + 2);
    out.push_back('"');
    for (const char c : text) {
        switch (c) {
        case '"': out += "\\\""; break;
        case '\\': out += "\\\\"; break;
        case '\n': out += "\\n"; break;
        case '\r': out += "\\r"; break;
        case '\t': out += "\\t"; break;
        default:
            if (static_cast<unsigned char>(c) < 0x20) {
                char buffer[8];
                std::snprintf(buffer, sizeof buffer, "\\u%04x", static_cast<unsigned>(c));
                out += buffer;
            } else {
                out.push_back(c);
            }
        }
    }
    out.push_back('"');
    return out;
}

std::string JsonValue::dump(int indent) const
{
    std::string out;
    dumpTo(out, indent, 0);
    return out;
}

void JsonValue::dumpTo(std::string& out, int indent, int depth) const
{
    const auto newline = [&](int d) {
        if (indent < 0)
            return;
        out.push_back('\n');
        out.append(static_cast<std::size_t>(indent * d), ' ');
    };
    switch (m_type) {
    case Type::Invalid:
    case Type::Null: out += "null"; break;
    case Type::Bool: out += m_bool ? "true" : "false"; break;
    case Type::Number: {
        if (!std::isfinite(m_number)) {
            out += "null"; // JSON has no NaN or infinity
            break;
        }
        char buffer[32];
        std::snprintf(buffer, sizeof buffer, "%.15g", m_number);
        out += buffer;
        break;
    }
    case Type::String: out += jsonQuote(m_string); break;
    case Type::Array:
        out.push_back('[');
        for (std::size_t i = 0; i < m_items.size(); ++i) {
            if (i)
                out.push_back(',');
            newline(depth + 1);
            m_items[i].dumpTo(out, indent, depth + 1);
        }
        if (!m_items.empty())
            newline(depth);
        out.push_back(']');
        break;
    case Type::Object:
        out.push_back('{');
        for (std::size_t i = 0; i < m_members.size(); ++i) {
            if (i)
                out.push_back(',');
            newline(depth + 1);
            out += jsonQuote(m_members[i].first);
            out += indent < 0 ? ":" : ": ";
            m_members[i].second.dumpTo(out, indent, depth + 1);
        }
        if (!m_members.empty())
            newline(depth);
        out.push_back('}');
        break;
    }
}

class JsonParser {
public:
    JsonParser(std::string_view text, std::string_view label) : m_text(text), m_label(label) {}

    Result<JsonValue> parseDocument()
    {
        JsonValue value;
        if (!parseValue(value, 0))
            return m_error;
        skipSpace();
        if (m_pos != m_text.size())
            return fail("unexpected text after the JSON value");
        return value;
    }

private:
    Status fail(const std::string& what)
    {
        int line = 1;
        int column = 1;
        for (std::size_t i = 0; i < m_pos && i < m_text.size(); ++i) {
            if (m_text[i] == '\n') {
                ++line;
                column = 1;
            } else {
                ++column;
            }
        }
        m_error = Status(StatusCode::InvalidArgument,
                         m_label + ":" + std::to_string(line) + ":" + std::to_string(column) +
                             ": " + what,
                         "json");
        return m_error;
    }

    void skipSpace()
    {
        // Raw newlines can only appear here (never inside strings), so lines are counted here.
        while (m_pos < m_text.size() && (m_text[m_pos] == ' ' || m_text[m_pos] == '\n' ||
                                         m_text[m_pos] == '\r' || m_text[m_pos] == '\t')) {
            m_line += m_text[m_pos] == '\n';
            ++m_pos;
        }
    }

    bool literal(std::string_view word)
    {
        if (m_text.substr(m_pos, word.size()) != word)
            return false;
        m_pos += word.size();
        return true;
    }

    bool parseValue(JsonValue& out, int depth)
    {
        if (depth > kMaxDepth) {
            fail("nesting deeper than 200 levels");
            return false;
        }
        skipSpace();
        if (m_pos >= m_text.size()) {
            fail("unexpected end of input");
            return false;
        }
        out.m_line = m_line;
        const char c = m_text[m_pos];
        if (c == '{')
            return parseObject(out, depth);
        if (c == '[')
            return parseArray(out, depth);
        if (c == '"') {
            out.m_type = JsonValue::Type::String;
            return parseString(out.m_string);
        }
        if (literal("true")) {
            out.m_type = JsonValue::Type::Bool;
            out.m_bool = true;
            return true;
        }
        if (literal("false")) {
            out.m_type = JsonValue::Type::Bool;
            return true;
        }
        if (literal("null")) {
            out.m_type = JsonValue::Type::Null;
            return true;
        }
        return parseNumber(out);
    }

    bool parseNumber(JsonValue& out)
    {
        const std::size_t begin = m_pos;
        if (m_pos < m_text.size() && m_text[m_pos] == '-')
            ++m_pos;
        if (m_pos >= m_text.size() || m_text[m_pos] < '0' || m_text[m_pos] > '9') {
            m_pos = begin;
            fail("expected a value");
            return false;
        }
        if (m_text[m_pos] == '0' && m_pos + 1 < m_text.size() && m_text[m_pos + 1] >= '0' &&
            m_text[m_pos + 1] <= '9') {
            fail("numbers may not have leading zeros");
            return false;
        }
        // RFC 8259: int [ "." 1*DIGIT ] [ ("e" / "E") [ "+" / "-" ] 1*DIGIT ]
        auto digits = [this] {
            const std::size_t from = m_pos;
            while (m_pos < m_text.size() && std::isdigit(static_cast<unsigned char>(m_text[m_pos])))
                ++m_pos;
            return m_pos > from;
        };
        digits();
        bool wellFormed = true;
        if (m_pos < m_text.size() && m_text[m_pos] == '.') {
            ++m_pos;
            wellFormed = digits();
        }
        if (wellFormed && m_pos < m_text.size() && (m_text[m_pos] == 'e' || m_text[m_pos] == 'E')) {
            ++m_pos;
            if (m_pos < m_text.size() && (m_text[m_pos] == '+' || m_text[m_pos] == '-'))
                ++m_pos;
            wellFormed = digits();
        }
        if (!wellFormed) {
            m_pos = begin;
            fail("malformed number (a digit must follow '.' and the exponent)");
            return false;
        }
        double value = 0.0;
        const auto [ptr, ec] =
            std::from_chars(m_text.data() + begin, m_text.data() + m_pos, value);
        if (ec != std::errc() || ptr != m_text.data() + m_pos || !std::isfinite(value)) {
            m_pos = begin;
            fail("malformed or out-of-range number");
            return false;
        }
        out.m_type = JsonValue::Type::Number;
        out.m_number = value;
        return true;
    }

    static void appendUtf8(std::string& out, unsigned codePoint)
    {
        if (codePoint < 0x80) {
            out.push_back(static_cast<char>(codePoint));
        } else if (codePoint < 0x800) {
            out.push_back(static_cast<char>(0xC0 | (codePoint >> 6)));
            out.push_back(static_cast<char>(0x80 | (codePoint & 0x3F)));
        } else if (codePoint < 0x10000) {
            out.push_back(static_cast<char>(0xE0 | (codePoint >> 12)));
            out.push_back(static_cast<char>(0x80 | ((codePoint >> 6) & 0x3F)));
            out.push_back(static_cast<char>(0x80 | (codePoint & 0x3F)));
        } else {
            out.push_back(static_cast<char>(0xF0 | (codePoint >> 18)));
            out.push_back(static_cast<char>(0x80 | ((codePoint >> 12) & 0x3F)));
            out.push_back(static_cast<char>(0x80 | ((codePoint >> 6) & 0x3F)));
            out.push_back(static_cast<char>(0x80 | (codePoint & 0x3F)));
        }
    }

    bool hex4(unsigned& out)
    {
        if (m_pos + 4 > m_text.size()) {
            fail("truncated \\u escape");
            return false;
        }
        const auto [ptr, ec] =
            std::from_chars(m_text.data() + m_pos, m_text.data() + m_pos + 4, out, 16);
        if (ec != std::errc() || ptr != m_text.data() + m_pos + 4) {
            fail("bad \\u escape");
            return false;
        }
        m_pos += 4;
        return true;
    }

    bool parseString(std::string& out)
    {
        ++m_pos; // opening quote
        while (m_pos < m_text.size()) {
            const char c = m_text[m_pos++];
            if (c == '"')
                return true;
            if (static_cast<unsigned char>(c) < 0x20) {
                --m_pos;
                fail("control character inside a string");
                return false;
            }
            if (c != '\\') {
                out.push_back(c);
                continue;
            }
            if (m_pos >= m_text.size())
                break;
            const char e = m_text[m_pos++];
            switch (e) {
            case '"': out.push_back('"'); break;
            case '\\': out.push_back('\\'); break;
            case '/': out.push_back('/'); break;
            case 'b': out.push_back('\b'); break;
            case 'f': out.push_back('\f'); break;
            case 'n': out.push_back('\n'); break;
            case 'r': out.push_back('\r'); break;
            case 't': out.push_back('\t'); break;
            case 'u': {
                unsigned code = 0;
                if (!hex4(code))
                    return false;
                if (code >= 0xDC00 && code <= 0xDFFF) {
                    fail("a low surrogate without a high one before it");
                    return false;
                }
                if (code >= 0xD800 && code <= 0xDBFF) {
                    unsigned low = 0;
                    if (!literal("\\u") || !hex4(low) || low < 0xDC00 || low > 0xDFFF) {
                        fail("a high surrogate must be followed by a \\u low surrogate");
                        return false;
                    }
                    code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00);
                }
                appendUtf8(out, code);
                break;
            }
            default:
                --m_pos;
                fail(std::string("unknown escape \\") + e);
                return false;
            }
        }
        fail("unterminated string");
        return false;
    }

    bool parseArray(JsonValue& out, int depth)
    {
        out.m_type = JsonValue::Type::Array;
        ++m_pos;
        skipSpace();
        if (m_pos < m_text.size() && m_text[m_pos] == ']') {
            ++m_pos;
            return true;
        }
        while (true) {
            JsonValue item;
            if (!parseValue(item, depth + 1))
                return false;
            out.m_items.push_back(std::move(item));
            skipSpace();
            if (m_pos < m_text.size() && m_text[m_pos] == ',') {
                ++m_pos;
                continue;
            }
            if (m_pos < m_text.size() && m_text[m_pos] == ']') {
                ++m_pos;
                return true;
            }
            fail("expected ',' or ']' in array");
            return false;
        }
    }

    bool parseObject(JsonValue& out, int depth)
    {
        out.m_type = JsonValue::Type::Object;
        ++m_pos;
        skipSpace();
        if (m_pos < m_text.size() && m_text[m_pos] == '}') {
            ++m_pos;
            return true;
        }
        while (true) {
            skipSpace();
            if (m_pos >= m_text.size() || m_text[m_pos] != '"') {
                fail("expected a member name in quotes");
                return false;
            }
            std::string key;
            if (!parseString(key))
                return false;
            skipSpace();
            if (m_pos >= m_text.size() || m_text[m_pos] != ':') {
                fail("expected ':' after member name \"" + key + "\"");
                return false;
            }
            ++m_pos;
            JsonValue value;
            if (!parseValue(value, depth + 1))
                return false;
            for (const auto& member : out.m_members) {
                if (member.first == key) {
                    fail("duplicate member \"" + key + "\"");
                    return false;
                }
            }
            out.m_members.emplace_back(std::move(key), std::move(value));
            skipSpace();
            if (m_pos < m_text.size() && m_text[m_pos] == ',') {
                ++m_pos;
                continue;
            }
            if (m_pos < m_text.size() && m_text[m_pos] == '}') {
                ++m_pos;
                return true;
            }
            fail("expected ',' or '}' in object");
            return false;
        }
    }

    std::string_view m_text;
    std::string m_label;
    std::size_t m_pos = 0;
    int m_line = 1;
    Status m_error;
};

Result<JsonValue> parseJson(std::string_view text, std::string_view label)
{
    // A UTF-8 byte-order mark (editors on Windows write one) is not part of the document, as in
    // the CSV readers; the lines stay the same.
    if (text.starts_with("\xEF\xBB\xBF"))
        text.remove_prefix(3);
    return JsonParser(text, label).parseDocument();
}

} // namespace greenlight
