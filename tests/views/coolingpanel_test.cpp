// The cooling/PUE panel on the bundled weather: computed off the UI thread, one row per site,
// sites with weather get hourly figures and free cooling in a cold week, the others say they use
// their design PUE; the chart follows the selected site and the palette (a theme switch).
#include "service/sitephysicsfeed.h"
#include "widgets/charttheme.h"
#include "widgets/coolingpanel.h"

#include <QAbstractAxis>
#include <QChart>
#include <QChartView>
#include <QLegend>
#include <QLineSeries>
#include <QPointer>
#include <QDateTime>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTest>

using namespace greenlight;

class CoolingPanelTest : public QObject {
    Q_OBJECT
private slots:
    void showsEverySiteWithItsSourceAndAChart();
    void aBadFleetFileIsAClearError();
    void theChartFollowsAPaletteChange();
    void aThemedChartViewRestylesItsChart();
};

namespace {

QPalette darkPalette(QPalette p)
{
    p.setColor(QPalette::Base, QColor(0x1b, 0x1e, 0x23));
    p.setColor(QPalette::Window, QColor(0x25, 0x29, 0x2e));
    p.setColor(QPalette::WindowText, QColor(0xe6, 0xe6, 0xe6));
    p.setColor(QPalette::Mid, QColor(0x50, 0x55, 0x5c));
    return p;
}

// Background, title, legend and every axis take the palette's colours.
QString styleMismatch(const QChart* chart, const QPalette& p)
{
    const QColor text = p.color(QPalette::WindowText);
    if (chart->backgroundBrush().color() != p.color(QPalette::Base))
        return QStringLiteral("background %1").arg(chart->backgroundBrush().color().name());
    if (chart->titleBrush().color() != text)
        return QStringLiteral("title %1").arg(chart->titleBrush().color().name());
    if (chart->legend()->labelColor() != text)
        return QStringLiteral("legend %1").arg(chart->legend()->labelColor().name());
    for (const QAbstractAxis* axis : chart->axes()) {
        if (axis->labelsColor() != text || axis->titleBrush().color() != text)
            return QStringLiteral("axis labels %1").arg(axis->labelsColor().name());
    }
    return {};
}

} // namespace

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
        } else { // no weather: free cooling and water unknown, not 0
            QCOMPARE(table->item(row, 4)->text(), QStringLiteral("–"));
            QCOMPARE(table->item(row, 5)->text(), QStringLiteral("–"));
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
    QCOMPARE(pue->count(), 7 * 24); // the last seven days up to now, hourly: nothing ahead of now
    QCOMPARE(static_cast<qint64>(pue->at(pue->count() - 1).x()),
             QDateTime::fromString(QStringLiteral("2022-01-20T12:00:00Z"), Qt::ISODate).toMSecsSinceEpoch());

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

void CoolingPanelTest::theChartFollowsAPaletteChange()
{
    SitePhysicsFeed feed(QStringLiteral(GREENLIGHT_DATA_DIR "/../fleets/demo-fleet.json"),
                         QStringLiteral(GREENLIGHT_DATA_DIR "/weather"));
    CoolingPanel panel;
    connect(&feed, &SitePhysicsFeed::computed, &panel, &CoolingPanel::showPhysics);
    QSignalSpy computed(&feed, &SitePhysicsFeed::computed);
    feed.start(*parseIsoUtc("2022-01-20T12:00:00Z"));
    QVERIFY(computed.wait(30'000));
    QVERIFY(!panel.chart()->axes().isEmpty());
    QVERIFY2(styleMismatch(panel.chart(), panel.palette()).isEmpty(), qPrintable(styleMismatch(panel.chart(), panel.palette())));

    // A theme switch changes the palette of every widget: the chart already shown follows it …
    const QPalette dark = darkPalette(panel.palette());
    panel.setPalette(dark);
    QVERIFY2(styleMismatch(panel.chart(), dark).isEmpty(), qPrintable(styleMismatch(panel.chart(), dark)));
    // … and so does the next one.
    feed.start(*parseIsoUtc("2022-07-20T12:00:00Z"));
    QVERIFY(computed.wait(30'000));
    QVERIFY2(styleMismatch(panel.chart(), dark).isEmpty(), qPrintable(styleMismatch(panel.chart(), dark)));
}

void CoolingPanelTest::aThemedChartViewRestylesItsChart()
{
    QChartView view;
    auto* first = new QChart;
    first->addSeries(new QLineSeries(first));
    first->createDefaultAxes();
    setThemedChart(&view, first);
    QCOMPARE(view.chart(), first);
    QVERIFY2(styleMismatch(first, view.palette()).isEmpty(), qPrintable(styleMismatch(first, view.palette())));

    QPointer<QChart> replaced(first);
    auto* second = new QChart;
    second->setTitle(QStringLiteral("second"));
    second->addSeries(new QLineSeries(second));
    second->createDefaultAxes();
    setThemedChart(&view, second);
    QVERIFY2(replaced.isNull(), "the replaced chart is deleted");
    QCOMPARE(view.chart(), second);

    const QPalette dark = darkPalette(view.palette());
    view.setPalette(dark);
    QVERIFY2(styleMismatch(second, dark).isEmpty(), qPrintable(styleMismatch(second, dark)));
    int filters = 0;
    for (const QObject* child : view.children())
        filters += child->objectName() == QLatin1String("greenlight-chart-palette-filter") ? 1 : 0;
    QCOMPARE(filters, 1); // one filter per view, however many charts it has shown
}

QTEST_MAIN(CoolingPanelTest)
#include "coolingpanel_test.moc"
