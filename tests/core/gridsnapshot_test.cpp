#include "core/gridsnapshot.h"

#include <gtest/gtest.h>

namespace greenlight {
namespace {

TEST(GridSnapshot, ReadsEachZoneAtTheInstantAndMarksMissingOnes)
{
    IntensitySeries::Columns c;
    c.lifecycleGPerKwh = {100, 200, 300};
    c.estimated = {0, 1, 0};
    const UtcTime t0 = *parseIsoUtc("2022-01-01T00:00:00Z");
    TraceLibrary library({IntensitySeries::create("DE", t0, Hours{1}, c).value()});
    const ZoneCatalog zones({Zone{"DE", "Germany", "Germany", 276, {}, {}},
                             Zone{"FR", "France", "France", 250, {}, {}}});

    const GridSnapshot snapshot = takeGridSnapshot(library, zones, t0 + std::chrono::minutes{90});
    const ZoneReading* de = snapshot.find("DE");
    ASSERT_NE(de, nullptr);
    EXPECT_TRUE(de->available);
    EXPECT_EQ(de->origin, ReadingOrigin::Replayed);
    EXPECT_DOUBLE_EQ(de->sample.lifecycleGPerKwh, 200.0);
    EXPECT_TRUE(de->sample.estimated);
    EXPECT_EQ(de->sample.time, t0 + Hours{1});
    EXPECT_FALSE(snapshot.find("FR")->available); // no trace
    EXPECT_FALSE(takeGridSnapshot(library, zones, t0 + Hours{3}).find("DE")->available);
}

} // namespace
} // namespace greenlight
