// The replay feed loads on a worker thread and reports problems in words; a broken file does
// not stop the other zones from loading.
#include "service/replayfeed.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace greenlight;

namespace {

void copyFile(const QString& from, const QString& to)
{
    QFile::remove(to);
    QVERIFY2(QFile::copy(from, to), qPrintable(from + " -> " + to));
}

// A small data folder: the real zones.csv and locations, a few real traces.
void makeDataDir(const QString& root, const QStringList& zones)
{
    const QString data = QStringLiteral(GREENLIGHT_DATA_DIR);
    QDir().mkpath(root + "/carbon");
    copyFile(data + "/carbon/zones.csv", root + "/carbon/zones.csv");
    copyFile(data + "/zone_locations.csv", root + "/zone_locations.csv");
    for (const QString& zone : zones)
        copyFile(data + "/carbon/" + zone + ".csv", root + "/carbon/" + zone + ".csv");
}

// Writes a trace of our own into the data folder's carbon/.
void writeTrace(const QString& root, const QString& file, const QByteArray& text)
{
    QFile out(root + "/carbon/" + file);
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write(text);
}

} // namespace

class ReplayFeedTest : public QObject {
    Q_OBJECT
private slots:
    void loadsAndPublishesASnapshot()
    {
        QTemporaryDir dir;
        makeDataDir(dir.path(), {"DE", "FR", "NO"});
        ReplayFeed feed({dir.path(), 2022, 1.0, 10'000});
        QSignalSpy loaded(&feed, &ReplayFeed::loaded);
        QSignalSpy snapshots(&feed, &ReplayFeed::snapshotChanged);
        feed.start();
        QVERIFY(loaded.wait(10'000));
        QCOMPARE(snapshots.count(), 1);
        QVERIFY(feed.isLoaded());
        QCOMPARE(feed.library()->size(), std::size_t(3));
        const GridSnapshot& s = feed.snapshot();
        QVERIFY(feed.clock().dataYearWindow().contains(s.time));
        QVERIFY(s.find("DE")->available);
        QVERIFY(!s.find("PL")->available); // in the catalogue, no trace here
        QCOMPARE(s.find("DE")->sample.lifecycleGPerKwh,
                 feed.library()->find("DE")->sampleAt(s.time)->lifecycleGPerKwh);
    }

    void aBrokenTraceIsReportedAndTheRestLoads()
    {
        QTemporaryDir dir;
        makeDataDir(dir.path(), {"DE"});
        writeTrace(dir.path(), "FR.csv",
                   "timestamp_utc,carbon_intensity_gco2_per_kwh\n2022-01-01T00:00:00Z,12\n"
                   "2022-01-01T01:00:00Z,oops\n");
        ReplayFeed feed({dir.path(), 2022, 1.0, 10'000});
        QSignalSpy loaded(&feed, &ReplayFeed::loaded);
        QSignalSpy problems(&feed, &ReplayFeed::loadProblems);
        feed.start();
        QVERIFY(loaded.wait(10'000));
        QCOMPARE(problems.count(), 1);
        const QStringList messages = problems.at(0).at(0).toStringList();
        QCOMPARE(messages.size(), 1);
        QVERIFY2(messages[0].startsWith("FR.csv:3:"), qPrintable(messages[0]));
        QVERIFY(feed.library()->find("DE"));
    }

    void shortGapsAreFilledAndSaid()
    {
        QTemporaryDir dir;
        makeDataDir(dir.path(), {"DE"});
        writeTrace(dir.path(), "FR.csv",
                   "timestamp_utc,carbon_intensity_gco2_per_kwh\n2022-01-01T00:00:00Z,12\n"
                   "2022-01-01T01:00:00Z,14\n2022-01-01T03:00:00Z,18\n"); // 02:00 missing
        ReplayFeed feed({dir.path(), 2022, 1.0, 10'000});
        QSignalSpy loaded(&feed, &ReplayFeed::loaded);
        QSignalSpy problems(&feed, &ReplayFeed::loadProblems);
        QSignalSpy filled(&feed, &ReplayFeed::gapsFilled);
        feed.start();
        QVERIFY(loaded.wait(10'000));
        QCOMPARE(problems.count(), 0);
        QCOMPARE(filled.count(), 1);
        QCOMPARE(filled.at(0).at(0).toStringList(), QStringList{QStringLiteral("FR.csv: 1")});
        const IntensitySeries* fr = feed.library()->find("FR");
        QVERIFY(fr);
        QCOMPARE(fr->size(), std::size_t{4});
        QVERIFY(fr->sample(2).estimated);
    }

    void missingDataIsAFatalErrorInWords()
    {
        QTemporaryDir dir;
        ReplayFeed feed({dir.path() + "/nowhere", 2022, 1.0, 10'000});
        QSignalSpy failed(&feed, &ReplayFeed::loadFailed);
        feed.start();
        QVERIFY(failed.wait(10'000));
        QVERIFY2(failed.at(0).at(0).toString().contains("zones.csv"),
                 qPrintable(failed.at(0).at(0).toString()));
        QVERIFY(!feed.isLoaded());
    }

    // A replay year no trace covers: said, with the years there are (the map turned grey and the
    // status bar showed a forecast error).
    void aReplayYearWithoutDataIsRefusedWithTheYearsThereAre()
    {
        ReplayFeed feed({QStringLiteral(GREENLIGHT_DATA_DIR), 2019, 1.0, 10'000});
        QSignalSpy failed(&feed, &ReplayFeed::loadFailed);
        QSignalSpy loaded(&feed, &ReplayFeed::loaded);
        feed.start();
        QVERIFY(failed.wait(30'000));
        const QString why = failed.at(0).at(0).toString();
        QVERIFY2(why.contains(QStringLiteral("no bundled carbon-intensity data for 2019")) && why.contains(QStringLiteral("2021-01-01")),
                 qPrintable(why));
        QCOMPARE(loaded.size(), 0);
        QVERIFY(!feed.isLoaded());
    }
};

QTEST_MAIN(ReplayFeedTest)
#include "replayfeed_test.moc"
