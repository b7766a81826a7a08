// Shared pieces of the store tests: a fresh database file per test, a clock the test moves, and
// a valid proposal to vary.
#pragma once

#include "core/proposal/proposal.h"
#include "store/database.h"

#include <filesystem>
#include <string>

namespace greenlight::testing {

inline const UtcTime kT0 = UtcTime{Seconds{1'735'689'600}}; // 2025-01-01T00:00:00Z

// A new empty folder under the system temp dir, removed by the destructor.
class TempDir {
public:
    TempDir();
    ~TempDir();
    TempDir(const TempDir&) = delete;
    TempDir& operator=(const TempDir&) = delete;
    const std::filesystem::path& path() const { return m_path; }
    std::filesystem::path file(const std::string& name) const { return m_path / name; }

private:
    std::filesystem::path m_path;
};

struct TestClock {
    UtcTime now = kT0;
    UtcTime operator()() const { return now; }
};

// A deferral of 1 h at fra1 (EU) that saves 1.2 kg (band 0.6–1.8 kg) with 10 h of slack.
Proposal deferral(const std::string& id);
// The same job moved to `site` in `jurisdiction`.
Proposal migration(const std::string& id, const std::string& site, const std::string& jurisdiction);

// Runs SQL on a connection of its own (as a tamperer with the file would), failing the test on error.
void rawSql(const std::filesystem::path& db, const std::string& sql);

} // namespace greenlight::testing
