// Provider parsing: an Electricity Maps history body of 10,000 hourly records (the recorded DE
// record repeated with consecutive hours, same field layout as the live API), parsed into
// provider readings. Goal from issue 5: well under 10 ms.
#include "core/json/json.h"
#include "core/providers/electricitymapsparser.h"
#include "core/providers/ukcarbonparser.h"
#include "core/providers/watttimeparser.h"

#include <benchmark/benchmark.h>

#include <string>

namespace {

using namespace greenlight;

std::string historyBody(int records)
{
    std::string body = "{\"zone\":\"DE\",\"history\":[";
    const UtcTime start = parseIsoUtc("2023-01-01T00:00:00Z").value();
    for (int i = 0; i < records; ++i) {
        const std::string t = formatIsoUtc(start + Hours{i});
        if (i > 0)
            body += ',';
        body += "{\"zone\":\"DE\",\"carbonIntensity\":" + std::to_string(300 + (i * 37) % 400)
            + ",\"datetime\":\"" + t.substr(0, 19) + ".000Z\",\"updatedAt\":\"" + t.substr(0, 19)
            + ".512Z\",\"createdAt\":\"" + t.substr(0, 19)
            + ".346Z\",\"emissionFactorType\":\"lifecycle\",\"isEstimated\":"
            + (i % 10 == 0 ? "true,\"estimationMethod\":\"TIME_SLICER_AVERAGE\"}"
                           : "false,\"estimationMethod\":null}");
    }
    body += "]}";
    return body;
}

void BM_ElectricityMapsHistory(benchmark::State& state)
{
    const std::string body = historyBody(static_cast<int>(state.range(0)));
    const UtcTime fetched = parseIsoUtc("2024-01-01T00:00:00Z").value();
    for (auto _ : state) {
        auto r = parseElectricityMapsHistory(body, fetched);
        if (!r.ok() || r->size() != static_cast<std::size_t>(state.range(0)))
            state.SkipWithError("parse failed");
        benchmark::DoNotOptimize(r);
    }
    state.SetItemsProcessed(state.iterations() * state.range(0));
    state.SetBytesProcessed(state.iterations() * static_cast<int64_t>(body.size()));
}
BENCHMARK(BM_ElectricityMapsHistory)->Arg(24)->Arg(10'000)->Unit(benchmark::kMillisecond);

// The generic JSON reader alone, to see how much of the above is the document tree.
void BM_JsonTreeOnly(benchmark::State& state)
{
    const std::string body = historyBody(static_cast<int>(state.range(0)));
    for (auto _ : state) {
        auto r = parseJson(body, "history");
        benchmark::DoNotOptimize(r);
    }
    state.SetItemsProcessed(state.iterations() * state.range(0));
}
BENCHMARK(BM_JsonTreeOnly)->Arg(10'000)->Unit(benchmark::kMillisecond);

} // namespace

BENCHMARK_MAIN();
