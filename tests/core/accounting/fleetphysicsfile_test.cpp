#include "core/fleet/fleet.h"

#include <gtest/gtest.h>

namespace greenlight {
namespace {

std::string fleetWith(const std::string& siteExtra, const std::string& top = "")
{
    return R"({"name": "t", )" + top + R"("sites": [
        {"id": "fra1", "name": "F", "zone": "DE", "jurisdiction": "EU",
         "location": {"lat": 50.1, "lon": 8.7}, "gpus": {"A100": 8})" +
           siteExtra + "}]}";
}

TEST(FleetPhysicsFile, CoolingParamsDefaultPerTypeAndOverride)
{
    const Result<Fleet> f = parseFleetJson(
        fleetWith(R"(, "cooling": "direct-to-chip", "cooling_params": {"liquid_supply_c": 40,
                  "heat_rejection": "dry"})"),
        "t.json");
    ASSERT_TRUE(f.ok()) << f.status().message();
    const Site& s = f->sites()[0];
    ASSERT_TRUE(s.coolingParams.has_value());
    EXPECT_DOUBLE_EQ(s.coolingParams->liquidSupplyC, 40.0);
    EXPECT_EQ(s.coolingParams->rejection, HeatRejection::Dry);
    EXPECT_DOUBLE_EQ(s.coolingParams->liquidShare, 0.75); // the type's default
}

TEST(FleetPhysicsFile, OldFilesStayValid)
{
    const Result<Fleet> f =
        parseFleetJson(fleetWith(R"(, "pue": 1.3, "cooling": "air")"), "t.json");
    ASSERT_TRUE(f.ok()) << f.status().message();
    EXPECT_FALSE(f->sites()[0].coolingParams.has_value());
    EXPECT_FALSE(f->sites()[0].heatReuse.enabled());
    EXPECT_TRUE(f->sites()[0].instruments.empty());
}

TEST(FleetPhysicsFile, BadSiteParametersAreRejectedWithAClearError)
{
    struct Case {
        std::string extra;
        std::string message;
    };
    const Case cases[] = {
        {R"(, "pue": 0.9)", "t.json:3: site fra1: \"pue\" must be a number in 1.0"},
        {R"(, "cooling": "liquid-nitrogen")", "unknown cooling type \"liquid-nitrogen\""},
        {R"(, "heat_reuse": {"contracted_kw_th": -50})",
         "\"contracted_kw_th\" is -50; a capacity must be ≥ 0"},
        {R"(, "cooling_params": {"electrical_losses": -0.1})", "\"electrical_losses\" is -0.1"},
        {R"(, "cooling_params": {"heat_rejection": "magic"})", "unknown heat rejection"},
        {R"(, "instruments": [{"id": "p", "kind": "ppa-hourly", "capacity_kw": -5}])",
         "instrument p: an hourly PPA needs \"capacity_kw\" > 0"},
        {R"(, "instruments": [{"id": "g", "kind": "certificate", "volume_kwh": 5}])",
         "certificates need a \"vintage\" year"},
        {R"(, "climate": {"temperature_c": [1, 2], "relative_humidity_pct": [], "source": "x"})",
         "needs 12 monthly values"},
    };
    for (const Case& c : cases) {
        const Result<Fleet> f = parseFleetJson(fleetWith(c.extra), "t.json");
        ASSERT_FALSE(f.ok()) << c.extra;
        EXPECT_NE(f.status().message().find(c.message), std::string::npos)
            << c.extra << "\n  got: " << f.status().message();
    }
}

TEST(FleetPhysicsFile, OneInstrumentCannotBackTwoSites)
{
    const std::string text = R"({"name": "t", "sites": [
        {"id": "a", "name": "A", "zone": "NO", "jurisdiction": "NO", "location": {"lat": 60, "lon": 10},
         "gpus": {"A100": 8}, "instruments": [{"id": "GO-1", "kind": "certificate", "volume_kwh": 1000, "vintage": 2023,
                                            "renewable": true, "origin_zone": "NO"}]},
        {"id": "b", "name": "B", "zone": "SE-SE3", "jurisdiction": "EU", "location": {"lat": 59, "lon": 18},
         "gpus": {"A100": 8}, "instruments": [{"id": "GO-1", "kind": "certificate", "volume_kwh": 1000, "vintage": 2023,
                                            "renewable": true, "origin_zone": "SE-SE3"}]}
    ]})";
    const Result<Fleet> f = parseFleetJson(text, "t.json");
    ASSERT_FALSE(f.ok());
    EXPECT_NE(f.status().message().find("\"GO-1\" is claimed by sites a and b"), std::string::npos)
        << f.status().message();
}

TEST(FleetPhysicsFile, ResidualMixIsReadPerZone)
{
    const Result<Fleet> f =
        parseFleetJson(fleetWith("", R"("residual_mix_g_per_kwh": {"DE": 612.5}, )"), "t.json");
    ASSERT_TRUE(f.ok()) << f.status().message();
    EXPECT_EQ(f->residualMixFor("DE"), 612.5);
    EXPECT_FALSE(f->residualMixFor("FR").has_value());
}

} // namespace
} // namespace greenlight
