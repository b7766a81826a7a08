// The budget dock shows what budgetBurnAt() computed: gauges per period, the state with advice,
// emissions against the baseline, and the burn-down of the chosen period.
#include "widgets/budgetgauge.h"
#include "widgets/budgetpanel.h"

#include <QComboBox>
#include <QTest>
#include <qcustomplot.h>

using namespace greenlight;

class BudgetPanelTest : public QObject {
    Q_OBJECT
private slots:
    void showsGaugesStateAndSavingAgainstTheBaseline();
    void withoutCapsShowsEmissionsOnly();
    void switchingThePeriodRedrawsTheBurnDown();
    void noEmptyChartBeforeTheFirstBurn();
};

namespace {

UtcTime at(const char* iso)
{
    return *parseIsoUtc(iso);
}

// 1 kg every hour under the plan, 4 kg under the baseline, from the 1st of May.
BudgetBurn burnAt(const char* now, std::optional<BudgetCaps> caps)
{
    const HourlyKg planned{at("2023-05-01T00:00:00Z"), std::vector<double>(31 * 24, 1.0)};
    const HourlyKg baseline{at("2023-05-01T00:00:00Z"), std::vector<double>(31 * 24, 4.0)};
    return budgetBurnAt(planned, baseline, caps, at(now));
}

} // namespace

void BudgetPanelTest::showsGaugesStateAndSavingAgainstTheBaseline()
{
    BudgetPanel panel;
    panel.resize(900, 500);
    panel.showBurn(burnAt("2023-05-03T12:00:00Z", BudgetCaps{15.0, 1000.0, {}}));
    const auto gauges = panel.findChildren<BudgetGauge*>();
    QCOMPARE(gauges.size(), 2);
    const GaugeReading& today = gauges[0]->reading();
    QCOMPARE(today.usedKg, 12.0);
    QCOMPARE(today.heldKg, 12.0); // the plan's rest of the day
    QCOMPARE(today.paceRatio, (12.0 / 15.0) / 0.5); // emitted so far, half the day gone
    QCOMPARE(*today.capKg, 15.0);
    // 12 of 15 kg emitted would leave 20 %, but the plan holds 12 kg more today: the policies see
    // CRITICAL, and so does the panel (it said RESTRICTED while decisions went to a human).
    QCOMPARE(today.state, BudgetState::Critical);
    QVERIFY2(panel.stateText().contains(QStringLiteral("CRITICAL")), qPrintable(panel.stateText()));
    QVERIFY2(panel.todayText().contains(QStringLiteral("planned to the end: 12.0 kg more")), qPrintable(panel.todayText()));
    QVERIFY2(panel.todayText().contains(QStringLiteral("12.0 kg")) && panel.todayText().contains(QStringLiteral("48.0")),
             qPrintable(panel.todayText()));
    QVERIFY2(panel.todayText().contains(QStringLiteral("saved 36.0 kg (75 %)")), qPrintable(panel.todayText()));
    QVERIFY2(panel.monthText().contains(QStringLiteral("60.0 kg")), qPrintable(panel.monthText()));
    QVERIFY(!panel.grab().isNull());
}

void BudgetPanelTest::withoutCapsShowsEmissionsOnly()
{
    BudgetPanel panel;
    panel.showBurn(burnAt("2023-05-03T12:00:00Z", std::nullopt));
    QVERIFY2(panel.stateText().contains(QStringLiteral("no carbon budget")), qPrintable(panel.stateText()));
    for (BudgetGauge* gauge : panel.findChildren<BudgetGauge*>())
        QVERIFY(!gauge->reading().capKg);
}

void BudgetPanelTest::switchingThePeriodRedrawsTheBurnDown()
{
    BudgetPanel panel;
    panel.showBurn(burnAt("2023-05-03T12:00:00Z", BudgetCaps{15.0, 1000.0, {}}));
    QCOMPARE(panel.burnDownPoints(), 2 * 24 + 12 + 1); // the month: hourly from the 1st to now
    auto* period = panel.findChild<QComboBox*>();
    QVERIFY(period);
    period->setCurrentIndex(1); // today
    QCOMPARE(panel.burnDownPoints(), 12 + 1);
}

void BudgetPanelTest::noEmptyChartBeforeTheFirstBurn()
{
    BudgetPanel panel;
    panel.show();
    auto* plot = panel.findChild<QCustomPlot*>();
    QVERIFY(plot);
    QVERIFY2(!plot->isVisible(), "empty axes and unnamed curves while waiting for the plan");
    QVERIFY2(panel.stateText().contains(QStringLiteral("Waiting")), qPrintable(panel.stateText()));
    // The gauges wait too (they said "0.0 kg / no cap", as for a fleet without a budget).
    for (BudgetGauge* gauge : panel.findChildren<BudgetGauge*>())
        QVERIFY(gauge->reading().pending);
    panel.showBurn(burnAt("2023-05-03T12:00:00Z", BudgetCaps{15.0, 1000.0, {}}));
    QVERIFY(plot->isVisible());
    for (BudgetGauge* gauge : panel.findChildren<BudgetGauge*>())
        QVERIFY(!gauge->reading().pending);
}

QTEST_MAIN(BudgetPanelTest)
#include "budgetpanel_test.moc"
