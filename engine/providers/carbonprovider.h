// The interface every carbon-intensity source implements: live APIs (Electricity Maps, WattTime,
// UK Carbon Intensity) and the bundled-trace replay. fetch() never blocks; exactly one of
// fetched() or failed() follows each call, on the provider's thread.
//
//   provider->fetch("DE", RequestKind::Latest);
//   connect(provider, &CarbonProvider::fetched, this, [](const ProviderBatch& b) { … });
#pragma once

#include "providers/providerbatch.h"

#include <QList>
#include <QObject>
#include <QString>

namespace greenlight {

class CarbonProvider : public QObject {
    Q_OBJECT
public:
    CarbonProvider(UtcClock clock, QObject* parent = nullptr);

    virtual QString id() const = 0;          // "electricitymaps", as stored
    virtual QString displayName() const = 0; // "Electricity Maps"
    virtual bool needsSecret() const { return false; }
    // The secret (API token or password). Held in memory only; never logged or stored here.
    virtual void setSecret(const QString& secret) { Q_UNUSED(secret); }

    // What one poll of a zone asks for, in order. A provider may drop a kind its key cannot
    // get (e.g. Electricity Maps forecasts on a free key) so polls stop asking for it.
    virtual QList<RequestKind> pollRequests() const = 0;
    virtual void fetch(const QString& zone, RequestKind kind) = 0;

    UtcTime now() const { return m_clock(); }
    const UtcClock& clock() const { return m_clock; }

signals:
    void fetched(const greenlight::ProviderBatch& batch);
    void failed(const greenlight::ProviderFailure& failure);

protected:
    void fail(const QString& zone, RequestKind kind, Status status, int httpStatus = 0,
              std::optional<Seconds> retryAfter = std::nullopt);

private:
    UtcClock m_clock;
};

} // namespace greenlight
