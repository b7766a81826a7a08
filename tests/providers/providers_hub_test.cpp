// What sits above the provider clients: the hub's fallback chain (live, stale, the provider's
// forecast, the engine's forecast, the last known value), the replay provider behind the same
// interface, and readings and forecasts persisted through the store thread as issued. Times come
// from a fake clock; waits are signal spies with generous limits (nothing asserts on wall-clock
// durations).
#include "fixtureserver.h"
#include "providertestsupport.h"

#include "core/intensityseries.h"
#include "core/providers/ukcarbonparser.h"
#include "core/replayclock.h"
#include "providers/electricitymapsprovider.h"
#include "providers/providerhub.h"
#include "providers/providerpoller.h"
#include "providers/replayprovider.h"
#include "providers/ukcarbonprovider.h"
#include "service/providerrecorder.h"
#include "service/storeservice.h"
#include "store/readingrepository.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace greenlight;
using namespace greenlight::test;

namespace {

// The UK API's recorded answers: the current half-hour and the 48 h forecast from 12:01 on
// 15 Mar 2023.
void serveUkNowAndForecast(FixtureServer& server)
{
    server.set(QStringLiteral("/intensity"), {200, fixture(QStringLiteral("uk-carbon-intensity/synthetic_intensity_now.json"))});
    server.set(QStringLiteral("/intensity/*"),
               {200, fixture(QStringLiteral("uk-carbon-intensity/intensity_fw48h_2023-03-15T1201Z.json"))});
}

} // namespace

class ProvidersHubTest : public QObject {
    Q_OBJECT
private slots:
    void staleDataAndFallbackChain();
    void answersOfOnePollMayArriveInAnyOrder();
    void removedPollersAreNoLongerHeard();
    void theNewerRevisionOfAPeriodWins();
    void engineForecastFromProviderHistory();
    void replayProviderIsTheSameInterface();
    void readingsAndForecastsAreStoredAsIssued();
};

void ProvidersHubTest::staleDataAndFallbackChain()
{
    FixtureServer server;
    serveUkNowAndForecast(server);
    FakeClock clock;
    clock.now = at("2023-03-15T12:01:00Z");
    ProviderHub hub(clock.fn());
    hub.setEngineForecast([](const QString&, UtcTime now) {
        return std::optional<EngineEstimate>(
            EngineEstimate{"ridge", now, std::chrono::floor<Hours>(now), Hours{1}, 199.0});
    });
    auto* poller = new ProviderPoller(
        new UkCarbonProvider(configFor(QStringLiteral("carbonintensity.org.uk"), server.baseUrl()), clock.fn()),
        {{QStringLiteral("GB")}, Seconds{1800}, {}}, clock.fn(), [] { return 0.5; });
    hub.addPoller(poller);
    QVERIFY(pollOnce(*poller));

    // Live: the 11:30–12:00 actual, ended a minute ago.
    ChosenValue v = hub.current(QStringLiteral("GB"));
    QCOMPARE(v.source, ValueSource::Live);
    QCOMPARE(v.gPerKwh, 224.0);
    QCOMPARE(v.age, Seconds{60});
    QVERIFY(!v.stale);

    // The service goes down; 90 minutes later the same value is still live but badged stale.
    server.set(QStringLiteral("/intensity"), {503, QByteArray("{}")});
    server.set(QStringLiteral("/intensity/*"), {503, QByteArray("{}")});
    clock.now += std::chrono::minutes(90);
    QVERIFY(pollOnce(*poller));
    v = hub.current(QStringLiteral("GB"));
    QCOMPARE(v.source, ValueSource::Live);
    QVERIFY(v.stale);

    // Past the live limit: the provider's forecast (issued at the last good fetch) covers now.
    clock.now += std::chrono::hours(2);
    v = hub.current(QStringLiteral("GB"));
    QCOMPARE(v.source, ValueSource::ProviderForecast);
    QCOMPARE(v.provider, std::string("carbonintensity.org.uk"));
    QCOMPARE(v.validTime, at("2023-03-15T15:30:00Z"));

    // Past the end of the provider's forecast: the engine's own.
    clock.now = at("2023-03-18T09:10:00Z");
    v = hub.current(QStringLiteral("GB"));
    QCOMPARE(v.source, ValueSource::EngineForecast);
    QCOMPARE(v.gPerKwh, 199.0);

    // No engine forecast either: the last known value, stale.
    hub.setEngineForecast({});
    v = hub.current(QStringLiteral("GB"));
    QCOMPARE(v.source, ValueSource::LastKnown);
    QCOMPARE(v.gPerKwh, 224.0);
    QVERIFY(v.stale);
}

void ProvidersHubTest::answersOfOnePollMayArriveInAnyOrder()
{
    // The UK "now" answer carries a forecast for its own half-hour. Arriving after the 48 h
    // forecast of the same poll, it used to replace that whole issue, so three hours later the
    // chain fell through to the engine's forecast (a CI run caught it).
    FakeClock clock;
    clock.now = at("2023-03-15T12:01:00Z");
    auto batchOf = [&](const char* path, RequestKind kind) {
        const QByteArray body = fixture(QString::fromLatin1(path));
        Result<UkCarbonBatch> parsed
            = parseUkNational(std::string_view(body.constData(), static_cast<std::size_t>(body.size())), clock.now);
        ProviderBatch batch;
        batch.provider = QStringLiteral("carbonintensity.org.uk");
        batch.zone = QStringLiteral("GB");
        batch.request = kind;
        batch.fetchedTime = clock.now;
        if (parsed.ok())
            batch.readings = parsed->readings;
        return batch;
    };
    const ProviderBatch forecast = batchOf("uk-carbon-intensity/intensity_fw48h_2023-03-15T1201Z.json", RequestKind::Forecast);
    const ProviderBatch latest = batchOf("uk-carbon-intensity/synthetic_intensity_now.json", RequestKind::Latest);
    QVERIFY(forecast.readings.size() > 90);
    QVERIFY(std::any_of(latest.readings.begin(), latest.readings.end(),
                        [](const ProviderReading& r) { return r.kind == ValueKind::Forecast; }));

    for (bool forecastFirst : {true, false}) {
        ProviderHub hub(clock.fn());
        hub.setEngineForecast([](const QString&, UtcTime now) {
            return std::optional<EngineEstimate>(
                EngineEstimate{"ridge", now, std::chrono::floor<Hours>(now), Hours{1}, 199.0});
        });
        hub.accept(forecastFirst ? forecast : latest);
        hub.accept(forecastFirst ? latest : forecast);
        const UtcTime polled = clock.now;
        clock.now = at("2023-03-15T15:31:00Z");
        const ChosenValue v = hub.current(QStringLiteral("GB"));
        QCOMPARE(v.source, ValueSource::ProviderForecast);
        QCOMPARE(v.validTime, at("2023-03-15T15:30:00Z"));
        clock.now = polled;
    }
}

void ProvidersHubTest::removedPollersAreNoLongerHeard()
{
    // Settings applied: the old pollers go. An answer that was already on its way (here sent
    // the moment they are removed) must not reach the hub or the store, e.g. from a provider
    // the user just disabled.
    FakeClock clock;
    clock.now = at("2023-03-15T12:01:00Z");
    ProviderHub hub(clock.fn());
    FixtureServer server;
    auto* uk = new UkCarbonProvider(configFor(QStringLiteral("carbonintensity.org.uk"), server.baseUrl()), clock.fn());
    hub.addPoller(new ProviderPoller(uk, {{QStringLiteral("GB")}, Seconds{1800}, {}}, clock.fn(), [] { return 0.5; }));
    QSignalSpy accepted(&hub, &ProviderHub::batchAccepted);
    hub.removeAll();
    ProviderBatch late;
    late.provider = QStringLiteral("carbonintensity.org.uk");
    late.zone = QStringLiteral("GB");
    late.request = RequestKind::Latest;
    late.fetchedTime = clock.now;
    emit uk->fetched(late);
    QCOMPARE(accepted.count(), 0);
    QVERIFY(hub.zones().isEmpty());
    QVERIFY(hub.pollers().isEmpty());
}

void ProvidersHubTest::theNewerRevisionOfAPeriodWins()
{
    // Electricity Maps' latest and history answers both hold the current hour, revised at
    // different times: the newer revision is shown whichever answer arrives last.
    FakeClock clock;
    clock.now = at("2024-03-06T20:05:00Z");
    auto batchWith = [&](RequestKind kind, const char* updated, double value) {
        ProviderReading r;
        r.provider = "electricitymaps";
        r.zone = "DE";
        r.signal = SignalKind::AverageLifecycle;
        r.unit = ValueUnit::GramsCo2PerKwh;
        r.kind = ValueKind::Actual;
        r.validTime = at("2024-03-06T19:00:00Z");
        r.period = Hours{1};
        r.fetchedTime = clock.now;
        r.issuedAt = at(updated);
        r.value = value;
        ProviderBatch batch;
        batch.provider = QStringLiteral("electricitymaps");
        batch.zone = QStringLiteral("DE");
        batch.request = kind;
        batch.fetchedTime = clock.now;
        batch.readings = {r};
        return batch;
    };
    const ProviderBatch latest = batchWith(RequestKind::Latest, "2024-03-06T20:04:00Z", 410.0);
    const ProviderBatch history = batchWith(RequestKind::History, "2024-03-06T19:58:00Z", 432.0);
    for (bool latestFirst : {true, false}) {
        ProviderHub hub(clock.fn());
        hub.accept(latestFirst ? latest : history);
        hub.accept(latestFirst ? history : latest);
        QCOMPARE(hub.current(QStringLiteral("DE")).gPerKwh, 410.0);
    }
}

void ProvidersHubTest::engineForecastFromProviderHistory()
{
    // A free Electricity Maps key: history, no forecast. Hours later, with the service down, the
    // chain's third step is the engine's seasonal-naive-24h over that history.
    FixtureServer server;
    server.set(QStringLiteral("/v3/carbon-intensity/latest"), {503, QByteArray("{}")});
    server.set(QStringLiteral("/v3/carbon-intensity/history"),
               {200, fixture(QStringLiteral("electricitymaps/carbon-intensity-history_DE.json"))});
    server.set(QStringLiteral("/v3/carbon-intensity/forecast"), {403, QByteArray("{}")});
    FakeClock clock;
    clock.now = at("2024-03-06T20:05:00Z");
    auto* em = new ElectricityMapsProvider(configFor(QStringLiteral("electricitymaps"), server.baseUrl()),
                                           clock.fn());
    em->setSecret(QStringLiteral("free"));
    ProviderHub hub(clock.fn());
    auto* poller = new ProviderPoller(em, {{QStringLiteral("DE")}, Seconds{900}, {}}, clock.fn(), [] { return 0.5; });
    hub.addPoller(poller);
    QVERIFY(pollOnce(*poller));
    QCOMPARE(hub.current(QStringLiteral("DE")).source, ValueSource::Live); // 19:00–20:00, just ended

    clock.now = at("2024-03-06T23:30:00Z");
    const ChosenValue v = hub.current(QStringLiteral("DE"));
    QCOMPARE(v.source, ValueSource::EngineForecast);
    QCOMPARE(v.gPerKwh, 606.0); // 23:00 the day before
    QCOMPARE(v.validTime, at("2024-03-06T23:00:00Z"));
    QVERIFY(QString::fromStdString(v.provider).startsWith(QStringLiteral("seasonal-naive-24h")));
    QVERIFY(v.stale); // issued 3.5 h ago

    // Two days on, the engine forecast has run out too: last known, stale.
    clock.now = at("2024-03-09T12:00:00Z");
    QCOMPARE(hub.current(QStringLiteral("DE")).source, ValueSource::LastKnown);
}

void ProvidersHubTest::replayProviderIsTheSameInterface()
{
    IntensitySeries::Columns columns;
    for (int h = 0; h < 8760; ++h)
        columns.lifecycleGPerKwh.push_back(100.0 + h % 500);
    auto series = IntensitySeries::create("DE", at("2022-01-01T00:00:00Z"), Hours{1}, columns);
    QVERIFY(series.ok());
    auto library = std::make_shared<TraceLibrary>(std::vector<IntensitySeries>{series.value()});
    FakeClock clock;
    clock.now = at("2026-03-01T10:30:00Z");
    ReplayClock replay(2022, clock.now);
    ReplayProvider provider(library, replay, clock.fn());
    CarbonProvider& asInterface = provider;
    Answer a = fetchOne(asInterface, QStringLiteral("DE"), RequestKind::Latest);
    QVERIFY(a.batch);
    QCOMPARE(a.batch->readings.size(), 1u);
    const ProviderReading& r = a.batch->readings[0];
    QCOMPARE(r.provider, std::string("replay"));
    const UtcTime replayed = replay.replayed(clock.now);
    QCOMPARE(r.value, series->sampleAt(replayed)->lifecycleGPerKwh);
    Answer missing = fetchOne(asInterface, QStringLiteral("FR"), RequestKind::Latest);
    QVERIFY(missing.failure);
    QCOMPARE(missing.failure->status.code(), StatusCode::NotFound);
}

void ProvidersHubTest::readingsAndForecastsAreStoredAsIssued()
{
    QTemporaryDir dir;
    StoreService store((dir.path() + QStringLiteral("/greenlight.db")).toStdString(), "tester");
    QSignalSpy opened(&store, &StoreService::opened);
    store.start();
    QVERIFY(opened.wait(kWaitMs));
    ProviderRecorder recorder(&store);
    QSignalSpy recorded(&recorder, &ProviderRecorder::recorded);

    FixtureServer server;
    serveUkNowAndForecast(server);
    FakeClock clock;
    clock.now = at("2023-03-15T12:01:00Z");
    UkCarbonProvider uk(configFor(QStringLiteral("carbonintensity.org.uk"), server.baseUrl()), clock.fn());
    // One poll's answers, the 48 h forecast a second before the "now" answer (which carries a
    // forecast of its own half-hour): that one point must not become the newest issue.
    const UtcTime polled = clock.now;
    for (RequestKind kind : {RequestKind::Forecast, RequestKind::Latest}) {
        Answer a = fetchOne(uk, QStringLiteral("GB"), kind);
        QVERIFY(a.batch);
        recorder.record(*a.batch);
        clock.now += Seconds{1};
    }
    QVERIFY(QTest::qWaitFor([&] { return recorded.count() == 2; }, kWaitMs));
    for (const QList<QVariant>& r : std::as_const(recorded))
        QVERIFY2(r.at(3).toString().isEmpty(), qPrintable(r.at(3).toString()));

    using Rows = std::pair<std::vector<StoredReading>, std::vector<StoredForecastPoint>>;
    QFuture<Rows> rows = store.run<Rows>([](StoreSession& s) {
        ReadingRepository repo(s.db);
        const UtcTime t = parseIsoUtc("2023-03-15T11:00:00Z").value();
        auto readings = repo.range("carbonintensity.org.uk", "GB", "direct", {t, t + Hours{2}});
        auto forecast = repo.forecastAsOf("carbonintensity.org.uk", "GB", "direct",
                                          parseIsoUtc("2023-03-15T12:30:00Z").value());
        return Rows{readings.ok() ? readings.value() : std::vector<StoredReading>{},
                    forecast.ok() ? forecast.value() : std::vector<StoredForecastPoint>{}};
    });
    QVERIFY(QTest::qWaitFor([&] { return rows.isFinished(); }, kWaitMs));
    const Rows result = rows.result();
    QCOMPARE(result.first.size(), 1u); // the metered actual
    QCOMPARE(result.first[0].gPerKwh, 224.0);
    // The 96 points of fw48h, as issued.
    QCOMPARE(result.second.size(), 96u);
    QCOMPARE(result.second[0].issuedAt, polled);
}

QTEST_GUILESS_MAIN(ProvidersHubTest)
#include "providers_hub_test.moc"
