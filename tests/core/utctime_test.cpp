#include "core/utctime.h"

#include <gtest/gtest.h>

namespace greenlight {
namespace {

TEST(UtcTime, ParsesAndFormatsRoundTrip)
{
    for (const char* text : {"2021-01-01T00:00:00Z", "2024-02-29T23:59:59Z", "1999-12-31T12:34:56Z"})
        EXPECT_EQ(formatIsoUtc(*parseIsoUtc(text)), text);
    EXPECT_EQ(formatIsoUtc(*parseIsoUtc("2022-03-01T12:00Z")), "2022-03-01T12:00:00Z");
    EXPECT_EQ(formatIsoUtc(*parseIsoUtc("2022-03-01T12:00:00+00:00")), "2022-03-01T12:00:00Z");
}

TEST(UtcTime, RejectsMalformedOrNonUtcText)
{
    for (const char* text :
         {"", "2022-01-01", "2022-01-01T00:00:00", "2022-02-29T00:00:00Z", "2022-13-01T00:00:00Z",
          "2022-01-32T00:00:00Z", "2022-01-01T24:00:00Z", "2022-01-01T00:60:00Z",
          "2022-01-01T00:00:60Z", "2022-01-01T00:00:00+01:00", "2022-1-01T00:00:00Z",
          "2022-01-01T00:00:00Zjunk", "abcd-01-01T00:00:00Z"})
        EXPECT_FALSE(parseIsoUtc(text).has_value()) << text;
}

// Cluster exports write instants with fractions of a second and local offsets; they are the
// same UTC instants (the workload loader refused them). A time without a zone stays refused.
TEST(UtcTime, InstantsWithFractionsAndOffsetsAreConvertedToUtc)
{
    const UtcTime t = *parseIsoUtc("2022-06-02T23:09:41Z");
    EXPECT_EQ(parseIsoInstant("2022-06-02T23:09:41Z"), t);
    EXPECT_EQ(parseIsoInstant("2022-06-02T23:09:41.250Z"), t);
    EXPECT_EQ(parseIsoInstant("2022-06-02T23:09:41,999999Z"), t);
    EXPECT_EQ(parseIsoInstant("2022-06-03T01:09:41+02:00"), t);
    EXPECT_EQ(parseIsoInstant("2022-06-03T01:09:41.5+0200"), t);
    EXPECT_EQ(parseIsoInstant("2022-06-02T18:09:41-05:00"), t);
    EXPECT_EQ(parseIsoInstant("2022-06-02 23:09:41Z"), t);
    EXPECT_EQ(parseIsoInstant("2022-06-02T23:09Z"), t - Seconds{41});
    // Across midnight and a year boundary.
    EXPECT_EQ(parseIsoInstant("2023-01-01T01:30:00+02:00"), parseIsoUtc("2022-12-31T23:30:00Z"));
    for (const char* text : {"2022-06-02T23:09:41", "2022-06-02T23:09:41.Z", "2022-06-02T23:09:41+2:00",
                             "2022-06-02T23:09:41+24:00", "2022-06-02T23:09:41+02:60", "2022-06-02T23:09:41 +02:00",
                             "2022-06-02T23:09:41.5", "2022-02-30T00:00:00+01:00", "2022-06-02T23:09:41Zjunk"})
        EXPECT_FALSE(parseIsoInstant(text).has_value()) << text;
}

TEST(UtcTime, SplitsCalendarParts)
{
    const UtcParts p = splitUtc(*parseIsoUtc("2024-12-31T06:15:30Z"));
    EXPECT_EQ(p.year, 2024);
    EXPECT_EQ(p.month, 12u);
    EXPECT_EQ(p.day, 31u);
    EXPECT_EQ(p.weekday, 2u); // Tuesday
    EXPECT_EQ(p.dayOfYear, 365u);
    EXPECT_EQ(p.timeOfDay, Seconds{6 * 3600 + 15 * 60 + 30});
}

} // namespace
} // namespace greenlight
