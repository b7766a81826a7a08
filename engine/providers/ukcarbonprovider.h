// UK Carbon Intensity API (NESO; no key): national "GB" and regional "GB-REGION-<id>" zones.
// Latest is the current half-hour (national: with the actual once metered), Forecast the next
// 48 hours, Mix the generation mix; regional answers come in either shape and both are read.
//
//   auto* uk = new UkCarbonProvider(config, clock, parent);
//   uk->fetch("GB-REGION-13", RequestKind::Latest); // London
#pragma once

#include "providers/carbonprovider.h"
#include "providers/providerconfig.h"

namespace greenlight {

class HttpFetcher;

class UkCarbonProvider : public CarbonProvider {
    Q_OBJECT
public:
    UkCarbonProvider(ProviderConfig config, UtcClock clock, QObject* parent = nullptr);

    QString id() const override;
    QString displayName() const override;
    QList<RequestKind> pollRequests() const override;
    void fetch(const QString& zone, RequestKind kind) override;

private:
    ProviderConfig m_config;
    HttpFetcher* m_http;
};

} // namespace greenlight
