#include "watttimeprovider.h"

#include "core/providers/watttimeparser.h"
#include "providers/httpfetcher.h"

#include <QUrl>
#include <QUrlQuery>

namespace greenlight {

WattTimeProvider::WattTimeProvider(ProviderConfig config, UtcClock clock, QObject* parent)
    : CarbonProvider(std::move(clock), parent), m_config(std::move(config)),
      m_http(new HttpFetcher(this->clock(), this))
{
    m_http->setTimeout(m_config.timeout);
}

QString WattTimeProvider::id() const
{
    return QString::fromLatin1(kWattTime.data(), kWattTime.size());
}

QString WattTimeProvider::displayName() const
{
    return providerDisplayName(id());
}

void WattTimeProvider::setSecret(const QString& password)
{
    if (password != m_password)
        m_token.clear();
    m_password = password;
}

QList<RequestKind> WattTimeProvider::pollRequests() const
{
    return {RequestKind::Latest, RequestKind::Forecast};
}

void WattTimeProvider::withToken(TokenReady then)
{
    if (!m_token.isEmpty() && now() - m_tokenObtained < kTokenRefreshAfter) {
        then(HttpResult{});
        return;
    }
    m_waitingForToken.push_back(std::move(then));
    if (!m_loginInFlight)
        login();
}

void WattTimeProvider::login()
{
    if (m_config.username.isEmpty() || m_password.isEmpty()) {
        HttpResult missing;
        missing.status = Status(StatusCode::FailedPrecondition,
                                "no WattTime username or password set: add them in Settings → Providers",
                                id().toStdString());
        auto waiting = std::move(m_waitingForToken);
        m_waitingForToken.clear();
        for (auto& w : waiting)
            w(missing);
        return;
    }
    m_loginInFlight = true;
    ++m_loginCount;
    QNetworkRequest request(QUrl(m_config.baseUrl + QStringLiteral("/login")));
    const QByteArray basic = (m_config.username + QLatin1Char(':') + m_password).toUtf8().toBase64();
    request.setRawHeader("Authorization", "Basic " + basic);
    m_http->get(request, id(), this, [this](const HttpResult& r) {
        m_loginInFlight = false;
        Status status = r.status;
        if (status.isOk()) {
            Result<std::string> token = parseWattTimeLogin(
                std::string_view(r.body.constData(), static_cast<std::size_t>(r.body.size())));
            if (token.ok()) {
                m_token = QString::fromStdString(token.value());
                m_tokenObtained = now();
            } else {
                status = token.status();
            }
        } else if (r.httpStatus == 401 || r.httpStatus == 403) {
            status = Status(StatusCode::PermissionDenied, "login refused: check username and password",
                            id().toStdString());
        }
        if (!status.isOk())
            m_token.clear();
        HttpResult outcome;
        outcome.status = status;
        outcome.httpStatus = r.httpStatus;
        outcome.retryAfter = r.retryAfter;
        auto waiting = std::move(m_waitingForToken);
        m_waitingForToken.clear();
        for (auto& w : waiting)
            w(outcome);
    });
}

void WattTimeProvider::authorizedGet(const QString& path,
                                     const QList<std::pair<QString, QString>>& query,
                                     std::function<void(const HttpResult&)> done)
{
    QUrl url(m_config.baseUrl + path);
    QUrlQuery q;
    for (const auto& [key, value] : query)
        q.addQueryItem(key, value);
    url.setQuery(q);
    QNetworkRequest request(url);
    request.setRawHeader("Authorization", "Bearer " + m_token.toUtf8());
    m_http->get(request, id(), this, std::move(done));
}

void WattTimeProvider::withRegion(const QString& zone,
                                  std::function<void(const HttpResult&, const QString&)> then)
{
    const QStringList latLon = zone.split(QLatin1Char(','));
    bool latOk = false;
    bool lonOk = false;
    if (latLon.size() == 2) {
        latLon[0].trimmed().toDouble(&latOk);
        latLon[1].trimmed().toDouble(&lonOk);
    }
    if (!(latOk && lonOk)) {
        then(HttpResult{}, zone); // already a region abbreviation
        return;
    }
    if (m_regionOfPoint.contains(zone)) {
        then(HttpResult{}, m_regionOfPoint.value(zone));
        return;
    }
    authorizedGet(QStringLiteral("/v3/region-from-loc"),
                  {{QStringLiteral("latitude"), latLon[0].trimmed()},
                   {QStringLiteral("longitude"), latLon[1].trimmed()},
                   {QStringLiteral("signal_type"), QStringLiteral("co2_moer")}},
                  [this, zone, then, usedToken = m_token](const HttpResult& r) {
                      if (r.httpStatus == 401)
                          forgetToken(usedToken); // the next poll logs in again
                      if (!r.status.isOk()) {
                          then(r, {});
                          return;
                      }
                      Result<WattTimeRegion> region = parseWattTimeRegion(std::string_view(
                          r.body.constData(), static_cast<std::size_t>(r.body.size())));
                      if (!region.ok()) {
                          HttpResult malformed = r;
                          malformed.status = region.status();
                          then(malformed, {});
                          return;
                      }
                      const QString name = QString::fromStdString(region->region);
                      m_regionOfPoint.insert(zone, name);
                      then(HttpResult{}, name);
                  });
}

void WattTimeProvider::failWith(const QString& zone, RequestKind kind, const HttpResult& outcome)
{
    fail(zone, kind, outcome.status, outcome.httpStatus, outcome.retryAfter);
}

void WattTimeProvider::forgetToken(const QString& refused)
{
    // A 401 for a request sent before the last login says nothing about the new token.
    if (m_token == refused)
        m_token.clear();
}

void WattTimeProvider::fetch(const QString& zone, RequestKind kind)
{
    withToken([this, zone, kind](const HttpResult& login) {
        if (!login.status.isOk()) {
            failWith(zone, kind, login);
            return;
        }
        withRegion(zone, [this, zone, kind](const HttpResult& lookup, const QString& region) {
            if (!lookup.status.isOk()) {
                failWith(zone, kind, lookup);
                return;
            }
            fetchData(zone, region, kind, false);
        });
    });
}

void WattTimeProvider::fetchData(const QString& zone, const QString& region, RequestKind kind,
                                 bool retried)
{
    QString path;
    QList<std::pair<QString, QString>> query{{QStringLiteral("region"), region},
                                             {QStringLiteral("signal_type"), QStringLiteral("co2_moer")}};
    ValueKind valueKind = ValueKind::Actual;
    switch (kind) {
    case RequestKind::Latest: path = QStringLiteral("/v3/signal-index"); break;
    case RequestKind::Forecast:
        path = QStringLiteral("/v3/forecast");
        query.append({QStringLiteral("horizon_hours"), QStringLiteral("24")});
        valueKind = ValueKind::Forecast;
        break;
    case RequestKind::History: {
        path = QStringLiteral("/v3/historical");
        const UtcTime end = now();
        query.append({QStringLiteral("start"), QString::fromStdString(formatIsoUtc(end - Hours{24}))});
        query.append({QStringLiteral("end"), QString::fromStdString(formatIsoUtc(end))});
        break;
    }
    case RequestKind::Mix:
    case RequestKind::Invalid:
        fail(zone, kind, Status(StatusCode::InvalidArgument, "WattTime has no generation mix",
                                id().toStdString()));
        return;
    }
    authorizedGet(path, query, [this, zone, region, kind, valueKind, retried, usedToken = m_token](const HttpResult& r) {
        if (r.httpStatus == 401 && !retried) {
            // The token expired early or was revoked: log in again once, then retry.
            forgetToken(usedToken);
            withToken([this, zone, region, kind](const HttpResult& login) {
                if (!login.status.isOk()) {
                    failWith(zone, kind, login);
                    return;
                }
                fetchData(zone, region, kind, true);
            });
            return;
        }
        if (!r.status.isOk()) {
            fail(zone, kind, r.status, r.httpStatus, r.retryAfter);
            return;
        }
        const UtcTime fetchedAt = now();
        Result<std::vector<ProviderReading>> readings = parseWattTimeData(
            std::string_view(r.body.constData(), static_cast<std::size_t>(r.body.size())), fetchedAt,
            valueKind);
        if (!readings.ok()) {
            fail(zone, kind, readings.status(), r.httpStatus);
            return;
        }
        ProviderBatch batch;
        batch.provider = id();
        batch.zone = zone;
        batch.request = kind;
        batch.fetchedTime = fetchedAt;
        batch.readings = std::move(readings).value();
        emit fetched(batch);
    });
}

} // namespace greenlight
