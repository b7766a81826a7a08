// Reads a provider fixture (tests/fixtures/providers/<path>) into a string.
//
//   std::string body = providerFixture("electricitymaps/carbon-intensity-history_DE.json");
//   auto r = parseElectricityMapsHistory(body, at("2024-03-06T20:00:00Z"));
#pragma once

#include "core/utctime.h"

#include <fstream>
#include <sstream>
#include <stdexcept>
#include <string>

namespace greenlight::test {

inline std::string providerFixture(const std::string& path)
{
    std::ifstream in(std::string(GREENLIGHT_FIXTURES_DIR) + "/providers/" + path, std::ios::binary);
    if (!in)
        throw std::runtime_error("missing fixture " + path);
    std::ostringstream out;
    out << in.rdbuf();
    return out.str();
}

inline UtcTime at(const char* iso)
{
    return parseIsoUtc(iso).value();
}

} // namespace greenlight::test
