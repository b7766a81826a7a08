// All carbon-intensity traces the engine knows, keyed by zone. Immutable once loaded, so it can be
// shared between threads without locks.
//
//   TraceLoadReport report = loadTraceDirectory(dataDir / "carbon");
//   for (const Status& e : report.errors) warn(e.message()); // bad files are named, not hidden
//   const IntensitySeries* de = report.library.find("DE");
#pragma once

#include "intensityseries.h"
#include "status.h"

#include <filesystem>
#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace greenlight {

class TraceLibrary {
public:
    TraceLibrary() = default;
    explicit TraceLibrary(std::vector<IntensitySeries> series);

    const IntensitySeries* find(std::string_view zoneKey) const;
    std::vector<std::string> zoneKeys() const;
    std::size_t size() const { return m_series.size(); }
    std::size_t totalSamples() const;

private:
    std::map<std::string, IntensitySeries, std::less<>> m_series;
};

struct TraceLoadReport {
    TraceLibrary library;
    std::vector<Status> errors; // one per file that could not be loaded
};

// Loads every <ZONE>.csv in `dir` except zones.csv, on up to `threads` threads (0 = one per
// core). A bad file is reported in `errors` and the others still load.
TraceLoadReport loadTraceDirectory(const std::filesystem::path& dir, unsigned threads = 0);

} // namespace greenlight
