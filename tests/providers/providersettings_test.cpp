// Settings → Providers and the status view, driven like an operator would: the key is masked and
// never shown back, zones and intervals round-trip, "Test connection" reaches a real loopback
// server and says what happened, and the status view shows state, age and the STALE badge.
// With GREENLIGHT_SCREENSHOT_DIR set, saves PNGs of the dialog (run under Xvfb to look at them).
#include "fixtureserver.h"

#include "providercontroller.h"
#include "providers/filesecretstore.h"
#include "widgets/providersettingsdialog.h"
#include "widgets/providersettingspage.h"
#include "widgets/providerstatusview.h"

#include <QApplication>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace greenlight;
using namespace greenlight::test;

namespace {

constexpr int kWaitMs = 15'000;

QByteArray fixture(const QString& path)
{
    QFile file(QStringLiteral(GREENLIGHT_FIXTURES_DIR "/providers/") + path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", qPrintable(path));
    return file.readAll();
}

void saveShot(QWidget* widget, const QString& name)
{
    const QString dir = qEnvironmentVariable("GREENLIGHT_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    QVERIFY(widget->grab().save(dir + QLatin1Char('/') + name));
}

template <typename T>
T* findChildWithText(QWidget* parent, const QString& text)
{
    for (T* w : parent->findChildren<T*>()) {
        if (w->text() == text)
            return w;
    }
    return nullptr;
}

} // namespace

class ProviderSettingsTest : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void secretIsMaskedAndNeverShownBack();
    void statusViewShowsAgeSourceAndStaleBadge();
    void controllerPollsAndTestsAgainstALoopbackServer();

private:
    QTemporaryDir m_home;
};

void ProviderSettingsTest::initTestCase()
{
    // Secrets of this test go to a file in a temporary folder, never to a real keychain.
    qputenv("GREENLIGHT_SECRETS_FILE", (m_home.path() + QStringLiteral("/secrets.json")).toUtf8());
}

void ProviderSettingsTest::secretIsMaskedAndNeverShownBack()
{
    const QString secret = QStringLiteral("em-secret-token-987654321");
    QList<ProviderConfig> configs;
    for (const QString& id : knownProviderIds())
        configs.append(ProviderConfig::defaults(id));
    ProviderSettingsDialog dialog(configs, {{QStringLiteral("electricitymaps"), maskSecret(secret)}},
                                  QStringLiteral("file /tmp/x (readable only by you)"));
    ProviderSettingsPage* em = dialog.page(QStringLiteral("electricitymaps"));
    QVERIFY(em);
    QLineEdit* key = nullptr;
    for (QLineEdit* e : em->findChildren<QLineEdit*>()) {
        if (e->echoMode() == QLineEdit::Password)
            key = e;
    }
    QVERIFY(key);
    QVERIFY(key->text().isEmpty());
    QVERIFY(key->placeholderText().contains(QStringLiteral("4321")));
    QVERIFY(!key->placeholderText().contains(secret));
    QVERIFY(!dialog.enteredSecrets().contains(QStringLiteral("electricitymaps"))); // untouched: kept

    key->setText(QStringLiteral("new-key"));
    QCOMPARE(dialog.enteredSecrets().value(QStringLiteral("electricitymaps")), QStringLiteral("new-key"));
    QSignalSpy test(&dialog, &ProviderSettingsDialog::testRequested);
    findChildWithText<QPushButton>(em, QStringLiteral("Test connection"))->click();
    QCOMPARE(test.count(), 1);
    QCOMPARE(test.at(0).at(1).toBool(), true);
    QCOMPARE(test.at(0).at(2).toString(), QStringLiteral("new-key"));

    key->clear();
    findChildWithText<QPushButton>(em, QStringLiteral("Forget"))->click();
    QCOMPARE(dialog.enteredSecrets().value(QStringLiteral("electricitymaps"), QStringLiteral("x")), QString());

    // Zones, including a "lat, lon" point, and the interval round-trip.
    ProviderSettingsPage* wt = dialog.page(QStringLiteral("watttime"));
    for (QLineEdit* e : wt->findChildren<QLineEdit*>()) {
        if (e->text() == QLatin1String("CAISO_NORTH"))
            e->setText(QStringLiteral("CAISO_NORTH, 37.8, -122.3"));
    }
    QCOMPARE(wt->config().zones, (QStringList{QStringLiteral("CAISO_NORTH"), QStringLiteral("37.8,-122.3")}));
    QCOMPARE(wt->config().interval, std::chrono::seconds(300));
    // The UK API needs no key: no secret field at all.
    ProviderSettingsPage* uk = dialog.page(QStringLiteral("carbonintensity.org.uk"));
    for (QLineEdit* e : uk->findChildren<QLineEdit*>())
        QVERIFY(e->echoMode() != QLineEdit::Password);
}

void ProviderSettingsTest::statusViewShowsAgeSourceAndStaleBadge()
{
    const UtcTime now = parseIsoUtc("2024-03-06T19:30:00Z").value();
    ProviderStatusView view;
    ProviderStatus ok;
    ok.provider = QStringLiteral("carbonintensity.org.uk");
    ok.displayName = QStringLiteral("UK Carbon Intensity (NESO)");
    ok.health = ProviderHealth::Ok;
    ok.lastSuccess = now - std::chrono::minutes(3);
    ok.nextPoll = now + std::chrono::minutes(27);
    ProviderStatus limited;
    limited.provider = QStringLiteral("electricitymaps");
    limited.displayName = QStringLiteral("Electricity Maps");
    limited.health = ProviderHealth::RateLimited;
    limited.lastError = QStringLiteral("DE latest: rate limited (HTTP 429, retry after 600 s)");
    limited.lastErrorTime = now - std::chrono::minutes(1);
    limited.nextPoll = now + std::chrono::minutes(10);
    view.setProviderStatuses({ok, limited}, now);
    QCOMPARE(view.providerTable()->rowCount(), 2);
    QCOMPARE(view.providerTable()->item(0, 1)->text(), QStringLiteral("OK"));
    QVERIFY(view.providerTable()->item(0, 2)->text().contains(QStringLiteral("3 min ago")));
    QVERIFY(view.providerTable()->item(1, 4)->text().contains(QStringLiteral("HTTP 429")));

    ChosenValue live;
    live.source = ValueSource::Live;
    live.provider = "carbonintensity.org.uk";
    live.gPerKwh = 224;
    live.age = std::chrono::minutes(1);
    ChosenValue stale = live;
    stale.source = ValueSource::LastKnown;
    stale.provider = "electricitymaps";
    stale.age = std::chrono::hours(5);
    stale.stale = true;
    ProviderReading percentile;
    percentile.value = 74;
    percentile.unit = ValueUnit::Percentile;
    view.setZoneValues({{QStringLiteral("GB"), live, std::nullopt},
                        {QStringLiteral("DE"), stale, std::nullopt},
                        {QStringLiteral("CAISO_NORTH"), ChosenValue{}, percentile}},
                       now);
    QTableWidget* zones = view.zoneTable();
    QCOMPARE(zones->item(0, 4)->text(), QStringLiteral("fresh"));
    QCOMPARE(zones->item(1, 4)->text(), QStringLiteral("STALE"));
    QVERIFY(zones->item(1, 2)->text().startsWith(QStringLiteral("last known")));
    QCOMPARE(zones->item(1, 3)->text(), QStringLiteral("5 h"));
    QCOMPARE(zones->item(2, 1)->text(), QStringLiteral("–")); // a percentile is not a g/kWh value
    QCOMPARE(zones->item(2, 5)->text(), QStringLiteral("74th percentile"));
}

void ProviderSettingsTest::controllerPollsAndTestsAgainstALoopbackServer()
{
    FixtureServer server;
    server.set(QStringLiteral("/intensity"), {200, fixture(QStringLiteral("uk-carbon-intensity/synthetic_intensity_now.json"))});
    server.set(QStringLiteral("/intensity/*"),
               {200, fixture(QStringLiteral("uk-carbon-intensity/intensity_fw48h_2023-03-15T1201Z.json"))});
    server.set(QStringLiteral("/v3/carbon-intensity/latest"), {401, QByteArray("{\"error\":\"Invalid token\"}")});
    {
        QSettings settings;
        settings.clear();
        ProviderConfig uk = ProviderConfig::defaults(QStringLiteral("carbonintensity.org.uk"));
        uk.enabled = true;
        uk.baseUrl = server.baseUrl();
        uk.save(settings);
        ProviderConfig em = ProviderConfig::defaults(QStringLiteral("electricitymaps"));
        em.baseUrl = server.baseUrl();
        em.zones = {QStringLiteral("DE")};
        em.save(settings);
    }
    FileSecretStore(qEnvironmentVariable("GREENLIGHT_SECRETS_FILE"))
        .writeNow(QStringLiteral("electricitymaps"), QStringLiteral("stored-em-key-123456"));

    ProviderController controller(nullptr);
    controller.start();
    QVERIFY(QTest::qWaitFor([&] {
        return controller.summaryLabel()->text() == QLatin1String("Live providers: 1 OK")
            && !controller.hub()->statuses().isEmpty() && controller.hub()->statuses()[0].lastSuccess;
    }, kWaitMs));
    QCOMPARE(server.count(QStringLiteral("/intensity")), 1);
    QCOMPARE(server.count(QStringLiteral("/v3/carbon-intensity/latest")), 0); // disabled

    QWidget window;
    window.resize(900, 600);
    controller.openSettings(&window);
    QVERIFY(QTest::qWaitFor([&] { return controller.settingsDialog() != nullptr; }, kWaitMs));
    ProviderSettingsDialog* dialog = controller.settingsDialog();
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    QCOMPARE(dialog->statusView()->providerTable()->item(0, 1)->text(), QStringLiteral("OK"));

    // Test the (disabled) Electricity Maps page with its stored key: the server refuses it.
    ProviderSettingsPage* em = dialog->page(QStringLiteral("electricitymaps"));
    dialog->tabs()->setCurrentWidget(em);
    findChildWithText<QPushButton>(em, QStringLiteral("Test connection"))->click();
    QLabel* result = nullptr;
    QVERIFY(QTest::qWaitFor([&] {
        for (QLabel* l : em->findChildren<QLabel*>()) {
            if (l->text().startsWith(QStringLiteral("✘")))
                result = l;
        }
        return result != nullptr;
    }, kWaitMs));
    QVERIFY2(result->text().contains(QStringLiteral("refused")), qPrintable(result->text()));
    QCOMPARE(server.requests().back().header("auth-token"), QByteArray("stored-em-key-123456"));
    saveShot(dialog, QStringLiteral("providers-settings-em.png"));

    ProviderSettingsPage* uk = dialog->page(QStringLiteral("carbonintensity.org.uk"));
    dialog->tabs()->setCurrentWidget(uk);
    findChildWithText<QPushButton>(uk, QStringLiteral("Test connection"))->click();
    QVERIFY(QTest::qWaitFor([&] {
        for (QLabel* l : uk->findChildren<QLabel*>()) {
            if (l->text().startsWith(QStringLiteral("✔")))
                return true;
        }
        return false;
    }, kWaitMs));
    saveShot(dialog, QStringLiteral("providers-settings-uk.png"));
    dialog->tabs()->setCurrentWidget(dialog->statusView());
    QApplication::processEvents();
    saveShot(dialog, QStringLiteral("providers-status.png"));

    // OK with nothing changed: the running poller stays (with its backoff and next poll), and
    // the provider is not asked again at once.
    ProviderPoller* running = controller.hub()->poller(QStringLiteral("carbonintensity.org.uk"));
    QVERIFY(running);
    const int asked = server.count(QStringLiteral("/intensity"));
    dialog->accept();
    QApplication::processEvents();
    QCOMPARE(controller.hub()->poller(QStringLiteral("carbonintensity.org.uk")), running);
    QCOMPARE(controller.hub()->pollers().size(), 1);
    QTest::qWait(200);
    QCOMPARE(server.count(QStringLiteral("/intensity")), asked);
}

QTEST_MAIN(ProviderSettingsTest)
#include "providersettings_test.moc"
