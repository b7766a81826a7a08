// Fleet files: mistakes an operator makes by hand are refused with the file, the line and
// what to write instead, never accepted as something else.
#include "core/fleet/fleet.h"

#include <gtest/gtest.h>

namespace greenlight {
namespace {

// One site "a" whose fields after the id are `site`, with user regions `regions`.
std::string fleetWith(const std::string& site, const std::string& regions = "")
{
    return "{\"name\": \"t\",\n" + regions + "\"sites\": [\n{\"id\": \"a\", \"name\": \"A\", " + site + "}\n]}";
}

const std::string kValid = R"("zone": "DE", "jurisdiction": "EU", "location": {"lat": 50, "lon": 8}, "gpus": {"A100": 8})";

TEST(FleetFile, HandMadeMistakesAreRefusedWithTheLine)
{
    struct Case {
        std::string text;
        std::string message;
    };
    const Case cases[] = {
        // A zone names a trace file: a path would read another file, or none.
        {fleetWith(R"("zone": "../carbon/DE", "jurisdiction": "EU", "location": {"lat": 50, "lon": 8}, "gpus": {"A100": 8})"),
         "t.json:3: site a: zone \"../carbon/DE\" must be a zone key"},
        {fleetWith(R"("zone": "DE", "jurisdiction": "EU", "location": {"lat": 50, "lon": 8}, "gpus": {"": 8})"),
         "t.json:3: site a: a GPU type needs a name"},
        // A typo in a region's name must not pass as a region nobody is routed from.
        {fleetWith(kValid + R"(, "latency_ms": {"mars": 5})", "\"user_regions\": {\"eu-west\": {\"lat\": 50, \"lon\": 5}},\n"),
         "t.json:4: site a: latency to mars, which is not a user region (eu-west)"},
        // A missing location is reported at the site, not at line 0.
        {fleetWith(R"("zone": "DE", "jurisdiction": "EU", "gpus": {"A100": 8})"),
         "t.json:3: site a: \"location\": needs \"lat\""},
        // "EU " and "eu" were jurisdictions of their own: pinned EU work lost those sites.
        {fleetWith(R"("zone": "DE", "jurisdiction": "EU ", "location": {"lat": 50, "lon": 8}, "gpus": {"A100": 8})"),
         "t.json:3: site a: \"jurisdiction\" \"EU \" begins or ends with a space"},
        {"{\"name\": \"t\", \"sites\": [\n{\"id\": \"a\", \"name\": \"A\", " + kValid +
             "},\n{\"id\": \"b\", \"name\": \"B\", \"zone\": \"FR\", \"jurisdiction\": \"eu\", "
             "\"location\": {\"lat\": 48, \"lon\": 2}, \"gpus\": {\"A100\": 8}}]}",
         "t.json:3: site b: jurisdiction \"eu\" is spelled \"EU\" at site a"},
        {fleetWith("\"zone\": \"DE\", \"jurisdiction\": \"EU\\u00a0\", \"location\": {\"lat\": 50, \"lon\": 8}, \"gpus\": {\"A100\": 8}"),
         "must be a code of visible ASCII characters without spaces"},
        // A residual mix for a zone no site uses is a typo (market-based Scope 2 ignored it).
        {fleetWith(kValid, "\"residual_mix_g_per_kwh\": {\"de\": 400},\n"),
         "t.json:2: residual_mix_g_per_kwh names zone \"de\", which no site uses"},
        // "no" was read as true: a fossil contract counted as renewable.
        {fleetWith(kValid + R"(, "instruments": [{"id": "c", "kind": "ppa-hourly", "capacity_kw": 5, "renewable": "no"}])"),
         "t.json:3: site a: instrument \"c\" needs \"renewable\": true or false"},
        // Not said: a gas contract was counted as renewable by default.
        {fleetWith(kValid + R"(, "instruments": [{"id": "gas", "kind": "ppa-hourly", "capacity_kw": 5, "g_per_kwh": 450,
                                                  "origin_zone": "DE"}])"),
         "t.json:3: site a: instrument \"gas\" needs \"renewable\": true or false"},
        // From another market: Norwegian GOs cannot cover a site in Singapore (Quality Criterion 6).
        {fleetWith(R"("zone": "SG", "jurisdiction": "SG", "location": {"lat": 1, "lon": 104}, "gpus": {"A100": 8},
                      "instruments": [{"id": "NO-GO-7", "kind": "certificate", "volume_kwh": 5, "vintage": 2023,
                                       "renewable": true, "origin_zone": "NO"}])"),
         "site a: instrument \"NO-GO-7\" comes from NO (European GO market (EECS)) but the site draws from SG (SG)"},
        {fleetWith(kValid + R"(, "instruments": [{"id": "x", "kind": "certificate", "volume_kwh": 5, "vintage": 2023,
                                                  "renewable": true}])"),
         "site a: instrument \"x\" needs \"origin_zone\""},
        {"{\"sites\": [\n{\"id\": \"a\", \"name\": \"A\", " + kValid + "}]}", "\"name\" must be a non-empty string"},
        // One contract typed twice ("p1", "P1", " p1") was claimed twice.
        {fleetWith(kValid + R"(, "instruments": [{"id": "p1", "kind": "certificate", "volume_kwh": 5, "vintage": 2023, "renewable": true, "origin_zone": "FR"},
                                                  {"id": "P1", "kind": "certificate", "volume_kwh": 5, "vintage": 2023, "renewable": true, "origin_zone": "FR"}])"),
         "an instrument may back one site only, whatever the case of its id"},
        {fleetWith(kValid + R"(, "instruments": [{"id": " p1", "kind": "certificate", "volume_kwh": 5, "vintage": 2023, "renewable": true, "origin_zone": "FR"}])"),
         "instrument id \" p1\" begins or ends with a space"},
    };
    for (const Case& c : cases) {
        const Result<Fleet> f = parseFleetJson(c.text, "t.json");
        ASSERT_FALSE(f.ok()) << c.text;
        EXPECT_NE(f.status().message().find(c.message), std::string::npos)
            << c.text << "\n  got: " << f.status().message();
    }
    const Result<Fleet> valid = parseFleetJson(
        fleetWith(kValid + R"(, "latency_ms": {"eu-west": 5})", "\"user_regions\": {\"eu-west\": {\"lat\": 50, \"lon\": 5}},\n"),
        "t.json");
    ASSERT_TRUE(valid.ok()) << valid.status().message();
    EXPECT_DOUBLE_EQ(valid->sites()[0].latencyMsByRegion.at("eu-west"), 5.0);
}

} // namespace
} // namespace greenlight
