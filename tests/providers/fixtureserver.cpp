#include "fixtureserver.h"

#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QTcpServer>
#include <QRandomGenerator>
#include <QTcpSocket>
#include <QTimer>

#include <memory>

namespace greenlight::test {

QByteArray SeenRequest::header(const QByteArray& name) const
{
    for (const auto& [key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

FixtureServer::FixtureServer()
{
    const quint16 port = listen(QHostAddress::LocalHost, 0);
    m_baseUrl = QStringLiteral("http://127.0.0.1:%1").arg(port);
}

int FixtureServer::count(const QString& path) const
{
    int n = 0;
    for (const SeenRequest& r : m_requests)
        n += r.path == path || (path.endsWith(QLatin1Char('*')) && r.path.startsWith(path.chopped(1)));
    return n;
}

bool FixtureServer::handleRequest(const QHttpServerRequest& request, QTcpSocket* socket)
{
    const QString path = request.url().path();
    m_requests.append({path, request.query(), request.headers()});
    QString key = path;
    if (!m_routes.contains(key)) {
        key.clear();
        for (auto it = m_routes.cbegin(); it != m_routes.cend(); ++it) {
            if (it.key().endsWith(QLatin1Char('*')) && path.startsWith(it.key().chopped(1)))
                key = it.key();
        }
    }
    if (key.isEmpty())
        return false; // missingHandler: 404
    const QList<CannedReply>& replies = m_routes[key];
    const int served = m_served[key]++;
    const CannedReply reply = replies.value(std::min<int>(served, static_cast<int>(replies.size()) - 1));
    switch (reply.mode) {
    case CannedReply::Mode::Silent:
        return true; // accepted, never answered: the client's deadline must fire
    case CannedReply::Mode::Reset:
        socket->abort();
        return true;
    case CannedReply::Mode::Answer:
    case CannedReply::Mode::Invalid:
        break;
    }
    auto responder = std::make_shared<QHttpServerResponder>(makeResponder(request, socket));
    auto answer = [responder, reply] {
        responder->writeStatusLine(static_cast<QHttpServerResponder::StatusCode>(reply.status));
        bool hasType = false;
        for (const auto& [name, value] : reply.headers) {
            responder->writeHeader(name, value);
            hasType = hasType || name.compare("Content-Type", Qt::CaseInsensitive) == 0;
        }
        if (!hasType)
            responder->writeHeader("Content-Type", "application/json");
        responder->writeHeader("Content-Length", QByteArray::number(reply.body.size()));
        responder->writeBody(reply.body);
    };
    // GREENLIGHT_FIXTURE_JITTER_MS=N answers each request after a random 0–N ms, so that answers
    // to parallel requests arrive in every order (a shake-out, off by default).
    static const int jitterMs = qEnvironmentVariableIntValue("GREENLIGHT_FIXTURE_JITTER_MS");
    if (jitterMs > 0)
        QTimer::singleShot(QRandomGenerator::global()->bounded(jitterMs + 1), socket, answer);
    else
        answer();
    return true;
}

void FixtureServer::missingHandler(const QHttpServerRequest& request, QTcpSocket* socket)
{
    makeResponder(request, socket).write(QByteArray("{\"error\":\"no such route\"}"), "application/json",
                                         QHttpServerResponder::StatusCode::NotFound);
}

QString deadBaseUrl()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    const quint16 port = probe.serverPort();
    probe.close(); // nothing listens there any more: connections are refused
    return QStringLiteral("http://127.0.0.1:%1").arg(port);
}

} // namespace greenlight::test
