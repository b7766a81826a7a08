// The what-if panel and the site planner on the bundled real data: a scenario runs off the UI
// thread and is compared with the current plan; a cancel is honoured; a newer run supersedes an
// older one; scenarios survive a save and reopen, and bad files are named; the site planner
// ranks every bundled zone and its portfolio runs as a what-if. Both models pass
// QAbstractItemModelTester.
#include "core/fleet/fleet.h"
#include "models/siterankingmodel.h"
#include "models/whatifcomparisonmodel.h"
#include "service/replayfeed.h"
#include "service/siteplannerfeed.h"
#include "service/whatifrunner.h"
#include "widgets/dailyemissionschart.h"
#include "widgets/scenarioeditor.h"
#include "widgets/siteplannerpanel.h"
#include "widgets/whatifpanel.h"

#include <QAbstractItemModelTester>
#include <QChart>
#include <QComboBox>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace greenlight;

namespace {

const QString kFleet = QStringLiteral(GREENLIGHT_DATA_DIR "/../fleets/demo-fleet.json");
const QString kWeather = QStringLiteral(GREENLIGHT_DATA_DIR "/weather");
const QString kSmallTrace = QStringLiteral(GREENLIGHT_FIXTURES_DIR "/workloads/small-2022.csv");
const QString kAlibaba = QStringLiteral(GREENLIGHT_DATA_DIR "/workloads/alibaba_gpu_openb_2023.csv");

const ReplayFeed::LoadedData& data()
{
    static const ReplayFeed::LoadedData loaded = ReplayFeed::load(QStringLiteral(GREENLIGHT_DATA_DIR));
    return loaded;
}

} // namespace

class WhatIfPanelTest : public QObject {
    Q_OBJECT
private slots:
    void runsAScenarioBesideTheCurrentPlan();
    void aCancelIsHonoured();
    void aNewRunSupersedesTheOneInFlight();
    void scenariosSurviveSaveAndReopen();
    void badScenarioFilesAreNamed();
    void aScenarioNearTheParserLimitsOpensUnchanged();
    void theSitePlannerRanksZonesAndRunsItsPortfolio();
};

void WhatIfPanelTest::runsAScenarioBesideTheCurrentPlan()
{
    QVERIFY(data().library);
    WhatIfRunner runner({kFleet, kSmallTrace, kWeather});
    runner.setTraces(data().library);
    WhatIfPanel panel(&runner);
    panel.setFleet(loadFleetFile(kFleet.toStdString()).value());
    panel.setZones(data().zones);
    QAbstractItemModelTester tester(panel.comparisonModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);

    Scenario s = panel.editor()->scenario();
    s.name = "carbon window";
    s.policy = "carbon-window";
    s.removedSites = {"sin1"};
    panel.editor()->setScenario(s);
    QSignalSpy finished(&runner, &WhatIfRunner::finished);
    QSignalSpy progress(&runner, &WhatIfRunner::progress);
    QTest::mouseClick(panel.runButton(), Qt::LeftButton);
    QVERIFY(panel.cancelButton()->isEnabled());
    QVERIFY(finished.wait(60'000));
    QVERIFY(!progress.isEmpty());
    QCOMPARE(panel.progressBar()->value(), 100);
    QVERIFY(!panel.cancelButton()->isEnabled());

    const WhatIfComparisonModel* model = panel.comparisonModel();
    QCOMPARE(model->rowCount(), int(WhatIfComparisonModel::RowCount));
    const auto raw = [&](int row, int column) {
        return model->data(model->index(row, column), WhatIfComparisonModel::RawValueRole).toDouble();
    };
    const auto comparison = model->comparison();
    QCOMPARE(comparison->scenario.policy, std::string("carbon-window"));
    QCOMPARE(raw(WhatIfComparisonModel::EmissionsT, WhatIfComparisonModel::Current), comparison->current.emissionsKg / 1000.0);
    QCOMPARE(raw(WhatIfComparisonModel::Sites, WhatIfComparisonModel::Change), -1.0);
    QVERIFY(raw(WhatIfComparisonModel::SavingPct, WhatIfComparisonModel::Current) > 0.0);
    QCOMPARE(panel.chart()->chart()->series().size(), 2);
    QVERIFY(panel.statusLabel()->text().contains(QStringLiteral("Done")));
}

void WhatIfPanelTest::aCancelIsHonoured()
{
    WhatIfRunner runner({kFleet, kAlibaba, kWeather});
    runner.setTraces(data().library);
    WhatIfPanel panel(&runner);
    QSignalSpy finished(&runner, &WhatIfRunner::finished);
    QSignalSpy cancelled(&runner, &WhatIfRunner::cancelled);
    QSignalSpy progress(&runner, &WhatIfRunner::progress);

    // Cancelled at once: the worker stops at its first check.
    panel.run();
    panel.cancel();
    QVERIFY(cancelled.wait(60'000));
    QCOMPARE(finished.size(), 0);

    // Cancelled once it reports progress from inside the simulations (the 8,152-row real trace).
    QTest::mouseClick(panel.runButton(), Qt::LeftButton);
    QVERIFY(progress.wait(60'000));
    QTest::mouseClick(panel.cancelButton(), Qt::LeftButton);
    QVERIFY(cancelled.wait(60'000));
    QCOMPARE(cancelled.size(), 2);
    QCOMPARE(finished.size(), 0);
    QVERIFY(!runner.isRunning());
    QVERIFY(panel.statusLabel()->text().contains(QStringLiteral("Cancelled")));
}

void WhatIfPanelTest::aNewRunSupersedesTheOneInFlight()
{
    WhatIfRunner runner({kFleet, kSmallTrace, kWeather});
    runner.setTraces(data().library);
    QSignalSpy finished(&runner, &WhatIfRunner::finished);
    QSignalSpy cancelled(&runner, &WhatIfRunner::cancelled);
    Scenario first;
    first.name = "first";
    Scenario second;
    second.name = "second";
    runner.start(first);
    runner.start(second);
    QVERIFY(finished.wait(60'000));
    QCOMPARE(finished.size(), 1);
    QCOMPARE(finished.first().at(0).value<std::shared_ptr<const WhatIfComparison>>()->scenarioName, std::string("second"));
    QCOMPARE(cancelled.size(), 0); // superseded, not cancelled by the user
}

void WhatIfPanelTest::scenariosSurviveSaveAndReopen()
{
    WhatIfRunner runner({kFleet, kSmallTrace, kWeather});
    WhatIfPanel panel(&runner);
    panel.setFleet(loadFleetFile(kFleet.toStdString()).value());
    panel.setZones(data().zones);
    Scenario s;
    s.name = "north and noisy";
    s.policy = "threshold-migrate";
    s.thresholdGPerKwh = 70;
    s.maxDelayLongHours = 12;
    s.maxDelayShortHours = 2;
    s.fleetBudget = false;
    s.budgetDailyKg = 50;
    s.forecast = "seasonal-naive-24h";
    s.forecastError = {.biasPct = -15, .noisePct = 30, .seed = 9};
    s.removedSites = {"bom1"};
    s.coolingChanges["fra1"] = CoolingType::Immersion;
    s.addedSites.push_back({"new-no-no1", "NO-NO1", "NO", {59.9, 10.7}, 32, CoolingType::DirectToChip, 1.15});
    s.from = parseIsoUtc("2022-06-01T00:00:00Z");
    s.to = parseIsoUtc("2022-06-15T00:00:00Z");
    // A new scenario starts from the fleet file's caps (it said "no cap" while the budget panel
    // and `simulate` used them), and left so it keeps the fleet's budget.
    const std::optional<BudgetCaps> caps = loadFleetFile(kFleet.toStdString())->carbonBudget();
    QVERIFY(caps && caps->dailyKg && caps->monthlyKg);
    panel.editor()->setScenario(Scenario{});
    QVERIFY(panel.editor()->scenario().fleetBudget);
    QCOMPARE(panel.editor()->scenario(), Scenario{});
    Scenario sameCaps;
    sameCaps.fleetBudget = false;
    sameCaps.budgetDailyKg = caps->dailyKg;
    sameCaps.budgetMonthlyKg = caps->monthlyKg;
    panel.editor()->setScenario(sameCaps); // the fleet's own figures typed in: the fleet's budget
    QVERIFY(panel.editor()->scenario().fleetBudget);
    Scenario none;
    none.fleetBudget = false; // no cap at all: shown as "no cap", kept as the scenario's own
    panel.editor()->setScenario(none);
    QVERIFY(!panel.editor()->scenario().fleetBudget);
    panel.editor()->setScenario(s);
    QCOMPARE(panel.editor()->scenario(), s); // the form holds every knob

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("north.json"));
    QVERIFY(panel.saveScenarioTo(path).isOk());
    panel.editor()->setScenario(Scenario{});
    QVERIFY(panel.editor()->scenario() != s);
    QVERIFY(panel.openScenarioFrom(path).isOk());
    QCOMPARE(panel.editor()->scenario(), s);
}

void WhatIfPanelTest::badScenarioFilesAreNamed()
{
    WhatIfRunner runner({kFleet, kSmallTrace, kWeather});
    WhatIfPanel panel(&runner);
    panel.setFleet(loadFleetFile(kFleet.toStdString()).value());
    const Scenario before = panel.editor()->scenario();
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("broken.json"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("{\"greenlight_scenario\": 1,\n \"policy\": \"teleport\"}\n");
    file.close();
    const Status status = panel.openScenarioFrom(path);
    QVERIFY(!status.isOk());
    QVERIFY2(panel.statusLabel()->text().contains(QStringLiteral("broken.json:2: unknown policy \"teleport\"")),
             qPrintable(panel.statusLabel()->text()));
    QCOMPARE(panel.editor()->scenario(), before); // the form is left as it was
    QVERIFY(panel.openScenarioFrom(dir.filePath(QStringLiteral("missing.json"))).code() == StatusCode::NotFound);
    QVERIFY(panel.statusLabel()->text().contains(QStringLiteral("missing.json")));
}

void WhatIfPanelTest::theSitePlannerRanksZonesAndRunsItsPortfolio()
{
    SitePlannerFeed feed({kFleet, kWeather});
    feed.setData(data().library, data().zones);
    SitePlannerPanel planner(&feed);
    QAbstractItemModelTester tester(planner.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy planned(&feed, &SitePlannerFeed::planned);
    planner.refresh();
    QVERIFY(planned.wait(60'000));
    const SiteRankingModel* model = planner.model();
    QCOMPARE(model->rowCount(), int(data().library->size()));
    const auto plan = model->plan();
    QVERIFY(plan->portfolio.picks.size() >= 3 && plan->portfolio.picks.size() <= 5);
    for (int row = 1; row < model->rowCount(); ++row) {
        QVERIFY(model->data(model->index(row - 1, SiteRankingModel::Score), SiteRankingModel::RawValueRole).toDouble() >=
                model->data(model->index(row, SiteRankingModel::Score), SiteRankingModel::RawValueRole).toDouble());
    }
    QVERIFY(planner.portfolioLabel()->text().contains(QStringLiteral("Proposed portfolio")));

    // Only latency counts: the best zone is the one closest on average to the user regions.
    planner.setWeight(SitingCriterion::MeanIntensity, 0);
    planner.setWeight(SitingCriterion::LowIntensity, 0);
    planner.setWeight(SitingCriterion::LowCarbonShare, 0);
    planner.setWeight(SitingCriterion::FreeCooling, 0);
    planner.setWeight(SitingCriterion::Jurisdiction, 0);
    planner.setWeight(SitingCriterion::Latency, 1);
    planned.clear();
    planner.refresh();
    QVERIFY(planned.wait(60'000));
    double best = 1e9;
    for (const CandidateZone& c : *model->plan()->candidates)
        best = std::min(best, c.meanLatencyMs);
    QCOMPARE(model->data(model->index(0, SiteRankingModel::Latency), SiteRankingModel::RawValueRole).toDouble(), best);

    // The portfolio goes to the what-if panel and runs there.
    WhatIfRunner runner({kFleet, kSmallTrace, kWeather});
    runner.setTraces(data().library);
    WhatIfPanel whatIf(&runner);
    whatIf.setFleet(loadFleetFile(kFleet.toStdString()).value());
    connect(&planner, &SitePlannerPanel::whatIfRequested, &whatIf, &WhatIfPanel::addSitesAndRun);
    QSignalSpy finished(&runner, &WhatIfRunner::finished);
    QVERIFY(planner.whatIfButton()->isEnabled());
    QTest::mouseClick(planner.whatIfButton(), Qt::LeftButton);
    QVERIFY(finished.wait(60'000));
    const auto comparison = finished.first().at(0).value<std::shared_ptr<const WhatIfComparison>>();
    QCOMPARE(comparison->scenario.sites, comparison->current.sites + model->plan()->portfolio.picks.size());
}

QTEST_MAIN(WhatIfPanelTest)
// Every value the file parser accepts fits the editor: a scenario at the edges of the parser's
// ranges comes back from setScenario()/scenario() — and so from Open… then Save… — unchanged.
void WhatIfPanelTest::aScenarioNearTheParserLimitsOpensUnchanged()
{
    const std::string text = R"({
      "greenlight_scenario": 1,
      "name": "edges",
      "policy": "threshold-migrate",
      "threshold_g_per_kwh": 5000,
      "max_delay_long_h": 1439.5,
      "max_delay_short_h": 1440,
      "budget": {"daily_kg": 999999999, "monthly_kg": 1e9},
      "forecast": "seasonal-naive-24h",
      "forecast_error": {"bias_pct": 500, "noise_pct": 200, "seed": 9007199254740991},
      "sites": {"remove": ["bom1"], "cooling": {"fra1": "immersion"}}
    })";
    const Result<Scenario> parsed = parseScenarioJson(text, "edges.json");
    QVERIFY2(parsed.ok(), parsed.status().message().c_str());
    QCOMPARE(kScenarioMaxBudgetKg, 1e9);
    QCOMPARE(parsed.value().forecastError.seed, std::uint64_t{9007199254740991});

    ScenarioEditor editor;
    editor.setFleet(loadFleetFile(kFleet.toStdString()).value());
    editor.setScenario(parsed.value());
    const Scenario shown = editor.scenario();
    QVERIFY2(shown == parsed.value(), scenarioToJson(shown).dump(2).c_str());
    QCOMPARE(scenarioToJson(shown).dump(2), scenarioToJson(parsed.value()).dump(2));

    Scenario low = parsed.value();
    low.thresholdGPerKwh = 0;
    low.maxDelayLongHours = 0;
    low.forecastError = {.biasPct = kScenarioMinBiasPct, .noisePct = 0, .seed = 0};
    editor.setScenario(low);
    QVERIFY2(editor.scenario() == low, scenarioToJson(editor.scenario()).dump(2).c_str());

    // Fractions as a file may hold them: none rounded away (a 0.4 kg cap is not "no cap").
    Scenario fractions = parsed.value();
    fractions.thresholdGPerKwh = 12.5;
    fractions.maxDelayLongHours = 1.75;
    fractions.maxDelayShortHours = 0.25;
    fractions.budgetDailyKg = 0.4;
    fractions.budgetMonthlyKg = 12.75;
    fractions.forecastError = {.biasPct = -7.5, .noisePct = 2.5, .seed = 3};
    editor.setScenario(fractions);
    QVERIFY2(editor.scenario() == fractions, scenarioToJson(editor.scenario()).dump(2).c_str());
}

#include "whatifpanel_test.moc"
