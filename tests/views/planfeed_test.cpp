// The job queue's data: a real job trace planned on the demo fleet off the UI thread, and the
// queue as seen at an instant (not yet submitted jobs left out, the rest waiting, deferred,
// running or done).
#include "models/jobqueuemodel.h"
#include "service/planfeed.h"
#include "service/replayfeed.h"

#include "core/whatif/whatif.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace greenlight;

class PlanFeedTest : public QObject {
    Q_OBJECT
private slots:
    void plansTheTraceOffTheUiThreadAndShowsTheQueueAtAnInstant();
    void aMissingWorkloadIsAClearError();
    void withoutUsableWeatherThePlanStandsOnDesignPue();
    void sitesWithoutDataAreLeftOutLikeTheWhatIfsCurrentPlan();
    void aFleetWithoutUserRegionsStillPlansItsJobs();
};

void PlanFeedTest::plansTheTraceOffTheUiThreadAndShowsTheQueueAtAnInstant()
{
    const ReplayFeed::LoadedData data = ReplayFeed::load(QStringLiteral(GREENLIGHT_DATA_DIR));
    QVERIFY(data.library);
    PlanFeed feed({QStringLiteral(GREENLIGHT_DATA_DIR "/../fleets/demo-fleet.json"),
                   QStringLiteral(GREENLIGHT_FIXTURES_DIR "/workloads/small-2022.csv"), QStringLiteral("spatiotemporal"),
                   QStringLiteral("ridge"), QStringLiteral(GREENLIGHT_DATA_DIR "/weather"),
                   QStringLiteral(GREENLIGHT_DATA_DIR "/workloads/azure_llm_conv_2023.csv")});
    QSignalSpy planned(&feed, &PlanFeed::planned);
    QSignalSpy accounted(&feed, &PlanFeed::emissionsAccounted);
    QSignalSpy reported(&feed, &PlanFeed::reported);
    feed.start(data.library);
    QVERIFY(planned.wait(60'000));
    const auto jobs = planned.first().at(0).value<std::shared_ptr<const std::vector<PlannedJob>>>();
    QVERIFY(jobs && !jobs->empty());
    QVERIFY(planned.first().at(1).toStringList().contains(QStringLiteral("fra1")));
    QVERIFY2(planned.first().at(2).toString().contains(QStringLiteral("% less")), qPrintable(planned.first().at(2).toString()));
    const auto slos = planned.first().at(3).value<PlanSlos>();
    QCOMPARE(slos.jobs, jobs->size());
    QVERIFY(slos.lowCarbonShare >= 0.0 && slos.lowCarbonShare <= 1.0);
    // The inference trace routed over the same fleet: every request decided, most within the SLA.
    QCOMPARE(slos.inferenceRequests, std::size_t{19'366});
    QVERIFY2(slos.inferenceSlaMetPct > 50.0 && slos.inferenceSlaMetPct <= 100.0, qPrintable(QString::number(slos.inferenceSlaMetPct)));
    QVERIFY(slos.inferenceMeanLatencyMs > 0.0);
    QVERIFY(slos.emissionsKg > 0.0 && slos.emissionsKg < slos.baselineEmissionsKg);

    // The same run hour by hour for the budget: every kg booked once, and the demo fleet's caps.
    QCOMPARE(accounted.size(), 1);
    const auto emissions = accounted.first().at(0).value<std::shared_ptr<const PlanEmissions>>();
    QVERIFY(emissions);
    double plannedKg = 0.0, baselineKg = 0.0;
    for (double kg : emissions->plannedKg.kg)
        plannedKg += kg;
    for (double kg : emissions->baselineKg.kg)
        baselineKg += kg;
    QVERIFY2(std::abs(plannedKg - slos.emissionsKg) < 1e-6 * slos.emissionsKg, qPrintable(QString::number(plannedKg)));
    QVERIFY2(std::abs(baselineKg - slos.baselineEmissionsKg) < 1e-6 * slos.baselineEmissionsKg, qPrintable(QString::number(baselineKg)));
    QVERIFY(emissions->caps && emissions->caps->monthlyKg);

    // The executives' inventory of the same run: PUE(t) from the weather, location-based Scope 2
    // equal to the jobs' accounting without data movement, and lower than the baseline's.
    QCOMPARE(reported.size(), 1);
    const auto report = reported.first().at(0).value<std::shared_ptr<const PlanReport>>();
    QVERIFY(report);
    QVERIFY2(report->pueModel.find("hourly") != std::string::npos, report->pueModel.c_str());
    QVERIFY(report->fleet.locationGrams > 0.0 && report->fleet.locationGrams < report->baselineFleet.locationGrams);
    QVERIFY(report->fleet.pue() > 1.0 && report->fleet.pue() < 2.0);
    QVERIFY(report->fleet.locationGrams <= 1000.0 * slos.emissionsKg * 1.000001);

    // Half-way through the trace some jobs are done, some not yet submitted.
    UtcTime first = jobs->front().submit;
    UtcTime last = first;
    for (const PlannedJob& j : *jobs) {
        first = std::min(first, j.submit);
        last = std::max(last, j.submit);
    }
    const UtcTime middle = first + (last - first) / 2;
    const JobQueueSnapshot rows = queueRowsAt(*jobs, middle);
    QVERIFY(!rows.empty());
    QVERIFY(rows.size() < jobs->size());
    bool done = false;
    for (const JobQueueRow& r : rows) {
        QVERIFY(r.submit <= middle);
        done = done || r.state == QueueState::Done;
    }
    QVERIFY(done);
}

void PlanFeedTest::aMissingWorkloadIsAClearError()
{
    const ReplayFeed::LoadedData data = ReplayFeed::load(QStringLiteral(GREENLIGHT_DATA_DIR));
    PlanFeed feed({QStringLiteral(GREENLIGHT_DATA_DIR "/../fleets/demo-fleet.json"), QStringLiteral("/nonexistent.csv"),
                   QStringLiteral("spatiotemporal"), QStringLiteral("ridge"), QString(), QString()});
    QSignalSpy failed(&feed, &PlanFeed::failed);
    feed.start(data.library);
    QVERIFY(failed.wait(30'000));
    QVERIFY2(failed.first().at(0).toString().contains(QStringLiteral("nonexistent.csv")), qPrintable(failed.first().at(0).toString()));
}

void PlanFeedTest::withoutUsableWeatherThePlanStandsOnDesignPue()
{
    const ReplayFeed::LoadedData data = ReplayFeed::load(QStringLiteral(GREENLIGHT_DATA_DIR));
    const PlanFeed::Outcome outcome = PlanFeed::plan(
        {QStringLiteral(GREENLIGHT_DATA_DIR "/../fleets/demo-fleet.json"),
         QStringLiteral(GREENLIGHT_FIXTURES_DIR "/workloads/small-2022.csv"), QStringLiteral("spatiotemporal"),
         QStringLiteral("ridge"), QStringLiteral("/nonexistent-weather"), QString()},
        *data.library);
    QVERIFY2(outcome.error.isEmpty(), qPrintable(outcome.error));
    QVERIFY(outcome.report);
    QVERIFY2(outcome.report->pueModel.find("design PUE") != std::string::npos
                 && outcome.report->pueModel.find("nonexistent-weather") != std::string::npos,
             outcome.report->pueModel.c_str());
}

void PlanFeedTest::aFleetWithoutUserRegionsStillPlansItsJobs()
{
    // An operator's own fleet file may name no user regions: the inference trace cannot be
    // routed, and the tile says why, but the job plan stands.
    QFile demo(QStringLiteral(GREENLIGHT_DATA_DIR "/../fleets/demo-fleet.json"));
    QVERIFY(demo.open(QIODevice::ReadOnly));
    QJsonObject fleet = QJsonDocument::fromJson(demo.readAll()).object();
    QVERIFY(fleet.contains(QStringLiteral("user_regions")));
    fleet.remove(QStringLiteral("user_regions"));
    QTemporaryDir dir;
    const QString fleetFile = dir.filePath(QStringLiteral("fleet.json"));
    QFile out(fleetFile);
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write(QJsonDocument(fleet).toJson());
    out.close();

    const ReplayFeed::LoadedData data = ReplayFeed::load(QStringLiteral(GREENLIGHT_DATA_DIR));
    const PlanFeed::Outcome outcome = PlanFeed::plan(
        {fleetFile, QStringLiteral(GREENLIGHT_FIXTURES_DIR "/workloads/small-2022.csv"), QStringLiteral("spatiotemporal"),
         QStringLiteral("ridge"), QString(), QStringLiteral(GREENLIGHT_DATA_DIR "/workloads/azure_llm_conv_2023.csv")},
        *data.library);
    QVERIFY2(outcome.error.isEmpty(), qPrintable(outcome.error));
    QCOMPARE(outcome.slos.jobs, std::size_t{60});
    QCOMPARE(outcome.slos.inferenceRequests, std::size_t{0});
    QVERIFY2(outcome.slos.inferenceSkipped.find("user_regions") != std::string::npos, outcome.slos.inferenceSkipped.c_str());
}

void PlanFeedTest::sitesWithoutDataAreLeftOutLikeTheWhatIfsCurrentPlan()
{
    // The small trace moved to late November 2023, when sto1, par1 and mtl1 have no intensity data.
    QFile small(QStringLiteral(GREENLIGHT_FIXTURES_DIR "/workloads/small-2022.csv"));
    QVERIFY(small.open(QIODevice::ReadOnly));
    const QByteArray late = small.readAll().replace("2022-06-0", "2023-11-2");
    QTemporaryDir dir;
    const QString workload = dir.filePath(QStringLiteral("late.csv"));
    QFile out(workload);
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write(late);
    out.close();

    const ReplayFeed::LoadedData data = ReplayFeed::load(QStringLiteral(GREENLIGHT_DATA_DIR));
    const QString fleetFile = QStringLiteral(GREENLIGHT_DATA_DIR "/../fleets/demo-fleet.json");
    const QString weatherDir = QStringLiteral(GREENLIGHT_DATA_DIR "/weather");
    const PlanFeed::Outcome outcome = PlanFeed::plan(
        {fleetFile, workload, QStringLiteral("spatiotemporal"), QStringLiteral("ridge"), weatherDir, QString()}, *data.library);
    QVERIFY2(outcome.error.isEmpty(), qPrintable(outcome.error));
    const QStringList dropped = {QStringLiteral("sto1"), QStringLiteral("par1"), QStringLiteral("mtl1")};
    QCOMPARE(outcome.sites.size(), 13);
    for (const QString& id : dropped) {
        QVERIFY(!outcome.sites.contains(id));
        for (const PlannedJob& j : *outcome.jobs)
            QVERIFY(j.homeSite != id.toStdString() && j.site != id.toStdString());
    }
    QCOMPARE(outcome.slos.jobs, std::size_t{60});
    // The summary says which sites were left out and that their jobs were re-homed.
    QVERIFY2(outcome.summary.contains(QStringLiteral("no intensity data for the period at sto1, par1, mtl1, left out (")) &&
                 outcome.summary.contains(QStringLiteral("re-homed by capacity share")),
             qPrintable(outcome.summary));

    // The what-if panel's "current plan" is the same run.
    WhatIfInputs in;
    in.fleet = loadFleetFile(fleetFile.toStdString()).value();
    in.workloadCsv = workload.toStdString();
    in.traces = data.library;
    in.weather = std::make_shared<const WeatherLibrary>(WeatherLibrary::loadDirectory(weatherDir.toStdString()).value());
    const Result<WhatIfComparison> whatIf = runWhatIf(in, Scenario{});
    QVERIFY2(whatIf.ok(), whatIf.status().message().c_str());
    QCOMPARE(whatIf->current.sites, std::size_t{13});
    QCOMPARE(whatIf->current.jobs, outcome.slos.jobs);
    QVERIFY2(std::abs(whatIf->current.emissionsKg - outcome.slos.emissionsKg) < 1e-6 * outcome.slos.emissionsKg,
             qPrintable(QStringLiteral("%1 vs %2").arg(whatIf->current.emissionsKg).arg(outcome.slos.emissionsKg)));
    // Its daily bars book each job's kg as the budget panel does (pro rata over the time it ran).
    QVERIFY(outcome.emissions);
    const std::vector<double>& daily = whatIf->current.dailyEmissionsKg;
    QVERIFY(daily.size() >= 2);
    for (std::size_t d = 0; d < daily.size(); ++d) {
        const UtcTime day = whatIf->firstDay + Days{static_cast<long long>(d)};
        const double budgetKg = outcome.emissions->plannedKg.sumIn({day, day + Days{1}});
        QVERIFY2(std::abs(daily[d] - budgetKg) < 1e-6 * outcome.slos.emissionsKg,
                 qPrintable(QStringLiteral("day %1: %2 vs %3").arg(d).arg(daily[d]).arg(budgetKg)));
    }
}

QTEST_GUILESS_MAIN(PlanFeedTest)
#include "planfeed_test.moc"
