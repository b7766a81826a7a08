// The provider clients against a real HTTP server on loopback that replays recorded bodies and
// hostile variants: every failure is a clear per-provider state, nothing crashes, the last good
// data stays, the fallback chain is used. Times come from a fake clock; waits are signal spies
// with generous limits (nothing asserts on wall-clock durations).
#include "fixtureserver.h"
#include "providertestsupport.h"

#include "providers/electricitymapsprovider.h"
#include "providers/providerhub.h"
#include "providers/providerpoller.h"
#include "providers/ukcarbonprovider.h"
#include "providers/watttimeprovider.h"

#include <QFile>
#include <QSignalSpy>
#include <QTest>

using namespace greenlight;
using namespace greenlight::test;


class ProvidersHttpTest : public QObject {
    Q_OBJECT
private slots:
    void electricityMapsLatestHistoryForecast();
    void electricityMapsForecastWithoutAccessDegrades();
    void electricityMapsRefusedKey();
    void electricityMapsLatLonAndDirect();
    void rateLimitHonoursRetryAfter();
    void serverErrorsBackOffExponentially();
    void timeoutIsOfflineNotAHang();
    void deadHostAndConnectionReset();
    void malformedBodiesKeepTheLastGoodData();
    void wattTimeLoginConversionAndPercentile();
    void wattTimeRefreshesTokenBeforeExpiry();
    void wattTimeRelogsOnceAfter401();
    void wattTimeRegionFromLocation();
    void wattTimeLoginRateLimitAndRegionRefusal();
    void ukNationalAndRegionalBothShapes();
};

void ProvidersHttpTest::electricityMapsLatestHistoryForecast()
{
    FixtureServer server;
    server.set(QStringLiteral("/v3/carbon-intensity/latest"),
               {200, fixture(QStringLiteral("electricitymaps/carbon-intensity-latest_US-CAR-DUK.json"))});
    server.set(QStringLiteral("/v3/carbon-intensity/history"),
               {200, fixture(QStringLiteral("electricitymaps/carbon-intensity-history_DE.json"))});
    server.set(QStringLiteral("/v3/carbon-intensity/forecast"),
               {200, fixture(QStringLiteral("electricitymaps/synthetic_forecast_DE.json"))});
    server.set(QStringLiteral("/v3/power-breakdown/latest"),
               {200, fixture(QStringLiteral("electricitymaps/synthetic_power-breakdown_DE.json"))});
    FakeClock clock;
    ElectricityMapsProvider em(configFor(QStringLiteral("electricitymaps"), server.baseUrl()), clock.fn());
    em.setSecret(QStringLiteral("test-token"));

    Answer latest = fetchOne(em, QStringLiteral("US-CAR-DUK"), RequestKind::Latest);
    QVERIFY(latest.batch);
    QCOMPARE(latest.batch->readings.size(), 1u);
    QCOMPARE(latest.batch->readings[0].value, 216.0);
    QVERIFY(latest.batch->readings[0].estimated);
    QCOMPARE(QString::fromStdString(latest.batch->readings[0].estimationMethod),
             QStringLiteral("TIME_SLICER_AVERAGE"));
    QCOMPARE(latest.batch->fetchedTime, clock.now);
    const SeenRequest& request = server.requests().back();
    QCOMPARE(request.header("auth-token"), QByteArray("test-token"));
    QCOMPARE(request.query.queryItemValue(QStringLiteral("zone")), QStringLiteral("US-CAR-DUK"));
    QCOMPARE(request.query.queryItemValue(QStringLiteral("emissionFactorType")), QStringLiteral("lifecycle"));

    Answer history = fetchOne(em, QStringLiteral("DE"), RequestKind::History);
    QVERIFY(history.batch);
    QCOMPARE(history.batch->readings.size(), 24u);

    Answer forecast = fetchOne(em, QStringLiteral("DE"), RequestKind::Forecast);
    QVERIFY(forecast.batch);
    QCOMPARE(forecast.batch->readings.size(), 4u);
    QCOMPARE(forecast.batch->readings[0].kind, ValueKind::Forecast);

    Answer mix = fetchOne(em, QStringLiteral("DE"), RequestKind::Mix);
    QVERIFY(mix.batch);
    QCOMPARE(mix.batch->mixes.size(), 1u);
}

void ProvidersHttpTest::electricityMapsForecastWithoutAccessDegrades()
{
    FixtureServer server;
    server.set(QStringLiteral("/v3/carbon-intensity/latest"),
               {200, fixture(QStringLiteral("electricitymaps/carbon-intensity-latest_US-CAR-DUK.json"))});
    server.set(QStringLiteral("/v3/carbon-intensity/history"),
               {200, fixture(QStringLiteral("electricitymaps/carbon-intensity-history_DE.json"))});
    server.set(QStringLiteral("/v3/carbon-intensity/forecast"),
               {403, QByteArray("{\"error\":\"Forbidden: forecast not included in your plan\"}")});
    FakeClock clock;
    auto* em = new ElectricityMapsProvider(configFor(QStringLiteral("electricitymaps"), server.baseUrl()),
                                           clock.fn());
    em->setSecret(QStringLiteral("free-tier-key"));
    ProviderPoller poller(em, {{QStringLiteral("DE")}, Seconds{900}, {}}, clock.fn(), [] { return 0.5; });
    QSignalSpy failures(&poller, &ProviderPoller::failureArrived);
    QVERIFY(pollOnce(poller));
    QCOMPARE(failures.count(), 1);
    const auto failure = failures.at(0).at(0).value<ProviderFailure>();
    QCOMPARE(failure.status.code(), StatusCode::PermissionDenied);
    QVERIFY(QString::fromStdString(failure.status.message()).contains(QStringLiteral("paid")));
    // Degraded, not backing off: the interval stays, and forecasts are no longer asked for.
    QCOMPARE(poller.status().health, ProviderHealth::Degraded);
    QCOMPARE(poller.lastDelay(), Seconds{900});
    QVERIFY(!em->pollRequests().contains(RequestKind::Forecast));
    QVERIFY(pollOnce(poller));
    QCOMPARE(server.count(QStringLiteral("/v3/carbon-intensity/forecast")), 1);
    QCOMPARE(poller.status().health, ProviderHealth::Ok);
    // A new key may have access again.
    em->setSecret(QStringLiteral("paid-key"));
    QVERIFY(em->pollRequests().contains(RequestKind::Forecast));
}

void ProvidersHttpTest::electricityMapsRefusedKey()
{
    FixtureServer server;
    server.set(QStringLiteral("/v3/carbon-intensity/latest"), {401, QByteArray("{\"error\":\"Invalid token\"}")});
    FakeClock clock;
    ElectricityMapsProvider em(configFor(QStringLiteral("electricitymaps"), server.baseUrl()), clock.fn());
    em.setSecret(QStringLiteral("wrong"));
    Answer a = fetchOne(em, QStringLiteral("DE"), RequestKind::Latest);
    QVERIFY(a.failure);
    QCOMPARE(a.failure->status.code(), StatusCode::PermissionDenied);
    QCOMPARE(a.failure->httpStatus, 401);
    QVERIFY(QString::fromStdString(a.failure->status.message()).contains(QStringLiteral("refused")));

    // No key at all: no request is sent, and the error says where to set one.
    ElectricityMapsProvider keyless(configFor(QStringLiteral("electricitymaps"), server.baseUrl()), clock.fn());
    const int before = static_cast<int>(server.requests().size());
    Answer none = fetchOne(keyless, QStringLiteral("DE"), RequestKind::Latest);
    QVERIFY(none.failure);
    QCOMPARE(none.failure->status.code(), StatusCode::FailedPrecondition);
    QCOMPARE(static_cast<int>(server.requests().size()), before);
}

void ProvidersHttpTest::electricityMapsLatLonAndDirect()
{
    FixtureServer server;
    server.set(QStringLiteral("/v3/carbon-intensity/latest"),
               {200, fixture(QStringLiteral("electricitymaps/carbon-intensity-latest_US-CAR-DUK.json"))});
    FakeClock clock;
    ProviderConfig config = configFor(QStringLiteral("electricitymaps"), server.baseUrl());
    config.emissionFactorType = QStringLiteral("direct");
    ElectricityMapsProvider em(config, clock.fn());
    em.setSecret(QStringLiteral("k"));
    QVERIFY(fetchOne(em, QStringLiteral("35.2, -80.8"), RequestKind::Latest).batch);
    const SeenRequest& r = server.requests().back();
    QCOMPARE(r.query.queryItemValue(QStringLiteral("lat")), QStringLiteral("35.2"));
    QCOMPARE(r.query.queryItemValue(QStringLiteral("lon")), QStringLiteral("-80.8"));
    QVERIFY(!r.query.hasQueryItem(QStringLiteral("zone")));
    QCOMPARE(r.query.queryItemValue(QStringLiteral("emissionFactorType")), QStringLiteral("direct"));
}

void ProvidersHttpTest::rateLimitHonoursRetryAfter()
{
    FixtureServer server;
    server.set(QStringLiteral("/intensity"), {429, QByteArray("{\"error\":\"Too Many Requests\"}"),
                                              {{"Retry-After", "600"}}});
    server.set(QStringLiteral("/intensity/*"), {429, QByteArray("{}"), {{"Retry-After", "120"}}});
    FakeClock clock;
    auto* uk = new UkCarbonProvider(configFor(QStringLiteral("carbonintensity.org.uk"), server.baseUrl()),
                                    clock.fn());
    ProviderPoller poller(uk, {{QStringLiteral("GB")}, Seconds{1800}, {}}, clock.fn(), [] { return 0.5; });
    QVERIFY(pollOnce(poller));
    QCOMPARE(poller.status().health, ProviderHealth::RateLimited);
    QCOMPARE(poller.status().consecutiveFailures, 1);
    QCOMPARE(poller.lastDelay(), Seconds{600}); // the longest Retry-After, above the 30 s backoff
    QCOMPARE(*poller.status().nextPoll, clock.now + Seconds{600});
    QVERIFY(poller.status().lastError.contains(QStringLiteral("rate limited")));
}

void ProvidersHttpTest::serverErrorsBackOffExponentially()
{
    FixtureServer server;
    server.set(QStringLiteral("/intensity"), {500, QByteArray("{\"error\":\"internal\"}")});
    server.set(QStringLiteral("/intensity/*"), {503, QByteArray("{}")});
    FakeClock clock;
    auto* uk = new UkCarbonProvider(configFor(QStringLiteral("carbonintensity.org.uk"), server.baseUrl()),
                                    clock.fn());
    RetryPolicy retry{Seconds{30}, Seconds{3600}, 0.2};
    ProviderPoller poller(uk, {{QStringLiteral("GB")}, Seconds{1800}, retry}, clock.fn(), [] { return 0.5; });
    const Seconds expected[] = {Seconds{30}, Seconds{60}, Seconds{120}};
    for (Seconds e : expected) {
        QVERIFY(pollOnce(poller));
        QCOMPARE(poller.status().health, ProviderHealth::BackingOff);
        QCOMPARE(poller.lastDelay(), e);
    }
    // Recovery resets the schedule to the interval.
    server.set(QStringLiteral("/intensity"), {200, fixture(QStringLiteral("uk-carbon-intensity/synthetic_intensity_now.json"))});
    server.set(QStringLiteral("/intensity/*"),
               {200, fixture(QStringLiteral("uk-carbon-intensity/intensity_fw48h_2023-03-15T1201Z.json"))});
    QVERIFY(pollOnce(poller));
    QCOMPARE(poller.status().health, ProviderHealth::Ok);
    QCOMPARE(poller.status().consecutiveFailures, 0);
    QCOMPARE(poller.lastDelay(), Seconds{1800});
}

void ProvidersHttpTest::timeoutIsOfflineNotAHang()
{
    FixtureServer server;
    CannedReply silent;
    silent.mode = CannedReply::Mode::Silent;
    server.set(QStringLiteral("/intensity"), silent);
    server.set(QStringLiteral("/intensity/*"), silent);
    FakeClock clock;
    ProviderConfig config = configFor(QStringLiteral("carbonintensity.org.uk"), server.baseUrl());
    config.timeout = std::chrono::milliseconds(300); // the server never answers: only the deadline ends it
    auto* uk = new UkCarbonProvider(config, clock.fn());
    ProviderPoller poller(uk, {{QStringLiteral("GB")}, Seconds{1800}, {}}, clock.fn(), [] { return 0.5; });
    QVERIFY(pollOnce(poller));
    QCOMPARE(poller.status().health, ProviderHealth::Offline);
    QVERIFY(poller.status().lastError.contains(QStringLiteral("timed out")));
    QVERIFY(!poller.status().lastSuccess);
}

void ProvidersHttpTest::deadHostAndConnectionReset()
{
    FakeClock clock;
    ElectricityMapsProvider dead(configFor(QStringLiteral("electricitymaps"), deadBaseUrl()), clock.fn());
    dead.setSecret(QStringLiteral("k"));
    Answer a = fetchOne(dead, QStringLiteral("DE"), RequestKind::Latest);
    QVERIFY(a.failure);
    QCOMPARE(a.failure->status.code(), StatusCode::Unavailable);
    QVERIFY(a.failure->networkDown());
    QVERIFY(QString::fromStdString(a.failure->status.message()).contains(QStringLiteral("refused")));

    FixtureServer server;
    CannedReply reset;
    reset.mode = CannedReply::Mode::Reset;
    server.set(QStringLiteral("/v3/carbon-intensity/latest"), reset);
    ElectricityMapsProvider em(configFor(QStringLiteral("electricitymaps"), server.baseUrl()), clock.fn());
    em.setSecret(QStringLiteral("k"));
    Answer b = fetchOne(em, QStringLiteral("DE"), RequestKind::Latest);
    QVERIFY(b.failure);
    QCOMPARE(b.failure->status.code(), StatusCode::Unavailable);
    QVERIFY(b.failure->networkDown());
}

void ProvidersHttpTest::malformedBodiesKeepTheLastGoodData()
{
    FixtureServer server;
    server.set(QStringLiteral("/v3/carbon-intensity/latest"),
               {200, fixture(QStringLiteral("electricitymaps/carbon-intensity-latest_US-CAR-DUK.json"))});
    server.set(QStringLiteral("/v3/carbon-intensity/history"),
               {200, QByteArray("{\"zone\":\"US-CAR-DUK\",\"history\":[]}")});
    server.set(QStringLiteral("/v3/carbon-intensity/forecast"), {403, QByteArray("{}")});
    FakeClock clock;
    clock.now = at("2024-03-06T19:20:00Z");
    auto* em = new ElectricityMapsProvider(configFor(QStringLiteral("electricitymaps"), server.baseUrl()),
                                           clock.fn());
    em->setSecret(QStringLiteral("k"));
    ProviderHub hub(clock.fn());
    auto* poller = new ProviderPoller(em, {{QStringLiteral("US-CAR-DUK")}, Seconds{900}, {}}, clock.fn(),
                                      [] { return 0.5; });
    hub.addPoller(poller);
    QVERIFY(pollOnce(*poller));
    ChosenValue good = hub.current(QStringLiteral("US-CAR-DUK"));
    QCOMPARE(good.source, ValueSource::Live);
    QCOMPARE(good.gPerKwh, 216.0);

    const QString hostile[] = {QStringLiteral("hostile/truncated.json"), QStringLiteral("hostile/nan-string.json"),
                               QStringLiteral("hostile/huge.json"), QStringLiteral("hostile/negative.json"),
                               QStringLiteral("hostile/wrong-type-time.json"),
                               QStringLiteral("hostile/html-error.html"), QStringLiteral("hostile/empty.json")};
    for (const QString& file : hostile) {
        server.set(QStringLiteral("/v3/carbon-intensity/latest"), {200, fixture(file)});
        server.set(QStringLiteral("/v3/carbon-intensity/history"), {200, fixture(file)});
        QVERIFY(pollOnce(*poller));
        QCOMPARE(poller->status().health, ProviderHealth::Degraded);
        QVERIFY2(poller->status().lastError.startsWith(QStringLiteral("US-CAR-DUK ")),
                 qPrintable(poller->status().lastError));
        const ChosenValue kept = hub.current(QStringLiteral("US-CAR-DUK"));
        QCOMPARE(kept.gPerKwh, 216.0);
        QCOMPARE(kept.source, ValueSource::Live);
    }
    // An HTML error page with a 502 is a server error (transient), not a parse error.
    server.set(QStringLiteral("/v3/carbon-intensity/history"),
               {200, QByteArray("{\"zone\":\"US-CAR-DUK\",\"history\":[]}")});
    server.set(QStringLiteral("/v3/carbon-intensity/latest"),
               {502, fixture(QStringLiteral("hostile/html-error.html")), {{"Content-Type", "text/html"}}});
    QVERIFY(pollOnce(*poller));
    QCOMPARE(poller->status().health, ProviderHealth::BackingOff);
    QVERIFY(poller->status().lastError.contains(QStringLiteral("HTTP 502")));
}

void ProvidersHttpTest::wattTimeLoginConversionAndPercentile()
{
    FixtureServer server;
    server.set(QStringLiteral("/login"), {200, fixture(QStringLiteral("watttime/synthetic_login.json"))});
    server.set(QStringLiteral("/v3/forecast"),
               {200, fixture(QStringLiteral("watttime/forecast_v3_ASSEMBLED_envelope.json"))});
    server.set(QStringLiteral("/v3/signal-index"), {200, fixture(QStringLiteral("watttime/synthetic_signal-index.json"))});
    FakeClock clock;
    clock.now = at("2024-05-28T14:21:00Z");
    ProviderConfig config = configFor(QStringLiteral("watttime"), server.baseUrl());
    config.username = QStringLiteral("operator");
    auto* wt = new WattTimeProvider(config, clock.fn());
    wt->setSecret(QStringLiteral("pa55word"));
    ProviderHub hub(clock.fn());
    auto* poller = new ProviderPoller(wt, {{QStringLiteral("CAISO_NORTH")}, Seconds{300}, {}}, clock.fn(),
                                      [] { return 0.5; });
    hub.addPoller(poller);
    QVERIFY(pollOnce(*poller));
    QCOMPARE(poller->status().health, ProviderHealth::Ok);
    QCOMPARE(server.count(QStringLiteral("/login")), 1); // one login shared by both requests
    const SeenRequest* login = nullptr;
    for (const SeenRequest& r : server.requests())
        if (r.path == QLatin1String("/login"))
            login = &r;
    QVERIFY(login);
    QCOMPARE(login->header("Authorization"), "Basic " + QByteArray("operator:pa55word").toBase64());
    for (const SeenRequest& r : server.requests()) {
        if (r.path.startsWith(QLatin1String("/v3/")))
            QVERIFY(r.header("Authorization").startsWith("Bearer eyJ"));
    }
    // MOER forecast in g/kWh; the percentile is kept apart and never becomes an emission rate.
    const ChosenValue now = hub.current(QStringLiteral("CAISO_NORTH"));
    QCOMPARE(now.source, ValueSource::ProviderForecast);
    QCOMPARE(now.signal, SignalKind::Marginal);
    QCOMPARE(now.gPerKwh, 479.4 * 0.453592);
    const std::optional<ProviderReading> index = hub.latestPercentile(QStringLiteral("CAISO_NORTH"));
    QVERIFY(index);
    QCOMPARE(index->value, 74.0);
    QCOMPARE(index->unit, ValueUnit::Percentile);
    QVERIFY(!index->isEmissionRate());
    // A day later, with WattTime silent, the rank is no longer shown as if current.
    clock.now += Hours{24};
    QVERIFY(!hub.latestPercentile(QStringLiteral("CAISO_NORTH")));

    // stop() while a poll is being answered holds: no next poll is scheduled.
    clock.now = at("2024-05-28T14:21:00Z");
    QSignalSpy finished(poller, &ProviderPoller::pollFinished);
    poller->pollNow();
    poller->stop();
    QVERIFY(finished.count() > 0 || finished.wait(kWaitMs));
    QCOMPARE(poller->status().health, ProviderHealth::Disabled);
    QVERIFY(!poller->status().nextPoll);
}

void ProvidersHttpTest::wattTimeRefreshesTokenBeforeExpiry()
{
    FixtureServer server;
    server.set(QStringLiteral("/login"), {200, fixture(QStringLiteral("watttime/synthetic_login.json"))});
    server.set(QStringLiteral("/v3/signal-index"), {200, fixture(QStringLiteral("watttime/synthetic_signal-index.json"))});
    FakeClock clock;
    ProviderConfig config = configFor(QStringLiteral("watttime"), server.baseUrl());
    config.username = QStringLiteral("operator");
    WattTimeProvider wt(config, clock.fn());
    wt.setSecret(QStringLiteral("pw"));
    QVERIFY(fetchOne(wt, QStringLiteral("CAISO_NORTH"), RequestKind::Latest).batch);
    QCOMPARE(wt.loginCount(), 1);
    clock.now += std::chrono::minutes(24); // token still fresh
    QVERIFY(fetchOne(wt, QStringLiteral("CAISO_NORTH"), RequestKind::Latest).batch);
    QCOMPARE(wt.loginCount(), 1);
    clock.now += std::chrono::minutes(2); // 26 min: refreshed before the 30-min expiry
    QVERIFY(fetchOne(wt, QStringLiteral("CAISO_NORTH"), RequestKind::Latest).batch);
    QCOMPARE(wt.loginCount(), 2);
    QCOMPARE(server.count(QStringLiteral("/login")), 2);
}

void ProvidersHttpTest::wattTimeRelogsOnceAfter401()
{
    FixtureServer server;
    server.set(QStringLiteral("/login"), {200, fixture(QStringLiteral("watttime/synthetic_login.json"))});
    server.setSequence(QStringLiteral("/v3/signal-index"),
                       {{401, QByteArray("{\"error\":\"token expired\"}")},
                        {200, fixture(QStringLiteral("watttime/synthetic_signal-index.json"))}});
    FakeClock clock;
    ProviderConfig config = configFor(QStringLiteral("watttime"), server.baseUrl());
    config.username = QStringLiteral("operator");
    WattTimeProvider wt(config, clock.fn());
    wt.setSecret(QStringLiteral("pw"));
    QVERIFY(fetchOne(wt, QStringLiteral("CAISO_NORTH"), RequestKind::Latest).batch);
    QCOMPARE(wt.loginCount(), 2);

    // A refused login is a clear PermissionDenied, not a loop.
    FixtureServer refusing;
    refusing.set(QStringLiteral("/login"), {403, QByteArray("{\"error\":\"bad credentials\"}")});
    WattTimeProvider bad(configFor(QStringLiteral("watttime"), refusing.baseUrl()), clock.fn());
    ProviderConfig badConfig = configFor(QStringLiteral("watttime"), refusing.baseUrl());
    badConfig.username = QStringLiteral("operator");
    WattTimeProvider wrong(badConfig, clock.fn());
    wrong.setSecret(QStringLiteral("wrong"));
    Answer a = fetchOne(wrong, QStringLiteral("CAISO_NORTH"), RequestKind::Forecast);
    QVERIFY(a.failure);
    QCOMPARE(a.failure->status.code(), StatusCode::PermissionDenied);
    QCOMPARE(refusing.count(QStringLiteral("/login")), 1);
    // No username or password: nothing is sent.
    Answer none = fetchOne(bad, QStringLiteral("CAISO_NORTH"), RequestKind::Forecast);
    QVERIFY(none.failure);
    QCOMPARE(none.failure->status.code(), StatusCode::FailedPrecondition);
    QCOMPARE(refusing.count(QStringLiteral("/login")), 1);
}

void ProvidersHttpTest::wattTimeRegionFromLocation()
{
    FixtureServer server;
    server.set(QStringLiteral("/login"), {200, fixture(QStringLiteral("watttime/synthetic_login.json"))});
    server.set(QStringLiteral("/v3/region-from-loc"),
               {200, fixture(QStringLiteral("watttime/synthetic_region-from-loc.json"))});
    server.set(QStringLiteral("/v3/historical"), {200, fixture(QStringLiteral("watttime/synthetic_historical.json"))});
    FakeClock clock;
    ProviderConfig config = configFor(QStringLiteral("watttime"), server.baseUrl());
    config.username = QStringLiteral("operator");
    WattTimeProvider wt(config, clock.fn());
    wt.setSecret(QStringLiteral("pw"));
    Answer a = fetchOne(wt, QStringLiteral("37.8,-122.3"), RequestKind::History);
    QVERIFY(a.batch);
    QCOMPARE(a.batch->zone, QStringLiteral("37.8,-122.3"));
    QCOMPARE(a.batch->readings.size(), 3u);
    QCOMPARE(a.batch->readings[0].value, 453.592);
    QCOMPARE(server.requests().back().query.queryItemValue(QStringLiteral("region")), QStringLiteral("CAISO_NORTH"));
    QVERIFY(fetchOne(wt, QStringLiteral("37.8,-122.3"), RequestKind::History).batch);
    QCOMPARE(server.count(QStringLiteral("/v3/region-from-loc")), 1); // cached
}

void ProvidersHttpTest::wattTimeLoginRateLimitAndRegionRefusal()
{
    // A 429 on /login is rate limiting, with the server's wait: it used to reach the poller
    // without its HTTP status, as an outage retried after 30 s.
    FixtureServer server;
    server.setSequence(QStringLiteral("/login"),
                       {{429, QByteArray("{\"error\":\"Too Many Requests\"}"), {{"Retry-After", "600"}}},
                        {200, fixture(QStringLiteral("watttime/synthetic_login.json"))}});
    server.setSequence(QStringLiteral("/v3/region-from-loc"),
                       {{401, QByteArray("{\"error\":\"token revoked\"}")},
                        {200, fixture(QStringLiteral("watttime/synthetic_region-from-loc.json"))}});
    server.set(QStringLiteral("/v3/signal-index"), {200, fixture(QStringLiteral("watttime/synthetic_signal-index.json"))});
    FakeClock clock;
    ProviderConfig config = configFor(QStringLiteral("watttime"), server.baseUrl());
    config.username = QStringLiteral("operator");
    auto* wt = new WattTimeProvider(config, clock.fn());
    wt->setSecret(QStringLiteral("pw"));
    ProviderPoller poller(wt, {{QStringLiteral("CAISO_NORTH")}, Seconds{300}, {}}, clock.fn(), [] { return 0.5; });
    QVERIFY(pollOnce(poller));
    QCOMPARE(poller.status().health, ProviderHealth::RateLimited);
    QCOMPARE(poller.lastDelay(), Seconds{600});
    QCOMPARE(server.count(QStringLiteral("/login")), 1); // one login for both requests

    // A token refused by the region lookup is dropped: the next request logs in again rather
    // than sending it until its 25 minutes are up.
    Answer refused = fetchOne(*wt, QStringLiteral("37.8,-122.3"), RequestKind::Latest);
    QVERIFY(refused.failure);
    QCOMPARE(refused.failure->httpStatus, 401);
    QCOMPARE(wt->loginCount(), 2);
    QVERIFY(fetchOne(*wt, QStringLiteral("37.8,-122.3"), RequestKind::Latest).batch);
    QCOMPARE(wt->loginCount(), 3);
}

void ProvidersHttpTest::ukNationalAndRegionalBothShapes()
{
    FixtureServer server;
    server.set(QStringLiteral("/intensity"), {200, fixture(QStringLiteral("uk-carbon-intensity/synthetic_intensity_now.json"))});
    server.set(QStringLiteral("/intensity/*"),
               {200, fixture(QStringLiteral("uk-carbon-intensity/intensity_fw48h_2023-03-15T1201Z.json"))});
    server.set(QStringLiteral("/regional/regionid/11"),
               {200, fixture(QStringLiteral("uk-carbon-intensity/synthetic_regional_region-keyed.json"))});
    server.set(QStringLiteral("/regional/regionid/13"),
               {200, fixture(QStringLiteral("uk-carbon-intensity/synthetic_regional_period-keyed.json"))});
    server.set(QStringLiteral("/generation"), {200, fixture(QStringLiteral("uk-carbon-intensity/synthetic_generation.json"))});
    FakeClock clock;
    clock.now = at("2023-03-15T12:01:00Z");
    UkCarbonProvider uk(configFor(QStringLiteral("carbonintensity.org.uk"), server.baseUrl()), clock.fn());

    Answer national = fetchOne(uk, QStringLiteral("GB"), RequestKind::Latest);
    QVERIFY(national.batch);
    QCOMPARE(national.batch->readings.size(), 2u); // forecast and actual of the current half-hour
    Answer fw48h = fetchOne(uk, QStringLiteral("GB"), RequestKind::Forecast);
    QVERIFY(fw48h.batch);
    QCOMPARE(fw48h.batch->readings.size(), 96u);
    QCOMPARE(server.requests().back().path, QStringLiteral("/intensity/2023-03-15T12:01Z/fw48h"));

    Answer regionKeyed = fetchOne(uk, QStringLiteral("GB-REGION-11"), RequestKind::Latest);
    QVERIFY(regionKeyed.batch);
    QCOMPARE(regionKeyed.batch->readings.size(), 2u);
    QCOMPARE(regionKeyed.batch->mixes.size(), 2u);
    Answer periodKeyed = fetchOne(uk, QStringLiteral("GB-REGION-13"), RequestKind::Latest);
    QVERIFY(periodKeyed.batch);
    QCOMPARE(periodKeyed.batch->readings.size(), 2u); // both regions of the body are read

    Answer mix = fetchOne(uk, QStringLiteral("GB"), RequestKind::Mix);
    QVERIFY(mix.batch);
    QCOMPARE(mix.batch->mixes.size(), 1u);

    Answer unknown = fetchOne(uk, QStringLiteral("FR"), RequestKind::Latest);
    QVERIFY(unknown.failure);
    QCOMPARE(unknown.failure->status.code(), StatusCode::InvalidArgument);
}

QTEST_GUILESS_MAIN(ProvidersHttpTest)
#include "providers_http_test.moc"
