#include "electricitymapsprovider.h"

#include "core/providers/electricitymapsparser.h"
#include "providers/httpfetcher.h"

#include <QUrl>
#include <QUrlQuery>

namespace greenlight {

ElectricityMapsProvider::ElectricityMapsProvider(ProviderConfig config, UtcClock clock, QObject* parent)
    : CarbonProvider(std::move(clock), parent), m_config(std::move(config)),
      m_http(new HttpFetcher(this->clock(), this))
{
    m_http->setTimeout(m_config.timeout);
}

QString ElectricityMapsProvider::id() const
{
    return QString::fromLatin1(kElectricityMaps.data(), kElectricityMaps.size());
}

QString ElectricityMapsProvider::displayName() const
{
    return providerDisplayName(id());
}

void ElectricityMapsProvider::setSecret(const QString& secret)
{
    if (secret != m_token)
        m_forecastDenied = false; // a new key may be on a paid plan
    m_token = secret;
}

QList<RequestKind> ElectricityMapsProvider::pollRequests() const
{
    QList<RequestKind> kinds{RequestKind::Latest, RequestKind::History};
    if (!m_forecastDenied)
        kinds.append(RequestKind::Forecast);
    return kinds;
}

void ElectricityMapsProvider::fetch(const QString& zone, RequestKind kind)
{
    if (m_token.isEmpty()) {
        fail(zone, kind, Status(StatusCode::FailedPrecondition,
                                "no API key set: add one in Settings → Providers", id().toStdString()));
        return;
    }
    QString path;
    switch (kind) {
    case RequestKind::Latest: path = QStringLiteral("/v3/carbon-intensity/latest"); break;
    case RequestKind::History: path = QStringLiteral("/v3/carbon-intensity/history"); break;
    case RequestKind::Forecast: path = QStringLiteral("/v3/carbon-intensity/forecast"); break;
    case RequestKind::Mix: path = QStringLiteral("/v3/power-breakdown/latest"); break;
    case RequestKind::Invalid:
        fail(zone, kind, Status(StatusCode::Internal, "invalid request kind", id().toStdString()));
        return;
    }
    QUrl url(m_config.baseUrl + path);
    QUrlQuery query;
    const QStringList latLon = zone.split(QLatin1Char(','));
    bool latOk = false;
    bool lonOk = false;
    if (latLon.size() == 2) {
        latLon[0].trimmed().toDouble(&latOk);
        latLon[1].trimmed().toDouble(&lonOk);
    }
    if (latOk && lonOk) {
        query.addQueryItem(QStringLiteral("lat"), latLon[0].trimmed());
        query.addQueryItem(QStringLiteral("lon"), latLon[1].trimmed());
    } else {
        query.addQueryItem(QStringLiteral("zone"), zone);
    }
    if (kind != RequestKind::Mix)
        query.addQueryItem(QStringLiteral("emissionFactorType"), m_config.emissionFactorType);
    url.setQuery(query);
    QNetworkRequest request(url);
    request.setRawHeader("auth-token", m_token.toUtf8());
    m_http->get(request, id(), this, [this, zone, kind](const HttpResult& r) {
        if (!r.status.isOk()) {
            Status status = r.status;
            if (kind == RequestKind::Forecast && r.httpStatus == 403) {
                m_forecastDenied = true;
                status = Status(StatusCode::PermissionDenied,
                                "this key has no access to forecasts (a paid feature); the engine's "
                                "own forecast is used instead",
                                id().toStdString());
            }
            fail(zone, kind, status, r.httpStatus, r.retryAfter);
            return;
        }
        const UtcTime fetchedAt = now();
        const std::string_view body(r.body.constData(), static_cast<std::size_t>(r.body.size()));
        ProviderBatch batch;
        batch.provider = id();
        batch.zone = zone;
        batch.request = kind;
        batch.fetchedTime = fetchedAt;
        Status parsed = Status::ok();
        if (kind == RequestKind::Mix) {
            Result<GenerationMix> mix = parseElectricityMapsPowerBreakdown(body, fetchedAt);
            if (mix.ok())
                batch.mixes.push_back(std::move(mix).value());
            else
                parsed = mix.status();
        } else {
            Result<std::vector<ProviderReading>> readings =
                kind == RequestKind::Latest    ? parseElectricityMapsLatest(body, fetchedAt)
                : kind == RequestKind::History ? parseElectricityMapsHistory(body, fetchedAt)
                                               : parseElectricityMapsForecast(body, fetchedAt);
            if (readings.ok())
                batch.readings = std::move(readings).value();
            else
                parsed = readings.status();
        }
        if (!parsed.isOk()) {
            fail(zone, kind, parsed, r.httpStatus);
            return;
        }
        emit fetched(batch);
    });
}

} // namespace greenlight
