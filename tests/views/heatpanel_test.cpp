// The heat-reclamation panel on the bundled weather and the demo fleet: the two sites with a
// district-heating contract deliver heat in a winter week at the network's supply temperature,
// every other site says why it delivers none, and the fleet row adds the connected sites up.
#include "service/sitephysicsfeed.h"
#include "widgets/heatpanel.h"

#include <QAreaSeries>
#include <QChart>
#include <QComboBox>
#include <QLineSeries>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTest>

using namespace greenlight;

class HeatPanelTest : public QObject {
    Q_OBJECT
private slots:
    void connectedSitesDeliverHeatAndTheFleetRowAddsThemUp();
};

void HeatPanelTest::connectedSitesDeliverHeatAndTheFleetRowAddsThemUp()
{
    SitePhysicsFeed feed(QStringLiteral(GREENLIGHT_DATA_DIR "/../fleets/demo-fleet.json"),
                         QStringLiteral(GREENLIGHT_DATA_DIR "/weather"));
    HeatPanel panel;
    connect(&feed, &SitePhysicsFeed::computed, &panel, &HeatPanel::showPhysics);
    QSignalSpy computed(&feed, &SitePhysicsFeed::computed);
    feed.start(*parseIsoUtc("2022-01-20T12:00:00Z")); // a winter week
    QVERIFY(computed.wait(30'000));

    QTableWidget* table = panel.table();
    QCOMPARE(table->rowCount(), 16 + 1); // every site, then the fleet
    double reusedSum = 0.0;
    QStringList connected;
    for (int row = 0; row < 16; ++row) {
        const QString site = table->item(row, 0)->text();
        const QTableWidgetItem* reused = table->item(row, 2);
        if (!reused) { // not connected: one cell says why
            QVERIFY2(table->item(row, 1)->text().startsWith(QStringLiteral("no ")), qPrintable(site));
            continue;
        }
        connected << site;
        const double mwh = reused->data(Qt::UserRole).toDouble();
        QVERIFY2(mwh > 0.0, qPrintable(site));
        reusedSum += mwh;
        const double supplyC = table->item(row, 4)->data(Qt::UserRole).toDouble();
        QVERIFY2(supplyC >= 45.0 && supplyC <= 60.0, qPrintable(QString::number(supplyC)));
        const double erf = table->item(row, 6)->data(Qt::UserRole).toDouble();
        QVERIFY(erf > 0.0 && erf < 1.0);
    }
    connected.sort();
    QCOMPARE(connected, (QStringList{QStringLiteral("fra1"), QStringLiteral("tor1")}));
    QCOMPARE(table->item(16, 0)->text(), QStringLiteral("Fleet"));
    QVERIFY(std::abs(table->item(16, 2)->data(Qt::UserRole).toDouble() - reusedSum) < 1e-9);

    // The fleet chart first, then a site's: delivered heat, demand and supply temperature per hour.
    auto* choice = panel.findChild<QComboBox*>();
    QCOMPARE(choice->count(), 3);
    QCOMPARE(panel.chart()->series().size(), 3);
    choice->setCurrentIndex(choice->findText(QStringLiteral("fra1")));
    const auto* area = qobject_cast<QAreaSeries*>(panel.chart()->series().first());
    QVERIFY(area);
    QCOMPARE(area->upperSeries()->count(), 7 * 24); // the last week up to now
    QVERIFY(panel.chart()->title().contains(QStringLiteral("fra1")));
}

QTEST_MAIN(HeatPanelTest)
#include "heatpanel_test.moc"
