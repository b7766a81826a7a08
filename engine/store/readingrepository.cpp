#include "store/readingrepository.h"

namespace greenlight {

namespace {
std::int64_t unix(UtcTime t) { return static_cast<std::int64_t>(t.time_since_epoch().count()); }
UtcTime fromUnix(std::int64_t s) { return UtcTime{Seconds{s}}; }
} // namespace

Status ReadingRepository::upsert(const std::vector<StoredReading>& readings)
{
    Transaction tx(m_db);
    if (!tx.begun().isOk())
        return tx.begun();
    Result<Statement> q = m_db.prepare(
        "INSERT INTO intensity_readings(provider, zone, signal, valid_time, fetched_time, g_per_kwh, "
        "estimated) VALUES (?, ?, ?, ?, ?, ?, ?) "
        "ON CONFLICT(provider, zone, signal, valid_time) DO UPDATE SET "
        "fetched_time = excluded.fetched_time, g_per_kwh = excluded.g_per_kwh, "
        "estimated = excluded.estimated WHERE excluded.fetched_time > fetched_time");
    if (!q.ok())
        return q.status();
    for (const StoredReading& r : readings) {
        q->bind(1, r.provider).bind(2, r.zone).bind(3, r.signal).bind(4, unix(r.validTime))
            .bind(5, unix(r.fetchedTime)).bind(6, r.gPerKwh).bind(7, r.estimated ? 1 : 0);
        if (Status s = q->run(); !s.isOk())
            return s;
    }
    return tx.commit();
}

Result<std::vector<StoredReading>> ReadingRepository::range(const std::string& provider,
                                                            const std::string& zone,
                                                            const std::string& signal, TimeWindow window)
{
    Result<Statement> q = m_db.prepare(
        "SELECT valid_time, fetched_time, g_per_kwh, estimated FROM intensity_readings "
        "WHERE provider = ? AND zone = ? AND signal = ? AND valid_time >= ? AND valid_time < ? "
        "ORDER BY valid_time");
    if (!q.ok())
        return q.status();
    q->bind(1, provider).bind(2, zone).bind(3, signal).bind(4, unix(window.begin)).bind(5, unix(window.end));
    std::vector<StoredReading> out;
    Status s = forEachRow(q.value(), [&](const Statement& r) {
        out.push_back({provider, zone, signal, fromUnix(r.columnInt(0)), fromUnix(r.columnInt(1)),
                       r.columnDouble(2), r.columnInt(3) != 0});
    });
    if (!s.isOk())
        return s;
    return out;
}

Status ReadingRepository::insertForecast(const std::vector<StoredForecastPoint>& points)
{
    Transaction tx(m_db);
    if (!tx.begun().isOk())
        return tx.begun();
    Result<Statement> q = m_db.prepare(
        "INSERT OR IGNORE INTO forecasts(provider, zone, signal, issued_at, valid_time, g_per_kwh, "
        "lower_g_per_kwh, upper_g_per_kwh) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
    if (!q.ok())
        return q.status();
    for (const StoredForecastPoint& p : points) {
        q->bind(1, p.provider).bind(2, p.zone).bind(3, p.signal).bind(4, unix(p.issuedAt))
            .bind(5, unix(p.validTime)).bind(6, p.gPerKwh);
        p.lowerGPerKwh ? q->bind(7, *p.lowerGPerKwh) : q->bindNull(7);
        p.upperGPerKwh ? q->bind(8, *p.upperGPerKwh) : q->bindNull(8);
        if (Status s = q->run(); !s.isOk())
            return s;
    }
    return tx.commit();
}

namespace {

Result<std::vector<StoredForecastPoint>> readForecastPoints(Statement& q, const std::string& provider,
                                                           const std::string& zone, const std::string& signal)
{
    std::vector<StoredForecastPoint> out;
    Status s = forEachRow(q, [&](const Statement& r) {
        StoredForecastPoint p{provider, zone, signal, fromUnix(r.columnInt(0)),
                              fromUnix(r.columnInt(1)), r.columnDouble(2), {}, {}};
        if (!r.columnIsNull(3))
            p.lowerGPerKwh = r.columnDouble(3);
        if (!r.columnIsNull(4))
            p.upperGPerKwh = r.columnDouble(4);
        out.push_back(std::move(p));
    });
    if (!s.isOk())
        return s;
    return out;
}

} // namespace

Result<std::vector<StoredForecastPoint>> ReadingRepository::forecastIssues(const std::string& provider,
                                                                           const std::string& zone,
                                                                           const std::string& signal,
                                                                           TimeWindow issuedIn)
{
    Result<Statement> q = m_db.prepare(
        "SELECT issued_at, valid_time, g_per_kwh, lower_g_per_kwh, upper_g_per_kwh FROM forecasts "
        "WHERE provider = ? AND zone = ? AND signal = ? AND issued_at >= ? AND issued_at < ? "
        "ORDER BY issued_at, valid_time");
    if (!q.ok())
        return q.status();
    q->bind(1, provider).bind(2, zone).bind(3, signal).bind(4, unix(issuedIn.begin)).bind(5, unix(issuedIn.end));
    return readForecastPoints(q.value(), provider, zone, signal);
}

Result<std::vector<StoredForecastPoint>> ReadingRepository::forecastAsOf(const std::string& provider,
                                                                         const std::string& zone,
                                                                         const std::string& signal,
                                                                         UtcTime asOf)
{
    Result<Statement> q = m_db.prepare(
        "SELECT issued_at, valid_time, g_per_kwh, lower_g_per_kwh, upper_g_per_kwh FROM forecasts "
        "WHERE provider = ?1 AND zone = ?2 AND signal = ?3 AND issued_at = ("
        "  SELECT max(issued_at) FROM forecasts WHERE provider = ?1 AND zone = ?2 AND signal = ?3 "
        "  AND issued_at <= ?4) ORDER BY valid_time");
    if (!q.ok())
        return q.status();
    q->bind(1, provider).bind(2, zone).bind(3, signal).bind(4, unix(asOf));
    return readForecastPoints(q.value(), provider, zone, signal);
}

} // namespace greenlight
