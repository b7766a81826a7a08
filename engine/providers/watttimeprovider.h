// WattTime API v3: HTTP Basic login → bearer token (refreshed before its 30-minute expiry, and
// once more if a request is refused with 401), region-from-loc for "lat,lon" zones, the MOER
// forecast and history (lbs/MWh → g/kWh) and the signal-index percentile for "latest".
//
//   auto* wt = new WattTimeProvider(config, clock, parent);   // config.username set
//   wt->setSecret(password); wt->fetch("CAISO_NORTH", RequestKind::Forecast);
#pragma once

#include "providers/carbonprovider.h"
#include "providers/providerconfig.h"

#include <QHash>

#include <functional>
#include <vector>

namespace greenlight {

class HttpFetcher;
struct HttpResult;

class WattTimeProvider : public CarbonProvider {
    Q_OBJECT
public:
    // Tokens live 30 minutes; a new one is fetched after 25 so none expires mid-request.
    static constexpr Seconds kTokenRefreshAfter{25 * 60};

    WattTimeProvider(ProviderConfig config, UtcClock clock, QObject* parent = nullptr);

    QString id() const override;
    QString displayName() const override;
    bool needsSecret() const override { return true; }
    void setSecret(const QString& password) override;
    QList<RequestKind> pollRequests() const override;
    void fetch(const QString& zone, RequestKind kind) override;

    int loginCount() const { return m_loginCount; } // for the status view and tests

private:
    // A login's or region lookup's outcome, with its HTTP status and Retry-After: a 429 there is
    // rate limiting like any other, not an outage.
    using TokenReady = std::function<void(const HttpResult&)>;
    void withToken(TokenReady then);
    void login();
    void withRegion(const QString& zone, std::function<void(const HttpResult&, const QString&)> then);
    void failWith(const QString& zone, RequestKind kind, const HttpResult& outcome);
    void forgetToken(const QString& refused); // unless a newer login already replaced it
    void fetchData(const QString& zone, const QString& region, RequestKind kind, bool retried);
    void authorizedGet(const QString& path, const QList<std::pair<QString, QString>>& query,
                       std::function<void(const HttpResult&)> done);

    ProviderConfig m_config;
    HttpFetcher* m_http;
    QString m_password;
    QString m_token;
    UtcTime m_tokenObtained{};
    bool m_loginInFlight = false;
    std::vector<TokenReady> m_waitingForToken;
    QHash<QString, QString> m_regionOfPoint; // "lat,lon" → region
    int m_loginCount = 0;
};

} // namespace greenlight
