#include "core/json/json.h"

#include <gtest/gtest.h>

namespace greenlight {
namespace {

TEST(Json, NumbersFollowRfc8259)
{
    for (const char* good : {"0", "-0", "12", "1.5", "-1.25e3", "1E+2", "2e-2"})
        EXPECT_TRUE(parseJson(good, "t").ok()) << good;
    for (const char* bad : {"1.", ".5", "01", "1e", "1e+", "-", "1.e3", "+1", "1..2", "1e5.5"})
        EXPECT_FALSE(parseJson(bad, "t").ok()) << bad;
    EXPECT_DOUBLE_EQ(parseJson("-1.25e3", "t")->asNumber(), -1250.0);
}

// A byte-order mark from a Windows editor is not the document ("1:1: expected a value"); lines
// are counted as before.
TEST(Json, AByteOrderMarkIsNotPartOfTheDocument)
{
    const Result<JsonValue> v = parseJson("\xEF\xBB\xBF{\"a\":\n 1}", "f.json");
    ASSERT_TRUE(v.ok()) << v.status().message();
    EXPECT_EQ(v->get("a").asNumber(), 1.0);
    EXPECT_EQ(v->get("a").line(), 2);
}

TEST(Json, SurrogatesMustPair)
{
    Result<JsonValue> pair = parseJson(R"("\ud83d\ude80")", "t");
    ASSERT_TRUE(pair.ok()) << pair.status().toString();
    EXPECT_EQ(pair->asString(), "\xF0\x9F\x9A\x80"); // 🚀
    EXPECT_FALSE(parseJson(R"("\ud800")", "t").ok()) << "a lone high surrogate";
    EXPECT_FALSE(parseJson(R"("\ud800x")", "t").ok());
    EXPECT_FALSE(parseJson(R"("\udc00")", "t").ok()) << "a lone low surrogate";
    EXPECT_FALSE(parseJson(R"("\ud800\u0041")", "t").ok()) << "high followed by a non-surrogate";
    EXPECT_EQ(parseJson(R"("\u00e9")", "t")->asString(), "\xC3\xA9");
}

} // namespace
} // namespace greenlight
