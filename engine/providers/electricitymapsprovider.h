// Electricity Maps API v3: carbon-intensity latest, history and forecast, power breakdown, by
// zone key or "lat,lon"; `auth-token` header. A key without forecast access (free tier) gets a
// 403 once; the provider then stops asking and says so, and the engine's forecast takes over.
//
//   auto* em = new ElectricityMapsProvider(config, clock, parent);
//   em->setSecret(token); em->fetch("DE", RequestKind::Latest);
#pragma once

#include "providers/carbonprovider.h"
#include "providers/providerconfig.h"

namespace greenlight {

class HttpFetcher;

class ElectricityMapsProvider : public CarbonProvider {
    Q_OBJECT
public:
    ElectricityMapsProvider(ProviderConfig config, UtcClock clock, QObject* parent = nullptr);

    QString id() const override;
    QString displayName() const override;
    bool needsSecret() const override { return true; }
    void setSecret(const QString& secret) override;
    QList<RequestKind> pollRequests() const override;
    void fetch(const QString& zone, RequestKind kind) override;

    bool forecastDenied() const { return m_forecastDenied; }

private:
    ProviderConfig m_config;
    HttpFetcher* m_http;
    QString m_token;
    bool m_forecastDenied = false; // this key got 403 for forecasts: stop asking until it changes
};

} // namespace greenlight
