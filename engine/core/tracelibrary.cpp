#include "tracelibrary.h"

#include "traceloader.h"

#include <algorithm>
#include <atomic>
#include <optional>
#include <thread>

namespace greenlight {

TraceLibrary::TraceLibrary(std::vector<IntensitySeries> series)
{
    for (IntensitySeries& s : series) {
        std::string key = s.zoneKey();
        m_series.insert_or_assign(std::move(key), std::move(s));
    }
}

const IntensitySeries* TraceLibrary::find(std::string_view zoneKey) const
{
    const auto it = m_series.find(zoneKey);
    return it == m_series.end() ? nullptr : &it->second;
}

std::vector<std::string> TraceLibrary::zoneKeys() const
{
    std::vector<std::string> keys;
    keys.reserve(m_series.size());
    for (const auto& entry : m_series)
        keys.push_back(entry.first);
    return keys;
}

std::size_t TraceLibrary::totalSamples() const
{
    std::size_t total = 0;
    for (const auto& entry : m_series)
        total += entry.second.size();
    return total;
}

TraceLoadReport loadTraceDirectory(const std::filesystem::path& dir, unsigned threads)
{
    TraceLoadReport report;
    std::error_code ec;
    std::vector<std::filesystem::path> files;
    for (std::filesystem::directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec)) {
        const auto& path = it->path();
        if (path.extension() == ".csv" && path.filename() != "zones.csv")
            files.push_back(path);
    }
    if (ec) {
        report.errors.emplace_back(StatusCode::NotFound,
                                   "cannot list " + dir.string() + ": " + ec.message(),
                                   "trace loader");
        return report;
    }
    std::sort(files.begin(), files.end());

    // Each slot is written by exactly one worker; no locks needed.
    std::vector<std::optional<Result<IntensitySeries>>> results(files.size());
    std::atomic<std::size_t> next{0};
    auto work = [&] {
        for (std::size_t i = next++; i < files.size(); i = next++)
            results[i].emplace(loadIntensityCsv(files[i]));
    };
    if (threads == 0)
        threads = std::max(1u, std::thread::hardware_concurrency());
    threads = std::min<unsigned>(threads, static_cast<unsigned>(std::max<std::size_t>(1, files.size())));
    {
        std::vector<std::jthread> workers;
        for (unsigned t = 1; t < threads; ++t)
            workers.emplace_back(work);
        work();
    }

    std::vector<IntensitySeries> series;
    for (auto& result : results) {
        if (result->ok())
            series.push_back(std::move(*result).value());
        else
            report.errors.push_back(result->status());
    }
    report.library = TraceLibrary(std::move(series));
    return report;
}

} // namespace greenlight
