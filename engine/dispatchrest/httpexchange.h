// One HTTP request and its whole answer, asynchronously, on the thread that owns the
// QNetworkAccessManager: the status code, the body, and a network error in words when there was
// no answer at all (timeouts included).
//
//   HttpExchange::send(nam, request, "PATCH", body, this, [](const HttpAnswer& a) { … });
#pragma once

#include <QByteArray>
#include <QNetworkAccessManager>
#include <QNetworkRequest>
#include <QObject>
#include <QString>

#include <QFuture>
#include <QPromise>

#include <functional>
#include <string_view>

namespace greenlight {

struct HttpAnswer {
    int status = 0;          // 0: no HTTP answer (see networkError)
    QByteArray body;
    QString networkError;    // empty when the server answered, whatever the status
};

// The body as bytes for the engine's parsers, without a copy.
inline std::string_view bodyView(const QByteArray& body)
{
    return {body.constData(), static_cast<std::size_t>(body.size())};
}

// A future that is already finished with `value` (dry runs, and errors found before sending).
template <typename T>
QFuture<T> readyFuture(T value)
{
    QPromise<T> promise;
    promise.start();
    promise.addResult(std::move(value));
    promise.finish();
    return promise.future();
}

namespace HttpExchange {

// `context` guards the callback: if it is destroyed first, the callback is not called.
void send(QNetworkAccessManager& nam, QNetworkRequest request, const QByteArray& method,
          const QByteArray& body, QObject* context, std::function<void(const HttpAnswer&)> done);

} // namespace HttpExchange

} // namespace greenlight
