// The Kubernetes Jobs client against a loopback HTTPS server that implements batch/v1 Jobs from
// the API's documented behaviour (k8s_emulator.py; Debian 12 has no API server). To run the same
// tests against a real cluster (kind, k3s), set GREENLIGHT_K8S_API_SERVER, GREENLIGHT_K8S_TOKEN,
// GREENLIGHT_K8S_CA and GREENLIGHT_K8S_NAMESPACE; the emulator-only test is then skipped.
#include "dispatchrest/kubernetesjobclient.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace greenlight;

namespace {

template <typename T>
T await(QFuture<T> future)
{
    // The client works on this thread's event loop: keep it turning until the answer is in.
    if (!QTest::qWaitFor([&] { return future.isFinished(); }, 20'000))
        qFatal("no answer within 20 s");
    return future.result();
}

} // namespace

class KubernetesTest : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void createsSuspendedForItsSiteThenResumesAndDeletes();
    void aRetriedCreateAdoptsTheExistingJob();
    void aJobOfAnotherKeyUnderOurNameIsNotAdopted();
    void aResourceVersionConflictIsReadAgainAndRetried();
    void watchStreamsEveryChange();
    void aWrongTokenIsRefused();
    void anUntrustedServerIsRefused();
    void dryRunSendsNothing();

private:
    KubernetesConfig config(const QByteArray& token = {}) const;
    ClusterJobSpec spec(const QString& label) const;

    QTemporaryDir m_dir;
    QProcess m_emulator;
    bool m_realCluster = false;
    QUrl m_url;
    QByteArray m_token;
    QString m_ca;
    QString m_ns = QStringLiteral("greenlight-test");
};

void KubernetesTest::initTestCase()
{
    if (!qEnvironmentVariableIsEmpty("GREENLIGHT_K8S_API_SERVER")) {
        m_realCluster = true;
        m_url = QUrl(qEnvironmentVariable("GREENLIGHT_K8S_API_SERVER"));
        m_token = qEnvironmentVariable("GREENLIGHT_K8S_TOKEN").toUtf8();
        m_ca = qEnvironmentVariable("GREENLIGHT_K8S_CA");
        m_ns = qEnvironmentVariable("GREENLIGHT_K8S_NAMESPACE", QStringLiteral("default"));
        return;
    }
    // A CA and a server certificate for 127.0.0.1, made fresh for this run.
    const QString d = m_dir.path();
    auto openssl = [&](const QStringList& args) {
        QProcess p;
        p.start(QStringLiteral("openssl"), args);
        QVERIFY2(p.waitForFinished(30'000) && p.exitCode() == 0, qPrintable(QString::fromUtf8(p.readAllStandardError())));
    };
    openssl({"req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256", "-nodes", "-days", "2",
             "-subj", "/CN=greenlight-test-ca", "-keyout", d + "/ca.key", "-out", d + "/ca.pem"});
    openssl({"req", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256", "-nodes", "-subj", "/CN=127.0.0.1",
             "-keyout", d + "/server.key", "-out", d + "/server.csr"});
    QFile ext(d + "/ext.cnf");
    QVERIFY(ext.open(QIODevice::WriteOnly));
    ext.write("subjectAltName=IP:127.0.0.1\n");
    ext.close();
    openssl({"x509", "-req", "-in", d + "/server.csr", "-CA", d + "/ca.pem", "-CAkey", d + "/ca.key",
             "-CAcreateserial", "-days", "2", "-extfile", d + "/ext.cnf", "-out", d + "/server.pem"});
    // A second CA nobody signed the server with.
    openssl({"req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256", "-nodes", "-days", "2",
             "-subj", "/CN=some-other-ca", "-keyout", d + "/other.key", "-out", d + "/other.pem"});

    m_token = "test-token-" + QByteArray::number(QCoreApplication::applicationPid());
    m_ca = d + "/ca.pem";
    const QString portFile = d + "/port";
    m_emulator.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    m_emulator.start(QStringLiteral("python3"), {QStringLiteral(GREENLIGHT_K8S_EMULATOR), portFile, d + "/server.pem",
                                                 d + "/server.key", QString::fromUtf8(m_token)});
    QVERIFY(m_emulator.waitForStarted());
    QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(portFile), 15'000);
    QFile port(portFile);
    QVERIFY(port.open(QIODevice::ReadOnly));
    m_url = QUrl(QStringLiteral("https://127.0.0.1:") + QString::fromUtf8(port.readAll()).trimmed());
}

void KubernetesTest::cleanupTestCase()
{
    if (m_emulator.state() != QProcess::NotRunning) {
        m_emulator.kill();
        m_emulator.waitForFinished();
    }
}

KubernetesConfig KubernetesTest::config(const QByteArray& token) const
{
    KubernetesConfig c;
    c.apiServer = m_url;
    c.ns = m_ns;
    c.bearerToken = token.isEmpty() ? m_token : token;
    c.caBundle = m_ca;
    return c;
}

ClusterJobSpec KubernetesTest::spec(const QString& label) const
{
    ClusterJobSpec s;
    s.idempotencyKey = QStringLiteral("P-%1-%2-%3").arg(label).arg(QCoreApplication::applicationPid())
                           .arg(QDateTime::currentMSecsSinceEpoch()).toStdString();
    s.name = label.toStdString();
    s.command = "python train.py --resume /ckpt/latest";
    s.gpus = 8;
    s.cpus = 4;
    return s;
}

void KubernetesTest::createsSuspendedForItsSiteThenResumesAndDeletes()
{
    KubernetesJobClient k8s(config());
    const ClusterJobSpec s = spec(QStringLiteral("cycle"));
    const DispatchOutcome created = await(k8s.create(s, QStringLiteral("fra1"), true));
    QVERIFY2(created.status.isOk(), created.status.toString().c_str());
    QCOMPARE(created.jobId, k8sObjectName(s.idempotencyKey));

    Result<K8sJob> job = await(k8s.get(s.idempotencyKey));
    QVERIFY2(job.ok(), job.status().toString().c_str());
    QVERIFY(job->suspended);
    QCOMPARE(job->job.state, ClusterJobState::Suspended);
    QCOMPARE(job->job.partition, std::string("fra1"));
    QCOMPARE(job->job.comment, s.idempotencyKey);

    const DispatchOutcome resumed = await(k8s.setSuspended(s.idempotencyKey, false));
    QVERIFY2(resumed.status.isOk(), resumed.status.toString().c_str());
    QVERIFY(!await(k8s.get(s.idempotencyKey))->suspended);
    QVERIFY(await(k8s.setSuspended(s.idempotencyKey, false)).alreadyDone);
    QVERIFY(await(k8s.setSuspended(s.idempotencyKey, true)).status.isOk());

    QVERIFY(await(k8s.remove(s.idempotencyKey, DeletePropagation::Foreground)).status.isOk());
    QCOMPARE(await(k8s.get(s.idempotencyKey)).status().code(), StatusCode::NotFound);
    QVERIFY(await(k8s.remove(s.idempotencyKey, DeletePropagation::Foreground)).alreadyDone);
}

void KubernetesTest::aRetriedCreateAdoptsTheExistingJob()
{
    KubernetesJobClient k8s(config());
    const ClusterJobSpec s = spec(QStringLiteral("retry"));
    QVERIFY(await(k8s.create(s, QStringLiteral("osl1"), true)).status.isOk());
    const DispatchOutcome again = await(k8s.create(s, QStringLiteral("osl1"), true));
    QVERIFY2(again.status.isOk(), again.status.toString().c_str());
    QVERIFY(again.alreadyDone);
    Result<K8sJobList> list = await(k8s.list());
    QVERIFY(list.ok());
    int withKey = 0;
    for (const K8sJob& j : list->items)
        withKey += j.job.comment == s.idempotencyKey ? 1 : 0;
    QCOMPARE(withKey, 1);
    QVERIFY(await(k8s.remove(s.idempotencyKey, DeletePropagation::Background)).status.isOk());
}

void KubernetesTest::aJobOfAnotherKeyUnderOurNameIsNotAdopted()
{
    // Someone else's Job holds the name our key maps to (made by hand, or a hash collision).
    KubernetesJobClient k8s(config());
    const ClusterJobSpec ours = spec(QStringLiteral("taken"));
    ClusterJobSpec theirs = spec(QStringLiteral("other"));
    const std::string name = k8sObjectName(ours.idempotencyKey);
    Result<std::string> manifest = k8sJobManifest(theirs, name, "topology.greenlight.io/site", "osl1", true);
    QVERIFY(manifest.ok());
    QNetworkAccessManager nam;
    QNetworkRequest post(QUrl(m_url.toString() + QStringLiteral("/apis/batch/v1/namespaces/%1/jobs").arg(m_ns)));
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setCaCertificates(QSslCertificate::fromPath(m_ca));
    post.setSslConfiguration(tls);
    post.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    post.setRawHeader("Authorization", "Bearer " + m_token);
    QNetworkReply* reply = nam.post(post, QByteArray::fromStdString(manifest.value()));
    QTRY_VERIFY_WITH_TIMEOUT(reply->isFinished(), 10'000);
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 201);
    reply->deleteLater();

    const DispatchOutcome o = await(k8s.create(ours, QStringLiteral("osl1"), true));
    QVERIFY(!o.status.isOk());
    QVERIFY(!o.alreadyDone);
    QCOMPARE(o.status.code(), StatusCode::FailedPrecondition);
    QVERIFY2(o.status.toString().find("not this proposal's") != std::string::npos, o.status.toString().c_str());
    QVERIFY2(o.status.toString().find(theirs.idempotencyKey) != std::string::npos, o.status.toString().c_str());
    // Nothing done by our key touches their Job: read, suspend or delete.
    QCOMPARE(await(k8s.get(ours.idempotencyKey)).status().code(), StatusCode::FailedPrecondition);
    QCOMPARE(await(k8s.setSuspended(ours.idempotencyKey, false)).status.code(), StatusCode::FailedPrecondition);
    const DispatchOutcome removed = await(k8s.remove(ours.idempotencyKey, DeletePropagation::Background));
    QCOMPARE(removed.status.code(), StatusCode::FailedPrecondition);
    Result<K8sJobList> list = await(k8s.list());
    QVERIFY(list.ok());
    int theirsFound = 0;
    for (const K8sJob& j : list->items)
        theirsFound += j.job.comment == theirs.idempotencyKey && j.job.id == name && j.suspended ? 1 : 0;
    QCOMPARE(theirsFound, 1);
}

void KubernetesTest::aResourceVersionConflictIsReadAgainAndRetried()
{
    if (m_realCluster)
        QSKIP("needs the emulator's hook to force a concurrent writer");
    KubernetesJobClient k8s(config());
    const ClusterJobSpec s = spec(QStringLiteral("conflict"));
    QVERIFY(await(k8s.create(s, QStringLiteral("fra1"), true)).status.isOk());
    const QString name = QString::fromStdString(k8sObjectName(s.idempotencyKey));

    // Another writer changes the Job between our read and our patch.
    QNetworkAccessManager nam;
    QNetworkRequest hook(QUrl(m_url.toString() + QStringLiteral("/emulator/conflict-next/%1/%2").arg(m_ns, name)));
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setCaCertificates(QSslCertificate::fromPath(m_ca));
    hook.setSslConfiguration(tls);
    QNetworkReply* reply = nam.post(hook, QByteArray());
    QTRY_VERIFY_WITH_TIMEOUT(reply->isFinished(), 10'000);
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
    reply->deleteLater();

    const DispatchOutcome resumed = await(k8s.setSuspended(s.idempotencyKey, false));
    QVERIFY2(resumed.status.isOk(), resumed.status.toString().c_str());
    QVERIFY(!await(k8s.get(s.idempotencyKey))->suspended);
    QVERIFY(await(k8s.remove(s.idempotencyKey, DeletePropagation::Background)).status.isOk());
}

void KubernetesTest::watchStreamsEveryChange()
{
    KubernetesJobClient k8s(config());
    Result<K8sJobList> list = await(k8s.list());
    QVERIFY2(list.ok(), list.status().toString().c_str());
    QSignalSpy changes(&k8s, &KubernetesJobClient::jobChanged);
    k8s.watch(QString::fromStdString(list->resourceVersion), 60);
    const ClusterJobSpec s = spec(QStringLiteral("watch"));
    QVERIFY(await(k8s.create(s, QStringLiteral("fra1"), true)).status.isOk());
    QVERIFY(await(k8s.setSuspended(s.idempotencyKey, false)).status.isOk());
    QVERIFY(await(k8s.remove(s.idempotencyKey, DeletePropagation::Background)).status.isOk());
    QStringList types;
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            types.clear();
            for (const QList<QVariant>& c : changes)
                if (c.at(1).value<K8sJob>().job.comment == s.idempotencyKey)
                    types << c.at(0).toString();
            return types.size() >= 3;
        }(),
        15'000);
    QCOMPARE(types, (QStringList{"ADDED", "MODIFIED", "DELETED"}));
    k8s.stopWatch();
}

void KubernetesTest::aWrongTokenIsRefused()
{
    KubernetesJobClient k8s(config("not-the-token"));
    const DispatchOutcome o = await(k8s.create(spec(QStringLiteral("token")), QStringLiteral("fra1"), true));
    QCOMPARE(o.status.code(), StatusCode::PermissionDenied);
    QVERIFY2(o.status.message().find("401") != std::string::npos, o.status.message().c_str());
}

void KubernetesTest::anUntrustedServerIsRefused()
{
    if (m_realCluster)
        QSKIP("uses the emulator's second CA");
    KubernetesConfig c = config();
    c.caBundle = m_dir.path() + "/other.pem";
    KubernetesJobClient k8s(c);
    const DispatchOutcome o = await(k8s.create(spec(QStringLiteral("tls")), QStringLiteral("fra1"), true));
    QCOMPARE(o.status.code(), StatusCode::Unavailable);
    QVERIFY2(!o.status.message().empty(), "the TLS failure is named");
}

void KubernetesTest::dryRunSendsNothing()
{
    KubernetesConfig c = config();
    c.dryRun = true;
    KubernetesJobClient preview(c);
    const ClusterJobSpec s = spec(QStringLiteral("dry"));
    QVERIFY(await(preview.create(s, QStringLiteral("fra1"), true)).status.isOk());
    QCOMPARE(preview.dryRunRequests().size(), 1);
    const QString request = preview.dryRunRequests().first();
    QVERIFY(request.startsWith(QStringLiteral("POST https://")));
    QVERIFY(request.contains(QStringLiteral("\"suspend\":true")));
    QVERIFY(request.contains(QStringLiteral("\"topology.greenlight.io/site\":\"fra1\"")));
    QVERIFY2(!request.contains(QString::fromUtf8(m_token)), "the token never appears");
    KubernetesJobClient real(config());
    QCOMPARE(await(real.get(s.idempotencyKey)).status().code(), StatusCode::NotFound);
}

QTEST_GUILESS_MAIN(KubernetesTest)
#include "kubernetes_test.moc"
