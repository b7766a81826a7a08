// The chart shows the last 48 h and the next 24 h of the selected zone's trace, joined at "now".
#include "service/replayfeed.h"
#include "service/zoneforecastfeed.h"
#include "widgets/intensitychart.h"

#include <QtTest>
#include <qcustomplot.h>

using namespace greenlight;

class IntensityChartTest : public QObject {
    Q_OBJECT
private slots:
    void showsTheForecastIssuedAtNowWithItsBand();
    void showsPastAndUpcomingHoursOfTheTrace()
    {
        IntensitySeries::Columns c;
        for (int h = 0; h < 24 * 10; ++h)
            c.lifecycleGPerKwh.push_back(100.0 + h);
        c.estimated.assign(c.lifecycleGPerKwh.size(), 0);
        c.estimated[100] = 1;
        const UtcTime t0 = *parseIsoUtc("2022-03-01T00:00:00Z");
        auto library = std::make_shared<const TraceLibrary>(
            std::vector<IntensitySeries>{IntensitySeries::create("DE", t0, Hours{1}, c).value()});
        IntensityChart chart;
        const UtcTime now = t0 + Hours{100} + std::chrono::minutes{30};
        chart.showZone(library, Zone{"DE", "Germany", "Germany", 276, {}, {}}, now);
        QCOMPARE(chart.zoneKey(), QStringLiteral("DE"));
        // 48 past steps plus the current one; 24 upcoming plus the current one plus the close.
        QCOMPARE(chart.pastPointCount(), 49);
        QCOMPARE(chart.upcomingPointCount(), 26);
        QCPGraph* past = chart.plot()->graph(0);
        QCOMPARE(past->data()->at(past->dataCount() - 1)->value, 200.0);
        QCOMPARE(chart.plot()->graph(2)->dataCount(), 1); // the estimated hour

        chart.setNow(now + Hours{1});
        QCOMPARE(chart.plot()->graph(0)->data()->at(chart.pastPointCount() - 1)->value, 201.0);
    }

    void nearTheEndOfTheTraceShowsWhatThereIs()
    {
        IntensitySeries::Columns c;
        c.lifecycleGPerKwh.assign(60, 50.0);
        const UtcTime t0 = *parseIsoUtc("2022-12-29T00:00:00Z");
        auto library = std::make_shared<const TraceLibrary>(
            std::vector<IntensitySeries>{IntensitySeries::create("X", t0, Hours{1}, c).value()});
        IntensityChart chart;
        chart.showZone(library, Zone{"X", "X", "X", 1, {}, {}}, t0 + Hours{55});
        QCOMPARE(chart.pastPointCount(), 49);
        QCOMPARE(chart.upcomingPointCount(), 6); // 5 hours left, plus the closing point
        chart.showZone(library, Zone{"Y", "Y", "Y", 2, {}, {}}, t0);
        QCOMPARE(chart.pastPointCount(), 0); // no trace for Y: an empty chart, no crash
    }
};

void IntensityChartTest::showsTheForecastIssuedAtNowWithItsBand()
{
    // The engine's ridge forecast on the bundled German trace, issued off the UI thread.
    const ReplayFeed::LoadedData data = ReplayFeed::load(QStringLiteral(GREENLIGHT_DATA_DIR));
    QVERIFY(data.library);
    const UtcTime now = *parseIsoUtc("2022-11-22T00:30:00Z");
    IntensityChart chart;
    chart.showZone(data.library, Zone{"DE", "Germany", "Germany", 276, {}, {}}, now);
    ZoneForecastFeed feed;
    connect(&feed, &ZoneForecastFeed::forecasted, &chart, &IntensityChart::showForecast);
    QSignalSpy forecasted(&feed, &ZoneForecastFeed::forecasted);
    feed.start(data.library, QStringLiteral("DE"), now);
    QVERIFY(forecasted.wait(60'000));
    const auto forecast = forecasted.first().at(0).value<std::shared_ptr<const Forecast>>();
    QCOMPARE(forecast->size(), std::size_t{24});
    QVERIFY(forecast->start() >= now); // from the history before now only
    for (std::size_t i = 0; i < forecast->size(); ++i)
        QVERIFY(forecast->low()[i] <= forecast->mean()[i] && forecast->mean()[i] <= forecast->high()[i]);
    QCOMPARE(chart.forecastPointCount(), 25); // 24 steps and the close of the last

    // A failed forecast for the shown zone drops the old band and says why; another zone's failure
    // changes nothing, and the next forecast replaces the note.
    chart.showForecastFailed(QStringLiteral("FR"), QStringLiteral("not this zone"));
    QCOMPARE(chart.forecastPointCount(), 25);
    chart.showForecastFailed(QStringLiteral("DE"), QStringLiteral("ridge: too little history"));
    QCOMPARE(chart.forecastPointCount(), 0);
    QVERIFY2(chart.title().contains(QStringLiteral("too little history")), qPrintable(chart.title()));
    chart.showForecast(forecast);
    QCOMPARE(chart.forecastPointCount(), 25);
    QVERIFY2(!chart.title().contains(QStringLiteral("no forecast")), qPrintable(chart.title()));

    // Another zone's forecast is not drawn over this one.
    const ZoneForecastFeed::Outcome other = ZoneForecastFeed::compute(QStringLiteral("ridge"), *data.library,
                                                                      QStringLiteral("FR"), now, 24);
    QVERIFY(other.forecast);
    chart.showZone(data.library, Zone{"GB", "Great Britain", "Great Britain", 826, {}, {}}, now);
    chart.showForecast(other.forecast);
    QCOMPARE(chart.forecastPointCount(), 0);

    const ZoneForecastFeed::Outcome unknown = ZoneForecastFeed::compute(QStringLiteral("ridge"), *data.library,
                                                                        QStringLiteral("XX"), now, 24);
    QVERIFY(!unknown.forecast);
    QVERIFY2(unknown.error.contains(QStringLiteral("XX")), qPrintable(unknown.error));
}

QTEST_MAIN(IntensityChartTest)
#include "intensitychart_test.moc"
