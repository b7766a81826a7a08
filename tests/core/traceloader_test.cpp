#include "core/traceloader.h"

#include <gtest/gtest.h>

#include <cmath>
#include <string>

namespace greenlight {
namespace {

const std::filesystem::path kTraces = std::filesystem::path(GREENLIGHT_FIXTURES_DIR) / "traces";

struct BadTrace {
    const char* file;
    const char* location; // "file:line" the message must start with
    const char* fragment; // words the message must contain
};

void PrintTo(const BadTrace& c, std::ostream* out)
{
    *out << c.file;
}

class TraceLoaderRejects : public testing::TestWithParam<BadTrace> {};

TEST_P(TraceLoaderRejects, NamesFileLineAndDefect)
{
    const BadTrace& c = GetParam();
    const Result<IntensitySeries> result = loadIntensityCsv(kTraces / c.file);
    ASSERT_FALSE(result.ok()) << c.file << " was accepted";
    EXPECT_EQ(result.status().code(), StatusCode::InvalidArgument);
    const std::string& message = result.status().message();
    EXPECT_EQ(message.rfind(c.location, 0), 0u) << message;
    EXPECT_NE(message.find(c.fragment), std::string::npos) << message;
}

INSTANTIATE_TEST_SUITE_P(
    MalformedCsv, TraceLoaderRejects,
    testing::Values(
        BadTrace{"wrong_header.csv", "wrong_header.csv:1:", "wrong header"},
        BadTrace{"unknown_column.csv", "unknown_column.csv:1:", "unknown column 'foo'"},
        BadTrace{"repeated_column.csv", "repeated_column.csv:1:", "appears twice"},
        BadTrace{"bad_timestamp.csv", "bad_timestamp.csv:3:", "bad timestamp '2022-13-01T00:00:00Z'"},
        BadTrace{"offset_timestamp.csv", "offset_timestamp.csv:3:", "bad timestamp"},
        BadTrace{"unsorted.csv", "unsorted.csv:4:", "not sorted"},
        BadTrace{"duplicate.csv", "duplicate.csv:4:", "duplicate timestamp 2022-01-01T01:00:00Z"},
        BadTrace{"gap.csv", "gap.csv:4:", "gap: 7 missing step(s) between 2022-01-01T01:00:00Z and 2022-01-01T09:00:00Z (gaps up to 6 h are filled in)"},
        BadTrace{"irregular.csv", "irregular.csv:4:", "irregular step"},
        // Steps that do not fill an hour evenly: the policies plan on hourly means.
        BadTrace{"seven_minutes.csv", "seven_minutes.csv:3:", "step of 420 s: the step must fill an hour evenly"},
        BadTrace{"daily.csv", "daily.csv:3:", "step of 86400 s"},
        BadTrace{"negative.csv", "negative.csv:3:", "negative value -2"},
        BadTrace{"non_numeric.csv", "non_numeric.csv:3:", "'abc' is not a finite number"},
        BadTrace{"nan_value.csv", "nan_value.csv:2:", "'nan' is not a finite number"},
        BadTrace{"huge_value.csv", "huge_value.csv:2:", "is not a finite number"},
        BadTrace{"missing_value.csv", "missing_value.csv:3:", "missing value"},
        BadTrace{"field_count.csv", "field_count.csv:3:", "expected 2 fields, found 3"},
        BadTrace{"empty.csv", "empty.csv:1:", "empty"},
        BadTrace{"header_only.csv", "header_only.csv:1:", "no data rows"},
        BadTrace{"single_row.csv", "single_row.csv:2:", "at least two"},
        BadTrace{"bad_estimated.csv", "bad_estimated.csv:3:", "'maybe' is not true or false"},
        BadTrace{"percent_over.csv", "percent_over.csv:3:", "plausible maximum"},
        BadTrace{"empty_line.csv", "empty_line.csv:3:", "empty line"}),
    [](const testing::TestParamInfo<BadTrace>& param) {
        std::string name = param.param.file;
        name = name.substr(0, name.find('.'));
        return name;
    });

TEST(TraceLoader, MissingFileIsNotFound)
{
    const auto result = loadIntensityCsv(kTraces / "no_such_zone.csv");
    ASSERT_FALSE(result.ok());
    EXPECT_EQ(result.status().code(), StatusCode::NotFound);
    EXPECT_NE(result.status().message().find("no_such_zone.csv"), std::string::npos);
}

// A directory opens as a stream on Linux and reports an absurd size: it once ended in
// std::bad_alloc and an abort, for --workload /tmp or a folder named DE.csv among the traces.
TEST(TraceLoader, ADirectoryIsRefusedByName)
{
    const auto dir = std::filesystem::temp_directory_path() / "greenlight-DE.csv";
    std::filesystem::create_directories(dir);
    const auto text = readTextFile(dir);
    ASSERT_FALSE(text.ok());
    EXPECT_NE(text.status().message().find("is a directory"), std::string::npos);
    EXPECT_FALSE(loadIntensityCsv(dir).ok());
    std::filesystem::remove(dir);
}

TEST(TraceLoader, BlankLinesAtTheEndAreFine)
{
    const auto series = parseIntensityCsv(
        "timestamp_utc,carbon_intensity_gco2_per_kwh\r\n2022-01-01T00:00:00Z,1\r\n2022-01-01T01:00:00Z,2\r\n\r\n\n",
        "trailing.csv", "ZZ");
    ASSERT_TRUE(series.ok()) << series.status().message();
    EXPECT_EQ(series->size(), 2u);
}

TEST(TraceLoader, ReadsAllColumnsWithCrlf)
{
    const auto result = loadIntensityCsv(kTraces / "good_full_crlf.csv");
    ASSERT_TRUE(result.ok()) << result.status().message();
    const IntensitySeries& s = result.value();
    EXPECT_EQ(s.zoneKey(), "good_full_crlf");
    EXPECT_EQ(s.size(), 3u);
    EXPECT_EQ(s.step(), Hours{1});
    EXPECT_EQ(formatIsoUtc(s.start()), "2022-01-01T00:00:00Z");
    ASSERT_TRUE(s.hasDirect() && s.hasCarbonFree() && s.hasRenewable() && s.hasEstimatedFlag());
    const IntensitySample second = s.sample(1);
    EXPECT_DOUBLE_EQ(second.lifecycleGPerKwh, 533.4);
    EXPECT_DOUBLE_EQ(*second.directGPerKwh, 455.08);
    EXPECT_DOUBLE_EQ(*second.carbonFreePct, 49.59);
    EXPECT_DOUBLE_EQ(*second.renewablePct, 28.78);
    EXPECT_TRUE(second.estimated);
    EXPECT_FALSE(s.sample(0).estimated);
}

TEST(TraceLoader, ShortGapsAreFilledByCarryingTheLastValueForwardAndFlaggedEstimated)
{
    // No flag column: one is added; two gaps, 2 and 1 steps; the filled values repeat the last
    // value before the gap in every column (nothing observed after the gap is read into it: a
    // forecast issued inside the gap must not see the future).
    const auto plain = parseIntensityCsv("timestamp_utc,carbon_intensity_gco2_per_kwh,renewable_percentage\n"
                                         "2022-01-01T00:00:00Z,100,10\n"
                                         "2022-01-01T01:00:00Z,130,40\n" // 02:00, 03:00 missing
                                         "2022-01-01T04:00:00Z,100,10\n"
                                         "2022-01-01T05:00:00Z,80,10\n"  // 06:00 missing
                                         "2022-01-01T07:00:00Z,60,30\n",
                                         "DE.csv", "DE");
    ASSERT_TRUE(plain.ok()) << plain.status().message();
    EXPECT_EQ(plain->size(), 8u);
    EXPECT_EQ(plain->filledSteps(), 3u);
    ASSERT_TRUE(plain->hasEstimatedFlag());
    const double lifecycle[] = {100, 130, 130, 130, 100, 80, 80, 60};
    const double renewable[] = {10, 40, 40, 40, 10, 10, 10, 30};
    const bool estimated[] = {false, false, true, true, false, false, true, false};
    for (std::size_t i = 0; i < 8; ++i) {
        const IntensitySample s = plain->sample(i);
        EXPECT_DOUBLE_EQ(s.lifecycleGPerKwh, lifecycle[i]) << i;
        EXPECT_DOUBLE_EQ(*s.renewablePct, renewable[i]) << i;
        EXPECT_EQ(s.estimated, estimated[i]) << i;
    }
    // With a flag column, the recorded flags stay and the filled step is flagged.
    const auto flagged = parseIntensityCsv("timestamp_utc,carbon_intensity_gco2_per_kwh,is_estimated\n"
                                           "2022-01-01T00:00:00Z,100,true\n"
                                           "2022-01-01T01:00:00Z,200,false\n"
                                           "2022-01-01T03:00:00Z,300,false\n",
                                           "DE.csv", "DE");
    ASSERT_TRUE(flagged.ok()) << flagged.status().message();
    EXPECT_EQ(flagged->filledSteps(), 1u);
    EXPECT_TRUE(flagged->sample(0).estimated);
    EXPECT_FALSE(flagged->sample(1).estimated);
    EXPECT_TRUE(flagged->sample(2).estimated);
    EXPECT_DOUBLE_EQ(flagged->sample(2).lifecycleGPerKwh, 200.0);
    EXPECT_FALSE(flagged->sample(3).estimated);
    // The longest gap filled (6 missing hourly steps) and one step more.
    std::string six = "timestamp_utc,carbon_intensity_gco2_per_kwh\n2022-01-01T00:00:00Z,1\n2022-01-01T01:00:00Z,1\n";
    EXPECT_TRUE(parseIntensityCsv(six + "2022-01-01T08:00:00Z,1\n", "DE.csv", "DE").ok());
    EXPECT_FALSE(parseIntensityCsv(six + "2022-01-01T09:00:00Z,1\n", "DE.csv", "DE").ok());
}

TEST(TraceLoader, AByteOrderMarkIsNotPartOfTheHeader)
{
    const std::string body = "timestamp_utc,carbon_intensity_gco2_per_kwh\n2022-01-01T00:00:00Z,100\n"
                             "2022-01-01T01:00:00Z,120\n";
    const auto plain = parseIntensityCsv(body, "DE.csv", "DE");
    const auto marked = parseIntensityCsv("\xEF\xBB\xBF" + body, "DE.csv", "DE");
    ASSERT_TRUE(plain.ok() && marked.ok()) << marked.status().message();
    EXPECT_EQ(marked->size(), 2u);
    EXPECT_DOUBLE_EQ(marked->sample(1).lifecycleGPerKwh, 120.0);
}

TEST(TraceLoader, DetectsFiveMinuteStep)
{
    const auto result = loadIntensityCsv(kTraces / "good_5min.csv");
    ASSERT_TRUE(result.ok()) << result.status().message();
    EXPECT_EQ(result->step(), std::chrono::minutes{5});
    EXPECT_FALSE(result->hasDirect());
    EXPECT_FALSE(result->sample(0).directGPerKwh.has_value());
}

} // namespace
} // namespace greenlight
