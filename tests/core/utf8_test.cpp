#include "core/utf8.h"

#include <gtest/gtest.h>

#include <string>

namespace greenlight {
namespace {

TEST(Utf8, WellFormedTextPassesAndEveryMalformedKindIsRefused)
{
    struct Case {
        std::string bytes;
        bool valid;
        const char* what;
    } cases[] = {
        {"", true, "empty"},
        {"plain ASCII, 100 %", true, "ASCII"},
        {"caf\xc3\xa9 \xe2\x82\xac \xf0\x9f\x8c\xb1 CO\xe2\x82\x82", true, "2-, 3- and 4-byte forms"},
        {"\xf4\x8f\xbf\xbf", true, "U+10FFFF"},
        {"caf\xe9", false, "Latin-1"},
        {"\xc3", false, "cut short"},
        {"\xe2\x82", false, "cut short (3)"},
        {"\xc0\xaf", false, "overlong slash"},
        {"\xe0\x80\xaf", false, "overlong (3)"},
        {"\xf0\x80\x80\xaf", false, "overlong (4)"},
        {"\xed\xa0\x80", false, "surrogate"},
        {"\xf4\x90\x80\x80", false, "above U+10FFFF"},
        {"\x80", false, "lone continuation"},
        {"\xff", false, "0xFF"},
        {"\xe2\x28\xa1", false, "bad continuation"},
    };
    for (const Case& c : cases)
        EXPECT_EQ(isValidUtf8(c.bytes), c.valid) << c.what;
}

} // namespace
} // namespace greenlight
