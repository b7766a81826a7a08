#include "dispatchrest/kubernetesjobclient.h"

#include "dispatchrest/httpexchange.h"

#include <QFile>
#include <QNetworkReply>
#include <QPromise>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QUrlQuery>

namespace greenlight {

namespace {

constexpr const char* kSource = "kubernetes";

Status statusFrom(const HttpAnswer& a, const QString& what)
{
    if (a.status == 0)
        return Status(StatusCode::Unavailable, (what + QStringLiteral(": ") + a.networkError).toStdString(), kSource);
    const K8sStatus s = parseK8sStatus(std::string_view(a.body.constData(), static_cast<std::size_t>(a.body.size())));
    const std::string message = what.toStdString() + ": HTTP " + std::to_string(a.status)
        + (s.reason.empty() ? "" : " " + s.reason) + (s.message.empty() ? "" : " (" + s.message + ")");
    StatusCode code = StatusCode::FailedPrecondition;
    if (a.status == 401 || a.status == 403)
        code = StatusCode::PermissionDenied;
    else if (a.status == 404)
        code = StatusCode::NotFound;
    else if (a.status == 409)
        code = StatusCode::Aborted;
    else if (a.status == 429 || a.status >= 500)
        code = StatusCode::Unavailable;
    return Status(code, message, kSource);
}

// A Job read by the name our key maps to is ours only if it carries our key: a Job made by hand
// under that name, or a name-hash collision, must never be adopted, patched or deleted.
Result<K8sJob> ownJob(const HttpAnswer& g, const QString& name, const std::string& key)
{
    if (g.status != 200)
        return statusFrom(g, "read " + name);
    Result<K8sJob> job = parseK8sJob(bodyView(g.body), "job");
    if (job.ok() && job->job.comment != key)
        return Status(StatusCode::FailedPrecondition,
                      "Job " + name.toStdString() + " is not this proposal's (its " + kK8sKeyAnnotation + " is '"
                          + job->job.comment + "', expected '" + key + "'); left untouched: rename or delete that Job",
                      kSource);
    return job;
}

DispatchOutcome outcome(Status s, std::string id = {}, bool already = false, std::string detail = {})
{
    return DispatchOutcome{std::move(s), std::move(id), already, std::move(detail)};
}

} // namespace

KubernetesJobClient::KubernetesJobClient(KubernetesConfig config, QObject* parent)
    : QObject(parent), m_config(std::move(config))
{
    qRegisterMetaType<greenlight::K8sJob>();
    m_nam.setTransferTimeout(m_config.timeoutMs);
}

KubernetesJobClient::~KubernetesJobClient() { stopWatch(); }

QString KubernetesJobClient::jobsPath(const QString& name) const
{
    return QStringLiteral("/apis/batch/v1/namespaces/%1/jobs%2")
        .arg(m_config.ns, name.isEmpty() ? QString() : QStringLiteral("/") + name);
}

QNetworkRequest KubernetesJobClient::request(const QString& path, const QByteArray& contentType) const
{
    QUrl url = m_config.apiServer;
    const QString query = path.contains(QLatin1Char('?')) ? path.section(QLatin1Char('?'), 1) : QString();
    url.setPath(path.section(QLatin1Char('?'), 0, 0));
    if (!query.isEmpty())
        url.setQuery(query);
    QNetworkRequest r(url);
    r.setRawHeader("Authorization", "Bearer " + m_config.bearerToken);
    r.setRawHeader("Accept", "application/json");
    if (!contentType.isEmpty())
        r.setHeader(QNetworkRequest::ContentTypeHeader, contentType);
    if (!m_config.caBundle.isEmpty()) {
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.setCaCertificates(QSslCertificate::fromPath(m_config.caBundle)); // only the cluster's CA
        tls.setPeerVerifyMode(QSslSocket::VerifyPeer);
        r.setSslConfiguration(tls);
    }
    return r;
}

QFuture<DispatchOutcome> KubernetesJobClient::create(const ClusterJobSpec& spec, const QString& site, bool suspended)
{
    const QString name = QString::fromStdString(k8sObjectName(spec.idempotencyKey));
    Result<std::string> manifest = k8sJobManifest(spec, name.toStdString(), m_config.siteLabelKey.toStdString(),
                                                  site.toStdString(), suspended);
    if (!manifest.ok())
        return readyFuture(outcome(manifest.status()));
    const QByteArray body = QByteArray::fromStdString(manifest.value());
    if (m_config.dryRun) {
        m_dryRun << QStringLiteral("POST %1%2 %3").arg(m_config.apiServer.toString(), jobsPath(), QString::fromUtf8(body));
        return readyFuture(outcome(Status::ok(), name.toStdString(), false, "dry run: create " + name.toStdString()));
    }
    auto promise = std::make_shared<QPromise<DispatchOutcome>>();
    promise->start();
    HttpExchange::send(m_nam, request(jobsPath(), "application/json"), "POST", body, this,
                       [this, promise, name, key = spec.idempotencyKey](const HttpAnswer& a) {
        if (a.status == 201 || a.status == 200) {
            promise->addResult(outcome(Status::ok(), name.toStdString(), false, "created Job " + name.toStdString()));
            promise->finish();
            return;
        }
        if (a.status != 409) {
            promise->addResult(outcome(statusFrom(a, QStringLiteral("create ") + name)));
            promise->finish();
            return;
        }
        // AlreadyExists: an earlier attempt got through. Adopt it if it is ours.
        HttpExchange::send(m_nam, request(jobsPath(name)), "GET", {}, this,
                           [promise, name, key](const HttpAnswer& g) {
            Result<K8sJob> job = ownJob(g, name, key);
            if (!job.ok())
                promise->addResult(outcome(job.status()));
            else if (job->beingDeleted)
                promise->addResult(outcome(Status(StatusCode::Unavailable,
                    "Job " + name.toStdString() + " from an earlier attempt is being deleted; dispatch again once it is gone",
                    kSource)));
            else
                promise->addResult(outcome(Status::ok(), name.toStdString(), true,
                                           "Job " + name.toStdString() + " already exists (created by an earlier attempt)"));
            promise->finish();
        });
    });
    return promise->future();
}

void KubernetesJobClient::patchSuspend(const QString& name, const std::string& key, bool suspended, int attemptsLeft,
                                       std::shared_ptr<QPromise<DispatchOutcome>> promise)
{
    // Read the current version, then patch with it: a concurrent writer makes the patch fail with
    // 409 Conflict instead of being silently overwritten, and we read again and retry.
    HttpExchange::send(m_nam, request(jobsPath(name)), "GET", {}, this,
                       [this, name, key, suspended, attemptsLeft, promise](const HttpAnswer& g) {
        Result<K8sJob> job = ownJob(g, name, key);
        if (!job.ok()) {
            promise->addResult(outcome(job.status()));
            promise->finish();
            return;
        }
        if (job->suspended == suspended) {
            promise->addResult(outcome(Status::ok(), name.toStdString(), true,
                                       std::string("Job ") + name.toStdString() + (suspended ? " is already suspended" : " is already running")));
            promise->finish();
            return;
        }
        const QByteArray patch = QByteArrayLiteral("{\"metadata\":{\"resourceVersion\":\"")
            + QByteArray::fromStdString(job->resourceVersion) + QByteArrayLiteral("\"},\"spec\":{\"suspend\":")
            + (suspended ? QByteArrayLiteral("true") : QByteArrayLiteral("false")) + QByteArrayLiteral("}}");
        HttpExchange::send(m_nam, request(jobsPath(name), "application/merge-patch+json"), "PATCH", patch, this,
                           [this, name, key, suspended, attemptsLeft, promise](const HttpAnswer& p) {
            if (p.status == 200) {
                promise->addResult(outcome(Status::ok(), name.toStdString(), false,
                                           std::string(suspended ? "suspended " : "resumed ") + name.toStdString()));
                promise->finish();
            } else if (p.status == 409 && attemptsLeft > 1) {
                patchSuspend(name, key, suspended, attemptsLeft - 1, promise);
            } else {
                promise->addResult(outcome(statusFrom(p, QStringLiteral("patch ") + name)));
                promise->finish();
            }
        });
    });
}

QFuture<DispatchOutcome> KubernetesJobClient::setSuspended(const std::string& key, bool suspended)
{
    const QString name = QString::fromStdString(k8sObjectName(key));
    if (m_config.dryRun) {
        m_dryRun << QStringLiteral("PATCH %1%2 application/merge-patch+json {\"spec\":{\"suspend\":%3}}")
                        .arg(m_config.apiServer.toString(), jobsPath(name), suspended ? QStringLiteral("true") : QStringLiteral("false"));
        return readyFuture(outcome(Status::ok(), name.toStdString(), false, "dry run"));
    }
    auto promise = std::make_shared<QPromise<DispatchOutcome>>();
    promise->start();
    patchSuspend(name, key, suspended, 3, promise);
    return promise->future();
}

QFuture<DispatchOutcome> KubernetesJobClient::remove(const std::string& key, DeletePropagation propagation)
{
    const QString name = QString::fromStdString(k8sObjectName(key));
    const char* policy = propagation == DeletePropagation::Foreground ? "Foreground"
        : propagation == DeletePropagation::Orphan                     ? "Orphan"
                                                                       : "Background";
    // The delete names the uid read just before it: a Job re-created under the name is not removed.
    auto deleteOptions = [policy](const std::string& uid) {
        return QByteArrayLiteral("{\"kind\":\"DeleteOptions\",\"apiVersion\":\"v1\",\"propagationPolicy\":\"")
            + policy + QByteArrayLiteral("\",\"preconditions\":{\"uid\":\"") + QByteArray::fromStdString(uid)
            + QByteArrayLiteral("\"}}");
    };
    if (m_config.dryRun) {
        m_dryRun << QStringLiteral("GET %1%2").arg(m_config.apiServer.toString(), jobsPath(name))
                 << QStringLiteral("DELETE %1%2 %3")
                        .arg(m_config.apiServer.toString(), jobsPath(name),
                             QString::fromUtf8(deleteOptions("<uid of the Job read, if it carries our key>")));
        return readyFuture(outcome(Status::ok(), name.toStdString(), false, "dry run"));
    }
    auto promise = std::make_shared<QPromise<DispatchOutcome>>();
    promise->start();
    // Read first: only a Job carrying our key is deleted, and the delete names its uid as a
    // precondition, so a Job re-created under that name meanwhile is not the one removed.
    HttpExchange::send(m_nam, request(jobsPath(name)), "GET", {}, this,
                       [this, promise, name, key, deleteOptions](const HttpAnswer& g) {
        if (g.status == 404) {
            promise->addResult(outcome(Status::ok(), name.toStdString(), true, "Job " + name.toStdString() + " is already gone"));
            promise->finish();
            return;
        }
        Result<K8sJob> job = ownJob(g, name, key);
        if (!job.ok()) {
            promise->addResult(outcome(job.status()));
            promise->finish();
            return;
        }
        const QByteArray guarded = deleteOptions(job->uid);
        HttpExchange::send(m_nam, request(jobsPath(name), "application/json"), "DELETE", guarded, this,
                           [promise, name](const HttpAnswer& a) {
            if (a.status == 200 || a.status == 202)
                promise->addResult(outcome(Status::ok(), name.toStdString(), false, "deleted Job " + name.toStdString()));
            else if (a.status == 404)
                promise->addResult(outcome(Status::ok(), name.toStdString(), true, "Job " + name.toStdString() + " is already gone"));
            else
                promise->addResult(outcome(statusFrom(a, QStringLiteral("delete ") + name)));
            promise->finish();
        });
    });
    return promise->future();
}

QFuture<Result<K8sJob>> KubernetesJobClient::get(const std::string& key)
{
    const QString name = QString::fromStdString(k8sObjectName(key));
    auto promise = std::make_shared<QPromise<Result<K8sJob>>>();
    promise->start();
    HttpExchange::send(m_nam, request(jobsPath(name)), "GET", {}, this, [promise, name, key](const HttpAnswer& a) {
        promise->addResult(ownJob(a, name, key));
        promise->finish();
    });
    return promise->future();
}

QFuture<Result<K8sJobList>> KubernetesJobClient::list()
{
    auto promise = std::make_shared<QPromise<Result<K8sJobList>>>();
    promise->start();
    const QString path = jobsPath() + QStringLiteral("?labelSelector=") + QString::fromLatin1(kK8sManagedLabel)
        + QStringLiteral("%3Dtrue");
    HttpExchange::send(m_nam, request(path), "GET", {}, this, [promise](const HttpAnswer& a) {
        promise->addResult(a.status == 200 ? parseK8sJobList(bodyView(a.body), "job list")
                                           : Result<K8sJobList>(statusFrom(a, QStringLiteral("list jobs"))));
        promise->finish();
    });
    return promise->future();
}

void KubernetesJobClient::watch(const QString& resourceVersion, int timeoutSeconds)
{
    stopWatch();
    const QString path = jobsPath() + QStringLiteral("?watch=true&labelSelector=") + QString::fromLatin1(kK8sManagedLabel)
        + QStringLiteral("%3Dtrue&resourceVersion=") + resourceVersion + QStringLiteral("&timeoutSeconds=")
        + QString::number(timeoutSeconds);
    QNetworkRequest r = request(path);
    r.setTransferTimeout(0); // a watch is quiet for as long as nothing changes
    m_watch = m_nam.get(r);
    m_watchBuffer.clear();
    connect(m_watch, &QNetworkReply::readyRead, this, [this] {
        m_watchBuffer += m_watch->readAll();
        for (qsizetype end = m_watchBuffer.indexOf('\n'); end >= 0; end = m_watchBuffer.indexOf('\n')) {
            const QByteArray line = m_watchBuffer.left(end);
            m_watchBuffer.remove(0, end + 1);
            if (line.trimmed().isEmpty())
                continue;
            Result<K8sWatchEvent> event = parseK8sWatchEvent(bodyView(line), "watch");
            if (event.ok())
                emit jobChanged(QString::fromStdString(event->type), event->object);
        }
    });
    connect(m_watch, &QNetworkReply::finished, this, [this] {
        QNetworkReply* reply = std::exchange(m_watch, nullptr);
        const QString reason = reply->error() == QNetworkReply::NoError ? QStringLiteral("the server ended the watch")
                                                                        : reply->errorString();
        reply->deleteLater();
        emit watchEnded(reason);
    });
}

void KubernetesJobClient::stopWatch()
{
    if (m_watch == nullptr)
        return;
    QNetworkReply* reply = std::exchange(m_watch, nullptr);
    reply->disconnect(this);
    reply->abort();
    reply->deleteLater();
}

} // namespace greenlight
