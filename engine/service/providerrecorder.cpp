#include "providerrecorder.h"

#include "service/storeservice.h"

namespace greenlight {

std::vector<StoredReading> toStoredReadings(const ProviderBatch& batch)
{
    std::vector<StoredReading> out;
    for (const ProviderReading& r : batch.readings) {
        if (r.kind != ValueKind::Actual)
            continue;
        // Stored under the zone the operator watches (a WattTime "lat,lon" keeps its point).
        out.push_back({r.provider, batch.zone.toStdString(), signalKindName(r.signal), r.validTime,
                       r.fetchedTime, r.value, r.estimated});
    }
    return out;
}

std::vector<StoredForecastPoint> toStoredForecast(const ProviderBatch& batch)
{
    // An issue is what a forecast request returned. The estimate of the current period in a
    // "now" answer (UK) would become a one-point issue of its own, a second newer than the 48 h
    // issue of the same poll, and forecastAsOf would return that point alone.
    std::vector<StoredForecastPoint> out;
    if (batch.request != RequestKind::Forecast)
        return out;
    for (const ProviderReading& r : batch.readings) {
        if (r.kind != ValueKind::Forecast)
            continue;
        out.push_back({r.provider, batch.zone.toStdString(), signalKindName(r.signal), r.issuedAt,
                       r.validTime, r.value, std::nullopt, std::nullopt});
    }
    return out;
}

ProviderRecorder::ProviderRecorder(StoreService* store, QObject* parent)
    : QObject(parent), m_store(store)
{
}

void ProviderRecorder::record(const ProviderBatch& batch)
{
    std::vector<StoredReading> readings = toStoredReadings(batch);
    std::vector<StoredForecastPoint> forecast = toStoredForecast(batch);
    const int rows = static_cast<int>(readings.size() + forecast.size());
    if (rows == 0)
        return;
    const QString provider = batch.provider;
    const QString zone = batch.zone;
    m_store
        ->run<QString>(
            [readings = std::move(readings), forecast = std::move(forecast)](StoreSession& session) {
                ReadingRepository repository(session.db);
                Status s = readings.empty() ? Status::ok() : repository.upsert(readings);
                if (s.isOk() && !forecast.empty())
                    s = repository.insertForecast(forecast);
                return s.isOk() ? QString() : QString::fromStdString(s.toString());
            },
            QStringLiteral("the operations database is unavailable"))
        .then(this, [this, provider, zone, rows](const QString& error) {
            emit recorded(provider, zone, rows, error);
        });
}

} // namespace greenlight
