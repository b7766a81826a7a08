// One HTTP GET with a deadline, turned into a value: the body, or a Status in words that says
// whether to retry (timeouts, resets, 5xx and 429 are Unavailable; 401/403 PermissionDenied).
// Every request calls back exactly once, on the fetcher's thread; nothing blocks.
//
//   fetcher->get(request, "electricitymaps", this, [](const HttpResult& r) { if (r.status.isOk()) … });
#pragma once

#include "core/status.h"
#include "core/utctime.h"
#include "providers/providerbatch.h"

#include <QByteArray>
#include <QNetworkRequest>
#include <QObject>

#include <chrono>
#include <functional>
#include <optional>

class QNetworkAccessManager;

namespace greenlight {

struct HttpResult {
    int httpStatus = 0; // 0: no HTTP answer (timeout, refused, reset, DNS)
    QByteArray body;
    std::optional<Seconds> retryAfter;
    Status status;
};

class HttpFetcher : public QObject {
    Q_OBJECT
public:
    HttpFetcher(UtcClock clock, QObject* parent = nullptr);

    void setTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }
    std::chrono::milliseconds timeout() const { return m_timeout; }

    // `source` names the provider in errors. `done` is not called once `context` is destroyed.
    void get(QNetworkRequest request, const QString& source, QObject* context,
             std::function<void(const HttpResult&)> done);

private:
    QNetworkAccessManager* m_network;
    UtcClock m_clock;
    std::chrono::milliseconds m_timeout{std::chrono::seconds(20)};
};

} // namespace greenlight
