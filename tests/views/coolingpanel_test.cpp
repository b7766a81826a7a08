// The cooling/PUE panel on the bundled weather: computed off the UI thread, one row per site,
// sites with weather get hourly figures and free cooling in a cold week, the others say they use
// their design PUE; the chart follows the selected site.
#include "service/sitephysicsfeed.h"
#include "widgets/coolingpanel.h"

#include <QChart>
#include <QLineSeries>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTest>

using namespace greenlight;

class CoolingPanelTest : public QObject {
    Q_OBJECT
private slots:
    void showsEverySiteWithItsSourceAndAChart();
    void aBadFleetFileIsAClearError();
};

void CoolingPanelTest::showsEverySiteWithItsSourceAndAChart()
{
    SitePhysicsFeed feed(QStringLiteral(GREENLIGHT_DATA_DIR "/../fleets/demo-fleet.json"),
                         QStringLiteral(GREENLIGHT_DATA_DIR "/weather"));
    CoolingPanel panel;
    connect(&feed, &SitePhysicsFeed::computed, &panel, &CoolingPanel::showPhysics);
    QSignalSpy computed(&feed, &SitePhysicsFeed::computed);
    feed.start(*parseIsoUtc("2022-01-20T12:00:00Z")); // a winter week
    QVERIFY(computed.wait(30'000));
    QTableWidget* table = panel.table();
    QCOMPARE(table->rowCount(), 16);
    int hourly = 0;
    for (int row = 0; row < table->rowCount(); ++row) {
        const QString source = table->item(row, 7)->text();
        QVERIFY(source == QStringLiteral("hourly-weather") || source == QStringLiteral("constant"));
        if (source == QStringLiteral("hourly-weather")) {
            ++hourly;
            QVERIFY(table->item(row, 2)->data(Qt::UserRole).toDouble() >= 1.0);
        }
        if (table->item(row, 0)->text() == QStringLiteral("fra1"))
            QVERIFY2(table->item(row, 4)->data(Qt::UserRole).toInt() > 100, "a Frankfurt winter week is free-cooled");
        if (table->item(row, 0)->text() == QStringLiteral("sin1"))
            QCOMPARE(table->item(row, 4)->data(Qt::UserRole).toInt(), 0);
    }
    QVERIFY(hourly >= 8);
    QVERIFY(panel.chart() != nullptr);
    QVERIFY(!panel.chart()->series().isEmpty());
    const auto* pue = qobject_cast<QLineSeries*>(panel.chart()->series().first());
    QCOMPARE(pue->count(), 8 * 24); // seven days back, one ahead, hourly

    // A later hour reuses the fleet and weather read the first time.
    feed.start(*parseIsoUtc("2022-07-20T12:00:00Z"));
    QVERIFY(computed.wait(30'000));
    QCOMPARE(table->rowCount(), 16);
}

void CoolingPanelTest::aBadFleetFileIsAClearError()
{
    SitePhysicsFeed feed(QStringLiteral(GREENLIGHT_FIXTURES_DIR "/fleets/bad-pue.json"),
                         QStringLiteral(GREENLIGHT_DATA_DIR "/weather"));
    QSignalSpy failed(&feed, &SitePhysicsFeed::failed);
    feed.start(*parseIsoUtc("2022-01-20T12:00:00Z"));
    QVERIFY(failed.wait(30'000));
    QVERIFY2(failed.first().at(0).toString().contains(QStringLiteral("bad-pue.json")), qPrintable(failed.first().at(0).toString()));
}

QTEST_MAIN(CoolingPanelTest)
#include "coolingpanel_test.moc"
