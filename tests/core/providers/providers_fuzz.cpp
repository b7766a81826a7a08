// libFuzzer entry for every provider parser (clang only):
//   cmake -S . -B build-fuzz -G Ninja -DCMAKE_CXX_COMPILER=clang++ -DGREENLIGHT_BUILD_UI=OFF \
//         -DGREENLIGHT_FUZZ=ON && ninja -C build-fuzz providers_fuzz
//   build-fuzz/bin/providers_fuzz -max_total_time=60 tests/fixtures/providers/*/
#include "core/providers/electricitymapsparser.h"
#include "core/providers/ukcarbonparser.h"
#include "core/providers/watttimeparser.h"

#include <cstddef>
#include <cstdint>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    using namespace greenlight;
    const std::string_view body(reinterpret_cast<const char*>(data), size);
    (void)parseElectricityMapsLatest(body, {});
    (void)parseElectricityMapsHistory(body, {});
    (void)parseElectricityMapsForecast(body, {});
    (void)parseElectricityMapsPowerBreakdown(body, {});
    (void)parseWattTimeLogin(body);
    (void)parseWattTimeRegion(body);
    (void)parseWattTimeData(body, {}, ValueKind::Forecast);
    (void)parseUkNational(body, {});
    (void)parseUkRegional(body, {});
    (void)parseUkGeneration(body, {});
    return 0;
}
