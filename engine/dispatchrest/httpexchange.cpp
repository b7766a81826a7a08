#include "dispatchrest/httpexchange.h"

#include <QNetworkReply>
#include <QPointer>

namespace greenlight::HttpExchange {

void send(QNetworkAccessManager& nam, QNetworkRequest request, const QByteArray& method,
          const QByteArray& body, QObject* context, std::function<void(const HttpAnswer&)> done)
{
    QNetworkReply* reply = body.isEmpty() && method != "POST" && method != "PATCH"
        ? nam.sendCustomRequest(request, method)
        : nam.sendCustomRequest(request, method, body);
    QObject::connect(reply, &QNetworkReply::finished, context, [reply, done = std::move(done)] {
        HttpAnswer answer;
        answer.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        answer.body = reply->readAll();
        if (answer.status == 0)
            answer.networkError = reply->errorString();
        reply->deleteLater();
        done(answer);
    });
}

} // namespace greenlight::HttpExchange
