#include "store/emissionsrepository.h"

#include <chrono>
#include <cstdio>
#include <map>

namespace greenlight {

namespace {

std::int64_t unix(UtcTime t) { return static_cast<std::int64_t>(t.time_since_epoch().count()); }

UtcTime startOfMonth(UtcTime t)
{
    const std::chrono::year_month_day day{std::chrono::floor<std::chrono::days>(t)};
    return UtcTime{std::chrono::sys_days{day.year() / day.month() / 1}};
}

UtcTime startOfNextMonth(UtcTime t)
{
    const std::chrono::year_month_day day{std::chrono::floor<std::chrono::days>(t)};
    return UtcTime{std::chrono::sys_days{(day.year() / day.month() + std::chrono::months{1}) / 1}};
}

std::string monthKey(UtcTime monthStart)
{
    const std::chrono::year_month_day day{std::chrono::floor<std::chrono::days>(monthStart)};
    char key[16];
    std::snprintf(key, sizeof key, "%04d-%02u", static_cast<int>(day.year()),
                  static_cast<unsigned>(day.month()));
    return key;
}

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
    // Whole months come from the roll-up; the partial months at either end from the hourly rows.
    std::map<std::pair<std::string, std::string>, MonthlySiteEmissions> merged;
    auto add = [&](const Statement& q) {
        MonthlySiteEmissions& m = merged[{q.columnText(0), q.columnText(1)}];
        m.siteId = q.columnText(0);
        m.month = q.columnText(1);
        m.itKwh += q.columnDouble(2);
        m.facilityKwh += q.columnDouble(3);
        m.locationBasedG += q.columnDouble(4);
        m.marketBasedG += q.columnDouble(5);
        m.entries += q.columnInt(6);
    };
    auto collect = [&](Statement& q) -> Status { return forEachRow(q, add); };
    auto rawPart = [&](UtcTime from, UtcTime to) -> Status {
        if (from >= to)
            return Status::ok();
        Result<Statement> q = m_db.prepare(
            "SELECT site_id, strftime('%Y-%m', hour, 'unixepoch') AS month, sum(it_kwh), "
            "sum(facility_kwh), sum(location_g), sum(market_g), count(*) FROM emissions "
            "WHERE hour >= ? AND hour < ? GROUP BY site_id, month");
        if (!q.ok())
            return q.status();
        q->bind(1, unix(from)).bind(2, unix(to));
        return collect(q.value());
    };

    const UtcTime firstWhole = startOfMonth(window.begin) == window.begin ? window.begin
                                                                          : startOfNextMonth(window.begin);
    const UtcTime endWhole = startOfMonth(window.end);
    if (firstWhole >= endWhole) {
        if (Status s = rawPart(window.begin, window.end); !s.isOk())
            return s;
    } else {
        if (Status s = rawPart(window.begin, firstWhole); !s.isOk())
            return s;
        Result<Statement> q = m_db.prepare(
            "SELECT site_id, month, it_kwh, facility_kwh, location_g, market_g, entries "
            "FROM emissions_monthly WHERE month >= ? AND month < ?");
        if (!q.ok())
            return q.status();
        q->bind(1, monthKey(firstWhole)).bind(2, monthKey(endWhole));
        if (Status s = collect(q.value()); !s.isOk())
            return s;
        if (Status s = rawPart(endWhole, window.end); !s.isOk())
            return s;
    }
    std::vector<MonthlySiteEmissions> out;
    out.reserve(merged.size());
    for (auto& [key, value] : merged)
        out.push_back(std::move(value));
    return out;
}

} // namespace greenlight
