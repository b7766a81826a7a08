#include "store/emissionsrepository.h"

namespace greenlight {

namespace {
std::int64_t unix(UtcTime t) { return static_cast<std::int64_t>(t.time_since_epoch().count()); }
} // namespace

Status EmissionsRepository::append(const std::vector<EmissionEntry>& entries)
{
    Transaction tx(m_db);
    if (!tx.begun().isOk())
        return tx.begun();
    Result<Statement> q = m_db.prepare(
        "INSERT INTO emissions(job_id, site_id, hour, it_kwh, facility_kwh, location_g, market_g) "
        "VALUES (?, ?, ?, ?, ?, ?, ?)");
    if (!q.ok())
        return q.status();
    for (const EmissionEntry& e : entries) {
        q->bind(1, e.jobId).bind(2, e.siteId).bind(3, unix(e.hour)).bind(4, e.itKwh)
            .bind(5, e.facilityKwh).bind(6, e.locationBasedG).bind(7, e.marketBasedG);
        if (Status s = q->run(); !s.isOk())
            return s;
    }
    return tx.commit();
}

Result<std::vector<MonthlySiteEmissions>> EmissionsRepository::monthlyBySite(TimeWindow window)
{
    Result<Statement> q = m_db.prepare(
        "SELECT site_id, strftime('%Y-%m', hour, 'unixepoch') AS month, sum(it_kwh), "
        "sum(facility_kwh), sum(location_g), sum(market_g), count(*) FROM emissions "
        "WHERE hour >= ? AND hour < ? GROUP BY site_id, month ORDER BY site_id, month");
    if (!q.ok())
        return q.status();
    q->bind(1, unix(window.begin)).bind(2, unix(window.end));
    std::vector<MonthlySiteEmissions> out;
    for (;;) {
        Result<bool> row = q->step();
        if (!row.ok())
            return row.status();
        if (!row.value())
            return out;
        out.push_back({q->columnText(0), q->columnText(1), q->columnDouble(2), q->columnDouble(3),
                       q->columnDouble(4), q->columnDouble(5), q->columnInt(6)});
    }
}

} // namespace greenlight
