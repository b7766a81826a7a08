// The executives' summary exports both tables as RFC 4180 CSV: a cell with a comma, a quote or a
// line break is quoted and reads back whole; the file is written atomically, and a failed export
// is reported beside the button without touching the heading or the tables.
#include "core/csvtable.h"
#include "widgets/executivesummary.h"

#include <QFile>
#include <QLabel>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace greenlight;

class ExecutiveSummaryTest : public QObject {
    Q_OBJECT
private slots:
    void cellsWithCommasQuotesAndLineBreaksAreQuoted();
    void aFailedExportKeepsThePanel();
};

namespace {

const std::string kAwkwardSite = "fra1, \"Frankfurt\"\nrack B";

std::shared_ptr<const PlanReport> report()
{
    auto r = std::make_shared<PlanReport>();
    r->period = {*parseIsoUtc("2022-07-01T00:00:00Z"), *parseIsoUtc("2022-08-01T00:00:00Z")};
    r->pueModel = "design PUE";
    r->jobs = 3;
    r->fleet.siteId = "fleet";
    r->fleet.itKwh = 1000.0;
    r->fleet.facilityKwh = 1200.0;
    r->baselineFleet = r->fleet;
    SiteKpis site = r->fleet;
    site.siteId = kAwkwardSite;
    r->sites.push_back(site);
    return r;
}

} // namespace

void ExecutiveSummaryTest::cellsWithCommasQuotesAndLineBreaksAreQuoted()
{
    ExecutiveSummary summary;
    summary.showReport(report());
    QCOMPARE(summary.sites()->item(0, 0)->text(), QString::fromStdString(kAwkwardSite));
    const QString csv = summary.toCsv();
    QVERIFY2(csv.contains(QStringLiteral("\"fra1, \"\"Frankfurt\"\"\nrack B\",")), qPrintable(csv));

    // The sites table is the second block (after the blank line that ends the indicators).
    const qsizetype blank = csv.indexOf(QStringLiteral("\n\n"));
    QVERIFY(blank > 0);
    const std::string sites = csv.mid(blank + 2).toStdString();
    const Result<CsvTable> table = parseCsvTable(sites, "sites.csv");
    QVERIFY2(table.ok(), table.status().message().c_str());
    QCOMPARE(table->rows.size(), std::size_t{1});
    QCOMPARE(table->rows[0].size(), std::size_t(summary.sites()->columnCount()));
    QCOMPARE(table->rows[0][0], kAwkwardSite);
}

void ExecutiveSummaryTest::aFailedExportKeepsThePanel()
{
    ExecutiveSummary summary;
    summary.showReport(report());
    const QString heading = summary.heading()->text();
    const int rows = summary.indicators()->rowCount();

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString good = dir.filePath(QStringLiteral("summary.csv"));
    QVERIFY(summary.exportCsvTo(good));
    QFile written(good);
    QVERIFY(written.open(QIODevice::ReadOnly));
    QCOMPARE(QString::fromUtf8(written.readAll()), summary.toCsv());
    QVERIFY2(summary.exportStatus()->text().contains(good), qPrintable(summary.exportStatus()->text()));

    const QString bad = dir.filePath(QStringLiteral("no-such-folder/summary.csv"));
    QVERIFY(!summary.exportCsvTo(bad));
    QVERIFY2(summary.exportStatus()->text().contains(QStringLiteral("Could not write")),
             qPrintable(summary.exportStatus()->text()));
    QCOMPARE(summary.heading()->text(), heading);
    QCOMPARE(summary.indicators()->rowCount(), rows);
    QCOMPARE(summary.sites()->rowCount(), 1);
}

QTEST_MAIN(ExecutiveSummaryTest)
#include "executivesummary_test.moc"
