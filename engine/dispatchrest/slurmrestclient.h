// Slurm's REST API (slurmrestd with JWT): submit, hold, release, cancel and list through
// /slurm/<version>/…, with the same idempotency as over SSH: the proposal id rides in the job's
// comment and every change looks the job up first. Detects which API versions a server offers.
// Asynchronous (Qt Network): results arrive as QFutures on the client's thread.
//
//   SlurmRestClient rest({.baseUrl = url, .userName = "svc", .token = jwt, .partition = "gpu"});
//   rest.submit(spec).then(this, [](const DispatchOutcome& o) { … });
#pragma once

#include "core/dispatch/clusterjob.h"
#include "dispatch/slurmdispatcher.h" // DispatchOutcome

#include <QFuture>
#include <QNetworkAccessManager>
#include <QObject>
#include <QStringList>
#include <QUrl>

#include <functional>
#include <memory>
#include <vector>

namespace greenlight {

struct SlurmRestConfig {
    QUrl baseUrl;                // http://127.0.0.1:6820
    QByteArray userName;         // X-SLURM-USER-NAME
    QByteArray token;            // X-SLURM-USER-TOKEN (a JWT); never logged, masked in dry runs
    QString version = QStringLiteral("v0.0.38");
    QString partition;           // the site
    QString caBundle;            // for https endpoints; empty: the system's CAs
    int timeoutMs = 15'000;
    bool dryRun = false;
};

class SlurmRestClient : public QObject {
    Q_OBJECT
public:
    explicit SlurmRestClient(SlurmRestConfig config, QObject* parent = nullptr);

    // The /slurm/vX.Y.Z versions the server's OpenAPI document lists, oldest first.
    QFuture<Result<QStringList>> versions();
    QFuture<Result<std::vector<ClusterJob>>> jobs();
    QFuture<DispatchOutcome> submit(const ClusterJobSpec& spec);
    QFuture<DispatchOutcome> hold(const std::string& key);
    QFuture<DispatchOutcome> release(const std::string& key);
    QFuture<DispatchOutcome> cancel(const std::string& key);

    const QStringList& dryRunRequests() const { return m_dryRun; }

private:
    QNetworkRequest request(const QString& path) const;
    // Finds the live job carrying `key` in our partition, then calls `act` (or reports NotFound).
    void withJob(const std::string& key, std::function<void(Result<std::optional<ClusterJob>>)> act);
    void sendChange(const QByteArray& method, const QString& path, const QByteArray& body,
                    std::shared_ptr<QPromise<DispatchOutcome>> promise, std::string jobId, std::string detail);

    SlurmRestConfig m_config;
    QNetworkAccessManager m_nam;
    QStringList m_dryRun;
};

// The JSON body of POST /slurm/v0.0.38/job/submit for a job (begin as "now+Ns", since the server
// reads absolute times in its own time zone).
std::string slurmRestSubmitBody(const ClusterJobSpec& spec, const std::string& partition, UtcTime now);

} // namespace greenlight
