#include "jsonscanner.h"

#include <charconv>
#include <cmath>

namespace greenlight {

namespace {

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

void appendUtf8(std::string& out, unsigned cp)
{
    if (cp < 0x80) {
        out += static_cast<char>(cp);
    } else if (cp < 0x800) {
        out += static_cast<char>(0xC0 | (cp >> 6));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
        out += static_cast<char>(0xE0 | (cp >> 12));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else {
        out += static_cast<char>(0xF0 | (cp >> 18));
        out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    }
}

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

} // namespace

void JsonScanner::skipSpace()
{
    while (m_pos < m_text.size()) {
        const char c = m_text[m_pos];
        if (c != ' ' && c != '\t' && c != '\n' && c != '\r')
            return;
        ++m_pos;
    }
}

bool JsonScanner::fail(std::string what)
{
    if (m_error.empty()) {
        m_error = std::move(what);
        m_errorPos = m_pos;
    }
    return false;
}

std::string JsonScanner::error() const
{
    if (m_error.empty())
        return {};
    int line = 1;
    std::size_t lineStart = 0;
    for (std::size_t i = 0; i < m_errorPos && i < m_text.size(); ++i) {
        if (m_text[i] == '\n') {
            ++line;
            lineStart = i + 1;
        }
    }
    return "line " + std::to_string(line) + ", column " + std::to_string(m_errorPos - lineStart + 1)
        + ": " + m_error;
}

bool JsonScanner::expect(char c)
{
    skipSpace();
    if (m_pos >= m_text.size() || m_text[m_pos] != c) {
        return fail(std::string("expected '") + c + "'");
    }
    ++m_pos;
    return true;
}

JsonScanner::Kind JsonScanner::peek()
{
    if (failed())
        return Kind::Invalid;
    skipSpace();
    if (m_pos >= m_text.size())
        return Kind::End;
    switch (m_text[m_pos]) {
    case 'n': return Kind::Null;
    case 't':
    case 'f': return Kind::Bool;
    case '"': return Kind::String;
    case '[': return Kind::Array;
    case '{': return Kind::Object;
    default: break;
    }
    return (m_text[m_pos] == '-' || isDigit(m_text[m_pos])) ? Kind::Number : Kind::Invalid;
}

bool JsonScanner::enterObject()
{
    if (failed() || !expect('{'))
        return false;
    m_first = true;
    return true;
}

bool JsonScanner::enterArray()
{
    if (failed() || !expect('['))
        return false;
    m_first = true;
    return true;
}

bool JsonScanner::separator(char close)
{
    skipSpace();
    if (m_pos >= m_text.size())
        return fail("unexpected end of text");
    if (m_text[m_pos] == close) {
        ++m_pos;
        m_first = false;
        return false;
    }
    if (!m_first) {
        if (m_text[m_pos] != ',')
            return fail(close == '}' ? "expected ',' or '}'" : "expected ',' or ']'");
        ++m_pos;
    }
    m_first = false;
    return true;
}

bool JsonScanner::nextMember(std::string_view& key)
{
    if (failed() || !separator('}'))
        return false;
    skipSpace();
    if (m_pos >= m_text.size() || m_text[m_pos] != '"')
        return fail("expected a member name");
    std::string_view raw;
    bool escapes = false;
    if (!scanString(raw, escapes))
        return false;
    if (escapes) {
        if (!decodeString(raw, m_keyScratch))
            return false;
        key = m_keyScratch;
    } else {
        key = raw;
    }
    return expect(':');
}

bool JsonScanner::nextItem()
{
    if (failed())
        return false;
    return separator(']');
}

bool JsonScanner::scanString(std::string_view& raw, bool& hasEscapes)
{
    ++m_pos; // opening quote
    const std::size_t start = m_pos;
    hasEscapes = false;
    while (m_pos < m_text.size()) {
        const char c = m_text[m_pos];
        if (c == '"') {
            raw = m_text.substr(start, m_pos - start);
            ++m_pos;
            return true;
        }
        if (static_cast<unsigned char>(c) < 0x20)
            return fail("control character in a string");
        if (c == '\\') {
            hasEscapes = true;
            ++m_pos; // the escaped character is checked when decoding
        }
        ++m_pos;
    }
    return fail("unterminated string");
}

bool JsonScanner::decodeString(std::string_view raw, std::string& out)
{
    out.clear();
    for (std::size_t i = 0; i < raw.size(); ++i) {
        const char c = raw[i];
        if (c != '\\') {
            out += c;
            continue;
        }
        if (++i >= raw.size())
            return fail("bad escape");
        switch (raw[i]) {
        case '"': out += '"'; break;
        case '\\': out += '\\'; break;
        case '/': out += '/'; break;
        case 'b': out += '\b'; break;
        case 'f': out += '\f'; break;
        case 'n': out += '\n'; break;
        case 'r': out += '\r'; break;
        case 't': out += '\t'; break;
        case 'u': {
            auto hex4 = [&](std::size_t at, unsigned& v) {
                if (at + 4 > raw.size())
                    return false;
                v = 0;
                for (std::size_t k = at; k < at + 4; ++k) {
                    const int h = hexValue(raw[k]);
                    if (h < 0)
                        return false;
                    v = v * 16 + static_cast<unsigned>(h);
                }
                return true;
            };
            unsigned cp = 0;
            if (!hex4(i + 1, cp))
                return fail("bad \\u escape");
            i += 4;
            if (cp >= 0xD800 && cp <= 0xDBFF) {
                unsigned low = 0;
                if (i + 2 >= raw.size() || raw[i + 1] != '\\' || raw[i + 2] != 'u' || !hex4(i + 3, low)
                    || low < 0xDC00 || low > 0xDFFF)
                    return fail("unpaired UTF-16 surrogate");
                cp = 0x10000 + ((cp - 0xD800) << 10) + (low - 0xDC00);
                i += 6;
            } else if (cp >= 0xDC00 && cp <= 0xDFFF) {
                return fail("unpaired UTF-16 surrogate");
            }
            appendUtf8(out, cp);
            break;
        }
        default: return fail("bad escape");
        }
    }
    return true;
}

bool JsonScanner::readString(std::string& out)
{
    if (peek() != Kind::String)
        return fail("expected a string");
    std::string_view raw;
    bool escapes = false;
    if (!scanString(raw, escapes))
        return false;
    if (escapes)
        return decodeString(raw, out);
    out.assign(raw);
    return true;
}

bool JsonScanner::readNumber(double& out)
{
    if (peek() != Kind::Number)
        return fail("expected a number");
    // RFC 8259 grammar: -?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?
    const std::size_t start = m_pos;
    std::size_t p = m_pos;
    if (m_text[p] == '-')
        ++p;
    if (p >= m_text.size() || !isDigit(m_text[p]))
        return fail("bad number");
    if (m_text[p] == '0') {
        ++p;
    } else {
        while (p < m_text.size() && isDigit(m_text[p]))
            ++p;
    }
    if (p < m_text.size() && m_text[p] == '.') {
        ++p;
        if (p >= m_text.size() || !isDigit(m_text[p]))
            return fail("bad number");
        while (p < m_text.size() && isDigit(m_text[p]))
            ++p;
    }
    if (p < m_text.size() && (m_text[p] == 'e' || m_text[p] == 'E')) {
        ++p;
        if (p < m_text.size() && (m_text[p] == '+' || m_text[p] == '-'))
            ++p;
        if (p >= m_text.size() || !isDigit(m_text[p]))
            return fail("bad number");
        while (p < m_text.size() && isDigit(m_text[p]))
            ++p;
    }
    auto [end, ec] = std::from_chars(m_text.data() + start, m_text.data() + p, out);
    if (ec != std::errc() || end != m_text.data() + p || !std::isfinite(out))
        return fail("number out of range");
    m_pos = p;
    return true;
}

bool JsonScanner::readBool(bool& out)
{
    if (peek() != Kind::Bool)
        return fail("expected true or false");
    if (m_text.substr(m_pos, 4) == "true") {
        out = true;
        m_pos += 4;
        return true;
    }
    if (m_text.substr(m_pos, 5) == "false") {
        out = false;
        m_pos += 5;
        return true;
    }
    return fail("expected true or false");
}

bool JsonScanner::readNull()
{
    if (peek() != Kind::Null || m_text.substr(m_pos, 4) != "null")
        return fail("expected null");
    m_pos += 4;
    return true;
}

bool JsonScanner::skip()
{
    return skipValue(0);
}

bool JsonScanner::skipValue(int depth)
{
    if (depth > kMaxDepth)
        return fail("nested too deeply");
    switch (peek()) {
    case Kind::Null: return readNull();
    case Kind::Bool: {
        bool b = false;
        return readBool(b);
    }
    case Kind::Number: {
        double d = 0.0;
        return readNumber(d);
    }
    case Kind::String: {
        std::string_view raw;
        bool escapes = false;
        if (!scanString(raw, escapes))
            return false;
        std::string decoded;
        return !escapes || decodeString(raw, decoded); // validates the escapes
    }
    case Kind::Array:
        if (!enterArray())
            return false;
        while (nextItem()) {
            if (!skipValue(depth + 1))
                return false;
        }
        return !failed();
    case Kind::Object: {
        if (!enterObject())
            return false;
        std::string_view key;
        while (nextMember(key)) {
            if (!skipValue(depth + 1))
                return false;
        }
        return !failed();
    }
    case Kind::End: return fail("unexpected end of text");
    case Kind::Invalid: break;
    }
    return fail("unexpected character");
}

bool JsonScanner::atEnd()
{
    if (failed())
        return false;
    skipSpace();
    return m_pos == m_text.size() || fail("text after the JSON value");
}

} // namespace greenlight
