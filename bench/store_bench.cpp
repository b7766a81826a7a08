// Store figures: ingest of intensity readings (rows/s), a year's emissions aggregated by site and
// month (ms), and a full audit-chain verification (ms). Real SQLite files in the temp folder,
// WAL + synchronous=FULL as shipped.
//   store_bench --benchmark_filter='/1000000|/100000|Year'
#include "store/auditlog.h"
#include "store/emissionsrepository.h"
#include "store/readingrepository.h"
#include "store/storefile.h"

#include <benchmark/benchmark.h>

#include <filesystem>
#include <string>
#include <unistd.h>

using namespace greenlight;

namespace {

const UtcTime kYearStart = UtcTime{Seconds{1'735'689'600}}; // 2025-01-01T00:00:00Z

std::filesystem::path freshDatabase(const std::string& name)
{
    const auto path = std::filesystem::temp_directory_path()
        / ("greenlight-bench-" + std::to_string(::getpid()) + "-" + name + ".db");
    for (const char* suffix : {"", "-wal", "-shm"})
        std::filesystem::remove(path.string() + suffix);
    return path;
}

void removeDatabase(const std::filesystem::path& path)
{
    for (const char* suffix : {"", "-wal", "-shm"})
        std::filesystem::remove(path.string() + suffix);
}

// 1 M readings = 114 zones × a year of hours, roughly; ingested in provider-sized batches.
void BM_IngestReadings(benchmark::State& state)
{
    const auto rows = static_cast<std::int64_t>(state.range(0));
    constexpr std::int64_t kBatch = 10'000;
    std::vector<StoredReading> batch;
    batch.reserve(kBatch);
    for (auto _ : state) {
        state.PauseTiming();
        const auto path = freshDatabase("ingest");
        Database db = std::move(openStore(path).value());
        ReadingRepository readings(db);
        state.ResumeTiming();
        for (std::int64_t done = 0; done < rows; done += kBatch) {
            batch.clear();
            for (std::int64_t i = done; i < std::min(rows, done + kBatch); ++i) {
                const std::int64_t zone = i / 8760;
                const UtcTime t = kYearStart + Hours{i % 8760};
                batch.push_back({"electricitymaps", "Z" + std::to_string(zone), "lifecycle", t, t + Seconds{300},
                                 100.0 + static_cast<double>(i % 500), false});
            }
            if (!readings.upsert(batch).isOk())
                state.SkipWithError("ingest failed");
        }
        state.PauseTiming();
        removeDatabase(path);
        state.ResumeTiming();
    }
    state.SetItemsProcessed(state.iterations() * rows);
}
BENCHMARK(BM_IngestReadings)->Arg(10'000)->Arg(1'000'000)->Unit(benchmark::kMillisecond)->Iterations(1);

// 16 sites × 8,760 hours × 3 job entries per site-hour: 420,480 rows, summed by site and month.
void BM_YearOfEmissionsBySiteAndMonth(benchmark::State& state)
{
    const auto path = freshDatabase("emissions");
    Database db = std::move(openStore(path).value());
    EmissionsRepository emissions(db);
    std::vector<EmissionEntry> entries;
    for (int site = 0; site < 16; ++site) {
        for (int hour = 0; hour < 8760; ++hour) {
            for (int job = 0; job < 3; ++job) {
                entries.push_back({"job-" + std::to_string(site * 10 + job), "site-" + std::to_string(site),
                                   kYearStart + Hours{hour}, 4.0, 5.2, 1500.0 + hour % 300, 900.0});
            }
        }
    }
    if (!emissions.append(entries).isOk())
        state.SkipWithError("setup failed");
    std::size_t groups = 0;
    for (auto _ : state) {
        auto months = emissions.monthlyBySite({kYearStart, kYearStart + Days{365}});
        groups = months.ok() ? months->size() : 0;
        benchmark::DoNotOptimize(groups);
    }
    state.counters["rows"] = static_cast<double>(entries.size());
    state.counters["groups"] = static_cast<double>(groups);
    removeDatabase(path);
}
BENCHMARK(BM_YearOfEmissionsBySiteAndMonth)->Unit(benchmark::kMillisecond);

void BM_AuditVerify(benchmark::State& state)
{
    const auto records = state.range(0);
    const auto path = freshDatabase("audit");
    Database db = std::move(openStore(path).value());
    AuditLog log(db);
    {
        Transaction tx(db);
        for (std::int64_t i = 1; i <= records; ++i) {
            if (!log.append({kYearStart + Seconds{i}, "olga", "operator", "proposal.approve", "proposal",
                             "P-" + std::to_string(i), {"fits the SLO", "saves 1.2 kg"},
                             "{\"expected_saving_g\":1200,\"delay_s\":3600}"}).ok())
                state.SkipWithError("setup failed");
        }
        (void)tx.commit();
    }
    bool intact = false;
    for (auto _ : state) {
        auto v = log.verify();
        intact = v.ok() && v->intact && v->recordsChecked == records;
        benchmark::DoNotOptimize(intact);
    }
    if (!intact)
        state.SkipWithError("the chain did not verify");
    state.SetItemsProcessed(state.iterations() * records);
    removeDatabase(path);
}
BENCHMARK(BM_AuditVerify)->Arg(1'000)->Arg(100'000)->Unit(benchmark::kMillisecond);

} // namespace

BENCHMARK_MAIN();
