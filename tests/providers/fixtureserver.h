// A real HTTP server on loopback (QHttpServer's engine) that replays canned responses by path:
// recorded bodies, error statuses with headers, a server that accepts and never answers, and one
// that resets the connection. Records every request so tests can check headers and queries.
//
//   FixtureServer server;
//   server.set("/v3/carbon-intensity/latest", {200, providerFixture("…latest….json")});
//   config.baseUrl = server.baseUrl();
#pragma once

#include <QAbstractHttpServer>
#include <QByteArray>
#include <QHash>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrlQuery>

namespace greenlight::test {

struct CannedReply {
    enum class Mode { Invalid, Answer, Silent, Reset };
    CannedReply() = default;
    CannedReply(int httpStatus, QByteArray replyBody, QList<QPair<QByteArray, QByteArray>> replyHeaders = {})
        : status(httpStatus), body(std::move(replyBody)), headers(std::move(replyHeaders))
    {
    }
    int status = 200;
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;
    Mode mode = Mode::Answer;
};

struct SeenRequest {
    QString path;
    QUrlQuery query;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray header(const QByteArray& name) const;
};

class FixtureServer : public QAbstractHttpServer {
    Q_OBJECT
public:
    FixtureServer();

    QString baseUrl() const { return m_baseUrl; }
    // Exact path, or a prefix when `path` ends with '*'. A list answers in order, then repeats
    // its last reply.
    void set(const QString& path, CannedReply reply) { m_routes[path] = {std::move(reply)}; }
    void setSequence(const QString& path, QList<CannedReply> replies) { m_routes[path] = std::move(replies); }
    const QList<SeenRequest>& requests() const { return m_requests; }
    int count(const QString& path) const;

protected:
    bool handleRequest(const QHttpServerRequest& request, QTcpSocket* socket) override;
    void missingHandler(const QHttpServerRequest& request, QTcpSocket* socket) override;

private:
    QHash<QString, QList<CannedReply>> m_routes;
    QHash<QString, int> m_served;
    QList<SeenRequest> m_requests;
    QString m_baseUrl;
};

// A port on loopback where nothing listens (a dead host).
QString deadBaseUrl();

} // namespace greenlight::test
