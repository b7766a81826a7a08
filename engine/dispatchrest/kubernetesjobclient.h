// Kubernetes batch/v1 Jobs over the REST API (Qt Network): create a Job for a site (nodeSelector)
// held with spec.suspend, resume or suspend it with a merge patch, delete it with a propagation
// policy, list and watch. The object name comes from the proposal id, so a retried create meets
// 409 AlreadyExists and adopts the existing Job instead of making a second (only a Job that
// carries our key is adopted, patched or deleted); a patch that meets a
// resourceVersion conflict re-reads and tries again. Bearer token and a CA bundle (only that CA is
// trusted). Asynchronous: results arrive as QFutures on the client's thread; nothing blocks.
//
//   KubernetesJobClient k8s({.apiServer = url, .ns = "ml", .bearerToken = token, .caBundle = ca});
//   k8s.create(spec, "fra1", true).then(this, [](const DispatchOutcome& o) { … });
#pragma once

#include "core/dispatch/k8sjobjson.h"
#include "dispatch/slurmdispatcher.h" // DispatchOutcome

#include <QFuture>
#include <QNetworkAccessManager>
#include <QObject>
#include <QStringList>
#include <QUrl>

#include <memory>

class QNetworkReply;

namespace greenlight {

struct KubernetesConfig {
    QUrl apiServer;              // https://127.0.0.1:6443
    QString ns = QStringLiteral("default");
    QByteArray bearerToken;      // never logged; masked in dry runs
    QString caBundle;            // PEM file; empty: the system's CAs
    int timeoutMs = 15'000;
    QString siteLabelKey = QStringLiteral("topology.greenlight.io/site");
    bool dryRun = false;         // record the requests, send nothing
};

enum class DeletePropagation { Invalid, Foreground, Background, Orphan };

class KubernetesJobClient : public QObject {
    Q_OBJECT
public:
    explicit KubernetesJobClient(KubernetesConfig config, QObject* parent = nullptr);
    ~KubernetesJobClient() override;

    QFuture<DispatchOutcome> create(const ClusterJobSpec& spec, const QString& site, bool suspended);
    QFuture<DispatchOutcome> setSuspended(const std::string& key, bool suspended);
    QFuture<DispatchOutcome> remove(const std::string& key, DeletePropagation propagation);
    QFuture<Result<K8sJob>> get(const std::string& key);
    QFuture<Result<K8sJobList>> list();

    // Streams changes after `resourceVersion` (from list()) until stopWatch() or the server ends it.
    void watch(const QString& resourceVersion, int timeoutSeconds = 300);
    void stopWatch();

    // In dry-run mode: "POST https://…/jobs" + body, one entry per request that would be sent.
    const QStringList& dryRunRequests() const { return m_dryRun; }

signals:
    void jobChanged(const QString& type, const greenlight::K8sJob& job);
    void watchEnded(const QString& reason);

private:
    QNetworkRequest request(const QString& path, const QByteArray& contentType = {}) const;
    QString jobsPath(const QString& name = {}) const;
    void patchSuspend(const QString& name, const std::string& key, bool suspended, int attemptsLeft,
                      std::shared_ptr<QPromise<DispatchOutcome>> promise);

    KubernetesConfig m_config;
    QNetworkAccessManager m_nam;
    QNetworkReply* m_watch = nullptr;
    QByteArray m_watchBuffer;
    QStringList m_dryRun;
};

} // namespace greenlight

Q_DECLARE_METATYPE(greenlight::K8sJob)
