#include "httpfetcher.h"

#include "core/providers/retrypolicy.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPointer>
#include <QTimer>

namespace greenlight {

namespace {

Status statusFor(int http, QNetworkReply::NetworkError error, bool timedOut, const QString& source,
                 const std::optional<Seconds>& retryAfter, long long timeoutMs)
{
    const std::string who = source.toStdString();
    if (timedOut) {
        return Status(StatusCode::Unavailable,
                      "no answer within " + std::to_string(timeoutMs) + " ms (timed out)", who);
    }
    if (http == 0) {
        switch (error) {
        case QNetworkReply::ConnectionRefusedError:
            return Status(StatusCode::Unavailable, "connection refused: the service is down or unreachable", who);
        case QNetworkReply::HostNotFoundError:
            return Status(StatusCode::Unavailable, "host not found: offline or DNS failure", who);
        case QNetworkReply::RemoteHostClosedError:
            return Status(StatusCode::Unavailable, "the server closed the connection before answering", who);
        case QNetworkReply::NetworkSessionFailedError:
        case QNetworkReply::TemporaryNetworkFailureError:
        case QNetworkReply::UnknownNetworkError:
            return Status(StatusCode::Unavailable, "the network is down", who);
        default:
            return Status(StatusCode::Unavailable,
                          "no HTTP answer (network error " + std::to_string(static_cast<int>(error)) + ")", who);
        }
    }
    if (http >= 200 && http < 300)
        return Status::ok();
    const std::string code = "HTTP " + std::to_string(http);
    if (http == 401)
        return Status(StatusCode::PermissionDenied, "the API key or login was refused (" + code + ")", who);
    if (http == 403)
        return Status(StatusCode::PermissionDenied, "the key has no access to this data (" + code + ")", who);
    if (http == 404)
        return Status(StatusCode::NotFound, "unknown zone, region or endpoint (" + code + ")", who);
    if (http == 429) {
        std::string after = retryAfter ? ", retry after " + std::to_string(retryAfter->count()) + " s" : "";
        return Status(StatusCode::Unavailable, "rate limited (" + code + after + ")", who);
    }
    if (http >= 500)
        return Status(StatusCode::Unavailable, "server error (" + code + ")", who);
    return Status(StatusCode::FailedPrecondition, "request refused (" + code + ")", who);
}

} // namespace

HttpFetcher::HttpFetcher(UtcClock clock, QObject* parent)
    : QObject(parent), m_network(new QNetworkAccessManager(this)), m_clock(std::move(clock))
{
}

void HttpFetcher::get(QNetworkRequest request, const QString& source, QObject* context,
                      std::function<void(const HttpResult&)> done)
{
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::NoLessSafeRedirectPolicy);
    QNetworkReply* reply = m_network->get(request);
    // Our own deadline rather than setTransferTimeout: it covers connecting and a server that
    // accepts but never answers, and tells a timeout apart from any other abort.
    auto* deadline = new QTimer(reply);
    deadline->setSingleShot(true);
    connect(deadline, &QTimer::timeout, reply, [reply] {
        reply->setProperty("greenlightTimedOut", true);
        reply->abort();
    });
    deadline->start(m_timeout);
    QPointer<QObject> guard(context);
    const long long timeoutMs = m_timeout.count();
    connect(reply, &QNetworkReply::finished, this,
            [this, reply, source, guard, done = std::move(done), timeoutMs] {
                reply->deleteLater();
                if (guard.isNull())
                    return;
                HttpResult result;
                result.httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
                if (reply->isOpen())
                    result.body = reply->readAll(); // an aborted reply is closed
                const QByteArray retryAfter = reply->rawHeader("Retry-After");
                if (!retryAfter.isEmpty())
                    result.retryAfter = parseRetryAfter(retryAfter.toStdString(), m_clock());
                const bool timedOut = reply->property("greenlightTimedOut").toBool();
                result.status = statusFor(timedOut ? 0 : result.httpStatus, reply->error(), timedOut,
                                          source, result.retryAfter, timeoutMs);
                done(result);
            });
}

} // namespace greenlight
