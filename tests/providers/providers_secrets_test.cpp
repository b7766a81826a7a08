// Provider secrets and settings: the 0600 secret file (refused when others can read it), the
// keychain with its file fallback, secrets kept out of logs and error messages, and provider
// settings that round-trip without secrets and clamp hand-edited values.
#include "fixtureserver.h"
#include "providertestsupport.h"

#include "providers/electricitymapsprovider.h"
#include "providers/filesecretstore.h"
#include "providers/keychainsecretstore.h"
#include "providers/watttimeprovider.h"

#include <QSettings>
#include <QTemporaryDir>

using namespace greenlight;
using namespace greenlight::test;

class ProviderSecretsTest : public QObject {
    Q_OBJECT
private slots:
    void secretFileIsOwnerOnlyAndRefusedWhenOpen();
    void keychainFallsBackToTheFileWithoutAKeychain();
    void secretsNeverReachLogsOrErrors();
    void configRoundTripsWithoutSecretsAndClamps();
};

void ProviderSecretsTest::secretFileIsOwnerOnlyAndRefusedWhenOpen()
{
    QTemporaryDir dir;
    const QString path = dir.path() + QStringLiteral("/conf/secrets.json");
    FileSecretStore store(path);
    QVERIFY(store.writeNow(QStringLiteral("electricitymaps"), QStringLiteral("em-token-0123456789")).isOk());
    QVERIFY(store.writeNow(QStringLiteral("watttime"), QStringLiteral("pw")).isOk());
    QVERIFY(isMode0600(path));
    QCOMPARE(store.readNow(QStringLiteral("electricitymaps")).value(), QStringLiteral("em-token-0123456789"));
    QCOMPARE(store.readNow(QStringLiteral("nothing")).status().code(), StatusCode::NotFound);

    QSignalSpy never(&store, &QObject::destroyed);
    bool called = false;
    store.read(QStringLiteral("watttime"), this, [&](const Result<QString>& r) {
        called = true;
        QCOMPARE(r.value(), QStringLiteral("pw"));
    });
    QVERIFY(!called); // asynchronous: never inside the call
    QVERIFY(QTest::qWaitFor([&] { return called; }, kWaitMs));

    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadOther);
    const Result<QString> open = store.readNow(QStringLiteral("electricitymaps"));
    QCOMPARE(open.status().code(), StatusCode::FailedPrecondition);
    QVERIFY(QString::fromStdString(open.status().message()).contains(QStringLiteral("chmod 600")));

    QVERIFY(store.removeNow(QStringLiteral("electricitymaps")).isOk());
    QVERIFY(isMode0600(path));
    QCOMPARE(store.readNow(QStringLiteral("electricitymaps")).status().code(), StatusCode::NotFound);

    QCOMPARE(maskSecret(QStringLiteral("em-token-0123456789")), QString(8, QChar(0x2022)) + QStringLiteral("6789"));
    QCOMPARE(maskSecret(QStringLiteral("short")), QString(8, QChar(0x2022)));
}

void ProviderSecretsTest::keychainFallsBackToTheFileWithoutAKeychain()
{
    if (!qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
        QSKIP("a session bus is present: the OS keychain may answer here");
    QTemporaryDir dir;
    KeychainSecretStore store(dir.path() + QStringLiteral("/secrets.json"));
    bool written = false;
    store.write(QStringLiteral("watttime"), QStringLiteral("pw-1"), this, [&](const Status& s) {
        QVERIFY2(s.isOk(), s.toString().c_str());
        written = true;
    });
    QVERIFY(QTest::qWaitFor([&] { return written; }, kWaitMs));
    QVERIFY(store.usingFallback());
    QVERIFY(store.backendName().contains(QStringLiteral("no OS keychain")));
    QVERIFY(isMode0600(dir.path() + QStringLiteral("/secrets.json")));
    std::optional<QString> read;
    store.read(QStringLiteral("watttime"), this, [&](const Result<QString>& r) { read = r.ok() ? r.value() : QString(); });
    QVERIFY(QTest::qWaitFor([&] { return read.has_value(); }, kWaitMs));
    QCOMPARE(*read, QStringLiteral("pw-1"));
}

namespace {
QStringList* g_messages = nullptr;
void captureMessages(QtMsgType, const QMessageLogContext&, const QString& message)
{
    if (g_messages)
        g_messages->append(message);
}
} // namespace

void ProviderSecretsTest::secretsNeverReachLogsOrErrors()
{
    const QString token = QStringLiteral("SECRET-TOKEN-do-not-log-1234");
    FixtureServer server;
    server.set(QStringLiteral("/v3/carbon-intensity/latest"), {401, QByteArray("{\"error\":\"Invalid token\"}")});
    server.set(QStringLiteral("/login"), {403, QByteArray("{}")});
    QStringList messages;
    g_messages = &messages;
    QtMessageHandler previous = qInstallMessageHandler(captureMessages);
    FakeClock clock;
    ElectricityMapsProvider em(configFor(QStringLiteral("electricitymaps"), server.baseUrl()), clock.fn());
    em.setSecret(token);
    ProviderConfig wtConfig = configFor(QStringLiteral("watttime"), server.baseUrl());
    wtConfig.username = QStringLiteral("operator");
    WattTimeProvider wt(wtConfig, clock.fn());
    wt.setSecret(token);
    const Answer a = fetchOne(em, QStringLiteral("DE"), RequestKind::Latest);
    const Answer b = fetchOne(wt, QStringLiteral("CAISO_NORTH"), RequestKind::Latest);
    qInstallMessageHandler(previous);
    g_messages = nullptr;
    QVERIFY(a.failure && b.failure);
    for (const Answer* x : {&a, &b})
        QVERIFY(!QString::fromStdString(x->failure->status.toString()).contains(token));
    for (const QString& m : std::as_const(messages))
        QVERIFY2(!m.contains(token), qPrintable(m));
    QVERIFY(!QByteArray(QMetaType::fromType<ProviderFailure>().name()).isEmpty());
}

void ProviderSecretsTest::configRoundTripsWithoutSecretsAndClamps()
{
    QTemporaryDir dir;
    const QString path = dir.path() + QStringLiteral("/settings.ini");
    {
        QSettings settings(path, QSettings::IniFormat);
        ProviderConfig wt = ProviderConfig::defaults(QStringLiteral("watttime"));
        QCOMPARE(wt.interval, Seconds{300});
        wt.enabled = true;
        wt.zones = {QStringLiteral("CAISO_NORTH"), QStringLiteral("37.8,-122.3")};
        wt.username = QStringLiteral("operator");
        wt.save(settings);
        settings.setValue(QStringLiteral("providers/electricitymaps/intervalSeconds"), 1); // hand-edited
        settings.setValue(QStringLiteral("providers/electricitymaps/timeoutMs"), 10'000'000);
    }
    QSettings settings(path, QSettings::IniFormat);
    const ProviderConfig wt = ProviderConfig::load(settings, QStringLiteral("watttime"));
    QVERIFY(wt.enabled);
    QCOMPARE(wt.zones, (QStringList{QStringLiteral("CAISO_NORTH"), QStringLiteral("37.8,-122.3")}));
    QCOMPARE(wt.username, QStringLiteral("operator"));
    const ProviderConfig em = ProviderConfig::load(settings, QStringLiteral("electricitymaps"));
    QCOMPARE(em.interval, Seconds{60});
    QCOMPARE(em.timeout, std::chrono::milliseconds(120'000));
    QVERIFY(!em.enabled); // live sources are opt-in
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray text = file.readAll();
    QVERIFY(!text.contains("password") && !text.contains("token") && !text.contains("secret"));
}

QTEST_GUILESS_MAIN(ProviderSecretsTest)
#include "providers_secrets_test.moc"
