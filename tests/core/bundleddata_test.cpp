// The data we ship must load cleanly: every trace, the zone catalogue and its locations.
#include "core/tracelibrary.h"
#include "core/traceloader.h"
#include "core/zone.h"

#include <gtest/gtest.h>

namespace greenlight {
namespace {

const std::filesystem::path kData = GREENLIGHT_DATA_DIR;

TEST(BundledData, EveryTraceLoadsWithoutErrors)
{
    const TraceLoadReport report = loadTraceDirectory(kData / "carbon");
    for (const Status& e : report.errors)
        ADD_FAILURE() << e.message();
    EXPECT_EQ(report.library.size(), 82u);
    const IntensitySeries* de = report.library.find("DE");
    ASSERT_NE(de, nullptr);
    EXPECT_EQ(de->size(), 26280u);
    EXPECT_EQ(formatIsoUtc(de->start()), "2021-01-01T00:00:00Z");
    EXPECT_TRUE(de->hasDirect());
    // Published first row of the DE file.
    EXPECT_DOUBLE_EQ(de->sample(0).lifecycleGPerKwh, 526.77);
    const IntensitySeries* fr = report.library.find("FR");
    ASSERT_NE(fr, nullptr);
    EXPECT_EQ(fr->size(), 8760u);
    EXPECT_FALSE(fr->hasDirect());
}

TEST(BundledData, FiveMinuteTraceLoads)
{
    const auto dk1 = loadIntensityCsv(kData / "carbon-5min" / "DK-DK1.csv");
    ASSERT_TRUE(dk1.ok()) << dk1.status().message();
    EXPECT_EQ(dk1->step(), std::chrono::minutes{5});
    EXPECT_EQ(dk1->size(), 105408u);
}

TEST(BundledData, EveryTraceHasACatalogueZoneWithALocation)
{
    const auto catalog = loadZoneCatalog(kData / "carbon" / "zones.csv", kData / "zone_locations.csv");
    ASSERT_TRUE(catalog.ok()) << catalog.status().message();
    EXPECT_EQ(catalog->zones().size(), 82u);
    const TraceLoadReport report = loadTraceDirectory(kData / "carbon");
    for (const std::string& key : report.library.zoneKeys())
        EXPECT_NE(catalog->find(key), nullptr) << key;
    EXPECT_EQ(catalog->find("GB")->countryIsoNumeric, 826);
}

} // namespace
} // namespace greenlight
