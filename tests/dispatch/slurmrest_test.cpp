// Slurm's REST API on the real test cluster (slurmrestd with JWT, started by cluster.sh).
#include "dispatchrest/slurmrestclient.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QTest>

#include <chrono>

using namespace greenlight;

namespace {

template <typename T>
T await(QFuture<T> future)
{
    if (!QTest::qWaitFor([&] { return future.isFinished(); }, 20'000))
        qFatal("no answer within 20 s");
    return future.result();
}

} // namespace

class SlurmRestTest : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void detectsTheVersionsTheServerOffers();
    void submitHoldReleaseCancelIdempotently();
    void aBadTokenIsRefused();
    void dryRunSendsNoChange();

private:
    SlurmRestConfig config() const;
    ClusterJobSpec spec(const QString& label) const;
    QMap<QString, QString> m_env;
};

void SlurmRestTest::initTestCase()
{
    QFile file(qEnvironmentVariable("GREENLIGHT_TEST_CLUSTER_ENV"));
    QVERIFY2(file.open(QIODevice::ReadOnly), "the test cluster is not up: GREENLIGHT_TEST_CLUSTER_ENV (ctest starts it)");
    for (const QByteArray& line : file.readAll().split('\n'))
        if (const qsizetype eq = line.indexOf('='); eq > 0)
            m_env.insert(QString::fromUtf8(line.left(eq)), QString::fromUtf8(line.mid(eq + 1)));
    QVERIFY(!m_env.value(QStringLiteral("GREENLIGHT_TEST_SLURM_JWT")).isEmpty());
}

SlurmRestConfig SlurmRestTest::config() const
{
    SlurmRestConfig c;
    c.baseUrl = QUrl(m_env.value(QStringLiteral("GREENLIGHT_TEST_SLURMRESTD_URL")));
    c.userName = m_env.value(QStringLiteral("GREENLIGHT_TEST_SLURM_USER")).toUtf8();
    c.token = m_env.value(QStringLiteral("GREENLIGHT_TEST_SLURM_JWT")).toUtf8();
    c.partition = QStringLiteral("site-b");
    return c;
}

ClusterJobSpec SlurmRestTest::spec(const QString& label) const
{
    ClusterJobSpec s;
    s.idempotencyKey = QStringLiteral("P-rest-%1-%2-%3").arg(label).arg(QCoreApplication::applicationPid())
                           .arg(QDateTime::currentMSecsSinceEpoch()).toStdString();
    s.name = "rest 'quoted' $(name)";
    s.command = "sleep 600";
    s.begin = std::chrono::time_point_cast<Seconds>(std::chrono::system_clock::now()) + Hours{24};
    return s;
}

void SlurmRestTest::detectsTheVersionsTheServerOffers()
{
    SlurmRestClient rest(config());
    Result<QStringList> versions = await(rest.versions());
    QVERIFY2(versions.ok(), versions.status().toString().c_str());
    QVERIFY(versions->contains(QStringLiteral("v0.0.38")));
    QVERIFY(versions->contains(QStringLiteral("v0.0.37")));
}

void SlurmRestTest::submitHoldReleaseCancelIdempotently()
{
    SlurmRestClient rest(config());
    const ClusterJobSpec s = spec(QStringLiteral("cycle"));
    const DispatchOutcome submitted = await(rest.submit(s));
    QVERIFY2(submitted.status.isOk(), submitted.status.toString().c_str());
    QVERIFY(!submitted.jobId.empty());
    const DispatchOutcome again = await(rest.submit(s));
    QVERIFY(again.alreadyDone);
    QCOMPARE(again.jobId, submitted.jobId);

    auto find = [&]() -> std::optional<ClusterJob> {
        const Result<std::vector<ClusterJob>> all = await(rest.jobs());
        if (!all.ok())
            return std::nullopt;
        for (const ClusterJob& j : all.value())
            if (j.comment == "greenlight:" + s.idempotencyKey)
                return j;
        return std::nullopt;
    };
    std::optional<ClusterJob> job = find();
    QVERIFY(job);
    QCOMPARE(job->name, s.name);
    QCOMPARE(job->partition, std::string("site-b"));
    QCOMPARE(job->reason, std::string("BeginTime"));
    QVERIFY(job->eligibleTime && std::chrono::abs(*job->eligibleTime - *s.begin) <= Seconds{5});

    QVERIFY(await(rest.hold(s.idempotencyKey)).status.isOk());
    QCOMPARE(find()->state, ClusterJobState::Held);
    QVERIFY(await(rest.hold(s.idempotencyKey)).alreadyDone);
    QVERIFY(await(rest.release(s.idempotencyKey)).status.isOk());
    QCOMPARE(find()->state, ClusterJobState::Pending);
    QVERIFY(await(rest.cancel(s.idempotencyKey)).status.isOk());
    QTRY_VERIFY_WITH_TIMEOUT(!find() || find()->state == ClusterJobState::Cancelled, 10'000);
    QVERIFY(await(rest.cancel(s.idempotencyKey)).alreadyDone);
}

void SlurmRestTest::aBadTokenIsRefused()
{
    SlurmRestConfig c = config();
    c.token = "eyJhbGciOiJIUzI1NiJ9.e30.not-a-signature";
    SlurmRestClient rest(c);
    Result<std::vector<ClusterJob>> jobs = await(rest.jobs());
    QVERIFY(!jobs.ok());
    QVERIFY2(jobs.status().code() == StatusCode::PermissionDenied || jobs.status().code() == StatusCode::Unavailable,
             jobs.status().toString().c_str());
}

void SlurmRestTest::dryRunSendsNoChange()
{
    SlurmRestConfig c = config();
    c.dryRun = true;
    SlurmRestClient preview(c);
    const ClusterJobSpec s = spec(QStringLiteral("dry"));
    QVERIFY(await(preview.submit(s)).status.isOk());
    QCOMPARE(preview.dryRunRequests().size(), 1);
    QVERIFY(preview.dryRunRequests().first().startsWith(QStringLiteral("POST http://")));
    QVERIFY(preview.dryRunRequests().first().contains(QStringLiteral("greenlight:") + QString::fromStdString(s.idempotencyKey)));
    QVERIFY(!preview.dryRunRequests().first().contains(QString::fromUtf8(c.token)));
    SlurmRestClient real(config());
    const Result<std::vector<ClusterJob>> all = await(real.jobs());
    QVERIFY(all.ok());
    for (const ClusterJob& j : all.value())
        QVERIFY(j.comment != "greenlight:" + s.idempotencyKey);
}

QTEST_GUILESS_MAIN(SlurmRestTest)
#include "slurmrest_test.moc"
