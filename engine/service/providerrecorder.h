// Persists what providers deliver, on the store thread: actual readings (revised estimates
// replace older fetches) and forecasts exactly as issued, for dashboards and back-testing.
// Secrets never pass through here: a batch holds values only.
//
//   auto* recorder = new ProviderRecorder(store, parent);
//   connect(hub, &ProviderHub::batchAccepted, recorder, &ProviderRecorder::record);
#pragma once

#include "providers/providerbatch.h"
#include "store/readingrepository.h"

#include <QObject>

#include <vector>

namespace greenlight {

class StoreService;

// Pure conversions at the edge (engine values → store rows).
std::vector<StoredReading> toStoredReadings(const ProviderBatch& batch);
std::vector<StoredForecastPoint> toStoredForecast(const ProviderBatch& batch);

class ProviderRecorder : public QObject {
    Q_OBJECT
public:
    ProviderRecorder(StoreService* store, QObject* parent = nullptr);

    void record(const greenlight::ProviderBatch& batch);

signals:
    // After the store thread wrote (or refused) a batch; `error` is empty on success.
    void recorded(const QString& provider, const QString& zone, int rows, const QString& error);

private:
    StoreService* m_store;
};

} // namespace greenlight
