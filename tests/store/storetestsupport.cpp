#include "storetestsupport.h"

#include <gtest/gtest.h>
#include <sqlite3.h>

#include <atomic>
#include <unistd.h>

namespace greenlight::testing {

TempDir::TempDir()
{
    static std::atomic<int> counter{0};
    m_path = std::filesystem::temp_directory_path()
        / ("greenlight-store-" + std::to_string(::getpid()) + "-" + std::to_string(counter++));
    std::filesystem::remove_all(m_path);
    std::filesystem::create_directories(m_path);
}

TempDir::~TempDir()
{
    std::error_code ignored;
    std::filesystem::remove_all(m_path, ignored);
}

Proposal deferral(const std::string& id)
{
    Proposal p;
    p.id = id;
    p.policy = "carbon-window";
    p.kind = ProposalKind::Defer;
    p.jobId = "job-" + id;
    p.sourceSite = "fra1";
    p.targetSite = "fra1";
    p.sourceJurisdiction = "EU";
    p.targetJurisdiction = "EU";
    p.originalStart = kT0 + Hours{1};
    p.plannedStart = kT0 + Hours{2};
    p.deadline = kT0 + Hours{14};
    p.runDuration = Hours{2};
    p.expectedSavingG = 1200.0;
    p.savingLowG = 600.0;
    p.savingHighG = 1800.0;
    p.reasons = {"DE is 40 % cleaner from 02:00 when wind picks up"};
    return p;
}

Proposal migration(const std::string& id, const std::string& site, const std::string& jurisdiction)
{
    Proposal p = deferral(id);
    p.policy = "spatiotemporal";
    p.kind = ProposalKind::Migrate;
    p.targetSite = site;
    p.targetJurisdiction = jurisdiction;
    p.plannedStart = p.originalStart;
    p.reasons = {site + " runs on hydro power now"};
    return p;
}

void rawSql(const std::filesystem::path& db, const std::string& sql)
{
    sqlite3* handle = nullptr;
    ASSERT_EQ(sqlite3_open(db.c_str(), &handle), SQLITE_OK);
    char* error = nullptr;
    const int rc = sqlite3_exec(handle, sql.c_str(), nullptr, nullptr, &error);
    const std::string message = error != nullptr ? error : "";
    sqlite3_free(error);
    sqlite3_close(handle);
    ASSERT_EQ(rc, SQLITE_OK) << message << "\nin: " << sql;
}

} // namespace greenlight::testing
