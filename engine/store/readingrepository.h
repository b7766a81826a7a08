// Carbon-intensity readings and forecasts exactly as providers issued them, for the dashboards
// and for back-testing forecasts later (a forecast is never overwritten by a newer issue).
//
//   ReadingRepository readings(db);
//   readings.upsert(batch);                       // one transaction per batch
//   auto day = readings.range("electricitymaps", "DE", "lifecycle", window);
#pragma once

#include "core/utctime.h"
#include "store/database.h"

#include <optional>
#include <string>
#include <vector>

namespace greenlight {

struct StoredReading {
    std::string provider; // "electricitymaps", "watttime", "carbonintensity.org.uk", "replay"
    std::string zone;
    std::string signal;   // "lifecycle", "direct", "marginal", "percentile"
    UtcTime validTime{};
    UtcTime fetchedTime{};
    double gPerKwh = 0.0; // a percentile for signal "percentile", never an emission rate
    bool estimated = false;
};

struct StoredForecastPoint {
    std::string provider;
    std::string zone;
    std::string signal;
    UtcTime issuedAt{};
    UtcTime validTime{};
    double gPerKwh = 0.0;
    std::optional<double> lowerGPerKwh;
    std::optional<double> upperGPerKwh;
};

class ReadingRepository {
public:
    explicit ReadingRepository(Database& db) : m_db(db) {}

    // Inserts, or replaces a stored value for the same (provider, zone, signal, time) only with
    // a later fetch (providers revise estimates). All rows or none.
    Status upsert(const std::vector<StoredReading>& readings);
    Result<std::vector<StoredReading>> range(const std::string& provider, const std::string& zone,
                                             const std::string& signal, TimeWindow window);

    // Stores an issued forecast as is; re-storing the same issue is a no-op.
    Status insertForecast(const std::vector<StoredForecastPoint>& points);
    // The forecast issued most recently at or before `asOf` (no look-ahead for back-tests).
    Result<std::vector<StoredForecastPoint>> forecastAsOf(const std::string& provider,
                                                          const std::string& zone,
                                                          const std::string& signal, UtcTime asOf);

    // Every forecast issued in [window) for back-testing, ordered by issue time then valid time.
    Result<std::vector<StoredForecastPoint>> forecastIssues(const std::string& provider, const std::string& zone,
                                                            const std::string& signal, TimeWindow issuedIn);

private:
    Database& m_db;
};

} // namespace greenlight
