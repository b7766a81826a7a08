// Hourly emission entries per job and site (what accounting settled), and the aggregates the
// executives' reports need.
//
//   EmissionsRepository emissions(db);
//   emissions.append(entries);
//   auto months = emissions.monthlyBySite(year2025);
#pragma once

#include "core/utctime.h"
#include "store/database.h"

#include <string>
#include <vector>

namespace greenlight {

struct EmissionEntry {
    std::string jobId;
    std::string siteId;
    UtcTime hour{};
    double itKwh = 0.0;
    double facilityKwh = 0.0;
    double locationBasedG = 0.0; // hourly grid average (GHG Protocol Scope 2, location-based)
    double marketBasedG = 0.0;   // after contractual instruments
};

struct MonthlySiteEmissions {
    std::string siteId;
    std::string month; // "2025-03"
    double itKwh = 0.0;
    double facilityKwh = 0.0;
    double locationBasedG = 0.0;
    double marketBasedG = 0.0;
    std::int64_t entries = 0;
};

class EmissionsRepository {
public:
    explicit EmissionsRepository(Database& db) : m_db(db) {}

    Status append(const std::vector<EmissionEntry>& entries); // all or none
    // Sorted by site, then month (UTC calendar months).
    Result<std::vector<MonthlySiteEmissions>> monthlyBySite(TimeWindow window);

private:
    Database& m_db;
};

} // namespace greenlight
