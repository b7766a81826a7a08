// The pull parser agrees with the engine's strict JSON reader on what is JSON, decodes strings the
// same way, and every provider parser survives mutated real bodies (deterministic fuzzing that
// runs in every build; tests/core/providers/providers_fuzz.cpp is the libFuzzer entry).
#include "fixture.h"

#include "core/json/json.h"
#include "core/providers/electricitymapsparser.h"
#include "core/providers/jsonscanner.h"
#include "core/providers/ukcarbonparser.h"
#include "core/providers/watttimeparser.h"

#include <gtest/gtest.h>

#include <random>

namespace greenlight {
namespace {

bool scannerAccepts(std::string_view text)
{
    JsonScanner s(text);
    return s.skip() && s.atEnd();
}

TEST(JsonScanner, AgreesWithTheStrictReader)
{
    const char* cases[] = {
        "{}", "[]", "0", "-0", "1.5e3", "\"a\\u00e9\\ud83d\\ude00\"", "[1,2,[3,{\"a\":null}]]",
        " {\"a\" : true , \"b\":false}\n", "01", ".5", "+1", "1e", "[1,]", "{\"a\":1,}", "{,}",
        "[1 2]", "{\"a\" 1}", "\"\\x\"", "\"tab\there\"", "nul", "tru", "[", "{\"a\":",
        "1e400", "NaN", "Infinity", "\"unterminated", "{} {}", "[\"\\u12\"]", "{\"a\":[1,{\"b\":[]}]}",
    };
    for (const char* c : cases)
        EXPECT_EQ(scannerAccepts(c), parseJson(c, "t").ok()) << c;
    // Stricter than engine/core/json, which accepts both (RFC 8259 does not).
    EXPECT_FALSE(scannerAccepts("1."));
    EXPECT_FALSE(scannerAccepts("\"\\ud800\""));
}

TEST(JsonScanner, DecodesEscapes)
{
    JsonScanner s("\"caf\\u00e9 \\ud83d\\ude00 \\\"q\\\" \\/\"");
    std::string out;
    ASSERT_TRUE(s.readString(out));
    EXPECT_EQ(out, "café 😀 \"q\" /");
}

TEST(JsonScanner, DeepNestingIsAnErrorNotAStackOverflow)
{
    const std::string deep(100000, '[');
    JsonScanner s(deep);
    EXPECT_FALSE(s.skip());
    EXPECT_NE(s.error().find("nested too deeply"), std::string::npos);
}

TEST(ProviderParsers, SurviveMutatedRealBodies)
{
    const char* files[] = {
        "electricitymaps/carbon-intensity-history_DE.json",
        "electricitymaps/carbon-intensity-latest_US-CAR-DUK.json",
        "electricitymaps/synthetic_forecast_DE.json",
        "electricitymaps/synthetic_power-breakdown_DE.json",
        "watttime/forecast_v3_ASSEMBLED_envelope.json",
        "uk-carbon-intensity/synthetic_regional_period-keyed.json",
        "uk-carbon-intensity/synthetic_regional_region-keyed.json",
    };
    std::mt19937 rng(20240306); // fixed: the same mutations every run
    const char alphabet[] = "{}[]\",:0123456789.-eE ntfu\\ax\x00\xff";
    for (const char* file : files) {
        const std::string body = test::providerFixture(file);
        for (int round = 0; round < 300; ++round) {
            std::string m = body;
            const int edits = 1 + static_cast<int>(rng() % 4);
            for (int e = 0; e < edits && !m.empty(); ++e) {
                const std::size_t at = rng() % m.size();
                switch (rng() % 3) {
                case 0: m[at] = alphabet[rng() % (sizeof alphabet - 1)]; break;
                case 1: m.erase(at, 1 + rng() % 8); break;
                default: m.insert(at, 1, alphabet[rng() % (sizeof alphabet - 1)]); break;
                }
            }
            // Any outcome is fine except a crash, a hang or a value outside the checked ranges.
            for (auto r : {parseElectricityMapsLatest(m, {}), parseElectricityMapsHistory(m, {}),
                           parseElectricityMapsForecast(m, {}),
                           parseWattTimeData(m, {}, ValueKind::Forecast)}) {
                if (r.ok()) {
                    for (const ProviderReading& p : r.value())
                        ASSERT_TRUE(p.value >= 0.0 && p.value <= 3000.0) << file;
                }
            }
            (void)parseElectricityMapsPowerBreakdown(m, {});
            (void)parseUkNational(m, {});
            (void)parseUkRegional(m, {});
            (void)parseUkGeneration(m, {});
        }
    }
}

} // namespace
} // namespace greenlight
