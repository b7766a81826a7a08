#include "ukcarbonprovider.h"

#include "core/providers/ukcarbonparser.h"
#include "providers/httpfetcher.h"

#include <QRegularExpression>
#include <QUrl>

namespace greenlight {

namespace {

// The API's own format, minute precision: "2023-03-15T12:01Z".
QString apiTime(UtcTime t)
{
    return QString::fromStdString(formatIsoUtc(t).substr(0, 16) + "Z");
}

} // namespace

UkCarbonProvider::UkCarbonProvider(ProviderConfig config, UtcClock clock, QObject* parent)
    : CarbonProvider(std::move(clock), parent), m_config(std::move(config)),
      m_http(new HttpFetcher(this->clock(), this))
{
    m_http->setTimeout(m_config.timeout);
}

QString UkCarbonProvider::id() const
{
    return QString::fromLatin1(kUkCarbonIntensity.data(), kUkCarbonIntensity.size());
}

QString UkCarbonProvider::displayName() const
{
    return providerDisplayName(id());
}

QList<RequestKind> UkCarbonProvider::pollRequests() const
{
    return {RequestKind::Latest, RequestKind::Forecast};
}

void UkCarbonProvider::fetch(const QString& zone, RequestKind kind)
{
    static const QRegularExpression kRegion(QStringLiteral("^GB-REGION-(\\d{1,2})$"));
    const QRegularExpressionMatch region = kRegion.match(zone);
    const bool national = zone == QLatin1String("GB");
    if (!national && !region.hasMatch()) {
        fail(zone, kind, Status(StatusCode::InvalidArgument,
                                "unknown zone \"" + zone.toStdString()
                                    + "\": use GB or GB-REGION-1 … GB-REGION-17",
                                id().toStdString()));
        return;
    }
    const QString from = apiTime(now());
    const QString regionId = region.captured(1);
    QString path;
    switch (kind) {
    case RequestKind::Latest:
        path = national ? QStringLiteral("/intensity") : QStringLiteral("/regional/regionid/") + regionId;
        break;
    case RequestKind::Forecast:
        path = national ? QStringLiteral("/intensity/%1/fw48h").arg(from)
                        : QStringLiteral("/regional/intensity/%1/fw48h/regionid/%2").arg(from, regionId);
        break;
    case RequestKind::History:
        path = national ? QStringLiteral("/intensity/%1/pt24h").arg(from)
                        : QStringLiteral("/regional/intensity/%1/pt24h/regionid/%2").arg(from, regionId);
        break;
    case RequestKind::Mix:
        path = national ? QStringLiteral("/generation") : QStringLiteral("/regional/regionid/") + regionId;
        break;
    case RequestKind::Invalid:
        fail(zone, kind, Status(StatusCode::Internal, "invalid request kind", id().toStdString()));
        return;
    }
    QNetworkRequest request(QUrl(m_config.baseUrl + path));
    request.setRawHeader("Accept", "application/json");
    m_http->get(request, id(), this, [this, zone, kind, national](const HttpResult& r) {
        if (!r.status.isOk()) {
            fail(zone, kind, r.status, r.httpStatus, r.retryAfter);
            return;
        }
        const UtcTime fetchedAt = now();
        const std::string_view body(r.body.constData(), static_cast<std::size_t>(r.body.size()));
        Result<UkCarbonBatch> parsed = kind == RequestKind::Mix && national ? parseUkGeneration(body, fetchedAt)
            : national ? parseUkNational(body, fetchedAt)
                       : parseUkRegional(body, fetchedAt);
        if (!parsed.ok()) {
            fail(zone, kind, parsed.status(), r.httpStatus);
            return;
        }
        ProviderBatch batch;
        batch.provider = id();
        batch.zone = zone;
        batch.request = kind;
        batch.fetchedTime = fetchedAt;
        batch.readings = std::move(parsed->readings);
        batch.mixes = std::move(parsed->mixes);
        if (kind == RequestKind::History) {
            std::erase_if(batch.readings, [](const ProviderReading& p) { return p.kind != ValueKind::Actual; });
        }
        emit fetched(batch);
    });
}

} // namespace greenlight
