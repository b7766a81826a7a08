#include "widgets/executivesummary.h"

#include <QDateTime>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSaveFile>
#include <QSplitter>
#include <QTableWidget>
#include <QTextStream>
#include <QVBoxLayout>

#include "core/csvtable.h"
#include "widgets/paneltables.h"

#include <cmath>
#include <optional>

namespace greenlight {

namespace {

QString day(UtcTime t)
{
    return QDateTime::fromSecsSinceEpoch(t.time_since_epoch().count(), Qt::UTC).toString(QStringLiteral("yyyy-MM-dd"));
}

QTableWidgetItem* cell(const QString& text, Qt::Alignment align = Qt::AlignRight | Qt::AlignVCenter)
{
    auto* item = new QTableWidgetItem(text);
    item->setTextAlignment(align);
    return item;
}

QString number(std::optional<double> v, int decimals)
{
    return v && std::isfinite(*v) ? QString::number(*v, 'f', decimals) : QStringLiteral("–");
}

std::optional<double> mixMwh(const SiteKpis& k, double GridMixKwh::*source)
{
    return k.gridMix.*source / 1000.0;
}

QString change(std::optional<double> plan, std::optional<double> baseline)
{
    if (!plan || !baseline || *baseline == 0.0)
        return QStringLiteral("–");
    const double pct = 100.0 * (*plan - *baseline) / std::abs(*baseline);
    return QStringLiteral("%1%2 %").arg(pct > 0 ? QStringLiteral("+") : QString()).arg(pct, 0, 'f', 1);
}

// RFC 4180: a cell with a comma, a quote or a line break is quoted (csvCell).
void csvRow(QTextStream& out, const QStringList& cells)
{
    QStringList quoted;
    for (const QString& c : cells)
        quoted << QString::fromStdString(csvCell(c.toStdString()));
    out << quoted.join(QLatin1Char(',')) << '\n';
}

} // namespace

ExecutiveSummary::ExecutiveSummary(QWidget* parent)
    : QWidget(parent), m_heading(new QLabel(this)), m_indicators(new QTableWidget(this)), m_sites(new QTableWidget(this)),
      m_export(new QPushButton(tr("Export CSV…"), this)), m_exportStatus(new QLabel(this))
{
    setObjectName(QStringLiteral("executiveSummary"));
    m_heading->setWordWrap(true);
    m_heading->setText(tr("Accounting the plan of the bundled workload…"));
    setUpReadOnlyTable(m_indicators, {tr("Indicator"), tr("Plan"), tr("Baseline"), tr("Change"), tr("Reference")});
    setUpReadOnlyTable(m_sites, {tr("Site"), tr("Facility MWh"), tr("Location t"), tr("Market t"), tr("PUE"), tr("CFE %"),
                                 tr("ERF"), tr("Instruments MWh"), tr("Basis")});
    m_export->setEnabled(false);

    auto* top = new QHBoxLayout;
    top->addWidget(m_heading, 1);
    top->addWidget(m_exportStatus);
    top->addWidget(m_export);
    auto* split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(m_indicators);
    split->addWidget(m_sites);
    split->setSizes({640, 560});
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(split, 1);
    connect(m_export, &QPushButton::clicked, this, &ExecutiveSummary::exportCsv);
}

void ExecutiveSummary::showError(const QString& message) { m_heading->setText(message); }

void ExecutiveSummary::showReport(std::shared_ptr<const PlanReport> report)
{
    m_report = std::move(report);
    const PlanReport& r = *m_report;
    m_heading->setText(tr("<b>Plan period %1 – %2</b>: %3 jobs on the demo fleet, accounted with the recorded hourly "
                          "intensity; PUE %4. The baseline runs the same jobs carbon-agnostic. Scope 2 counts "
                          "generation only (direct factors where the grid publishes them): lower than the job "
                          "queue's tonnes, which use life-cycle factors and include moving data.")
                           .arg(day(r.period.begin), day(r.period.end))
                           .arg(r.jobs)
                           .arg(QString::fromStdString(r.pueModel)));
    const SiteKpis& p = r.fleet;
    const SiteKpis& b = r.baselineFleet;
    struct Row {
        QString name;
        std::optional<double> plan;
        std::optional<double> baseline;
        int decimals;
        QString reference;
    };
    const Row rows[] = {
        {tr("IT energy, MWh"), p.itKwh / 1000.0, b.itKwh / 1000.0, 1, tr("ESRS E1-5")},
        {tr("Facility energy, MWh"), p.facilityKwh / 1000.0, b.facilityKwh / 1000.0, 1, tr("ESRS E1-5")},
        {tr("Energy from fossil sources, MWh"), mixMwh(p, &GridMixKwh::fossil), mixMwh(b, &GridMixKwh::fossil), 1,
         tr("ESRS E1-5, by the grid's hourly mix")},
        {tr("Energy from nuclear sources, MWh"), mixMwh(p, &GridMixKwh::nuclear), mixMwh(b, &GridMixKwh::nuclear), 1,
         tr("ESRS E1-5, by the grid's hourly mix")},
        {tr("Energy from renewable sources, MWh"), mixMwh(p, &GridMixKwh::renewable),
         mixMwh(b, &GridMixKwh::renewable), 1, tr("ESRS E1-5, by the grid's hourly mix")},
        {tr("Energy of unpublished source, MWh"), mixMwh(p, &GridMixKwh::unknown), mixMwh(b, &GridMixKwh::unknown), 1,
         tr("ESRS E1-5: grids whose data gives no renewable or carbon-free share")},
        {tr("Scope 2 location-based, t CO₂e"), p.locationGrams / 1e6, b.locationGrams / 1e6, 2,
         tr("GHG Protocol Scope 2; ESRS E1-6; grid factors: %1").arg(QString::fromStdString(p.gridFactors))},
        {tr("Scope 2 market-based, t CO₂e"), p.marketGrams / 1e6, b.marketGrams / 1e6, 2,
         tr("GHG Protocol Scope 2; ESRS E1-6; uncovered energy: %1").arg(QString::fromStdString(p.residualBasis))},
        {tr("Contractual instruments claimed, MWh"), p.instrumentKwh / 1000.0, b.instrumentKwh / 1000.0, 1,
         tr("GHG Protocol Scope 2 (market-based); per site on the right")},
        {tr("Renewable energy share (REF), %"), 100.0 * p.ref(), 100.0 * b.ref(), 1, tr("ISO/IEC 30134-3; ESRS E1-5")},
        {tr("Hourly carbon-free energy, %"), p.cfePct(), b.cfePct(), 1, tr("24/7 CFE")},
        {tr("PUE"), p.pue(), b.pue(), 3, tr("ISO/IEC 30134-2")},
        // Water is known only where weather is: a fleet WUE over every site's IT energy would be
        // diluted by the sites without it (as kpis and simulate, "–" then).
        {tr("WUE, L/kWh"), p.weatherKnown ? std::optional<double>(p.wueLitresPerKwh()) : std::nullopt,
         b.weatherKnown ? std::optional<double>(b.wueLitresPerKwh()) : std::nullopt, 2, tr("ISO/IEC 30134-9")},
        {tr("Energy reuse factor (ERF)"), p.erf(), b.erf(), 3, tr("ISO/IEC 30134-6")},
        {tr("CUE location-based, kg CO₂e/kWh"), p.cueLocation(), b.cueLocation(), 3, tr("ISO/IEC 30134-8")},
        {tr("SCI, g CO₂e per job"), r.sciGramsPerJob, r.baselineSciGramsPerJob, 1, tr("ISO/IEC 21031 (operational)")},
    };
    m_indicators->setRowCount(static_cast<int>(std::size(rows)));
    int row = 0;
    for (const Row& x : rows) {
        m_indicators->setItem(row, 0, cell(x.name, Qt::AlignLeft | Qt::AlignVCenter));
        m_indicators->setItem(row, 1, cell(number(x.plan, x.decimals)));
        m_indicators->setItem(row, 2, cell(number(x.baseline, x.decimals)));
        m_indicators->setItem(row, 3, cell(change(x.plan, x.baseline)));
        m_indicators->setItem(row, 4, cell(x.reference, Qt::AlignLeft | Qt::AlignVCenter));
        m_indicators->item(row, 4)->setToolTip(x.reference); // the basis can be longer than the column
        ++row;
    }
    m_indicators->resizeColumnsToContents();

    m_sites->setRowCount(static_cast<int>(r.sites.size()));
    row = 0;
    for (const SiteKpis& k : r.sites) {
        m_sites->setItem(row, 0, cell(QString::fromStdString(k.siteId), Qt::AlignLeft | Qt::AlignVCenter));
        m_sites->setItem(row, 1, cell(number(k.facilityKwh / 1000.0, 2)));
        m_sites->setItem(row, 2, cell(number(k.locationGrams / 1e6, 3)));
        m_sites->setItem(row, 3, cell(number(k.marketGrams / 1e6, 3)));
        m_sites->setItem(row, 4, cell(number(k.pue(), 3)));
        m_sites->setItem(row, 5, cell(number(k.cfePct(), 1)));
        m_sites->setItem(row, 6, cell(number(k.erf(), 3)));
        QStringList claims;
        for (const InstrumentClaim& c : k.claims)
            claims << QStringLiteral("%1 %2 MWh").arg(QString::fromStdString(c.id)).arg(c.kwh / 1000.0, 0, 'f', 1);
        m_sites->setItem(row, 7, cell(number(k.instrumentKwh / 1000.0, 1)));
        m_sites->setItem(row, 8, cell(tr("grid: %1; uncovered: %2%3")
                                          .arg(QString::fromStdString(k.gridFactors), QString::fromStdString(k.residualBasis),
                                               claims.isEmpty() ? QString() : QStringLiteral("; ") + claims.join(QStringLiteral(", "))),
                                      Qt::AlignLeft | Qt::AlignVCenter));
        m_sites->item(row, 8)->setToolTip(m_sites->item(row, 8)->text());
        ++row;
    }
    m_sites->resizeColumnsToContents();
    m_export->setEnabled(true);
}

QString ExecutiveSummary::toCsv() const
{
    QString text;
    QTextStream out(&text);
    for (const QTableWidget* t : {m_indicators, m_sites}) {
        QStringList header;
        for (int c = 0; c < t->columnCount(); ++c)
            header << t->horizontalHeaderItem(c)->text();
        csvRow(out, header);
        for (int r = 0; r < t->rowCount(); ++r) {
            QStringList cells;
            for (int c = 0; c < t->columnCount(); ++c)
                cells << (t->item(r, c) ? t->item(r, c)->text() : QString());
            csvRow(out, cells);
        }
        out << '\n';
    }
    return text;
}

void ExecutiveSummary::exportCsv()
{
    auto* dialog = new QFileDialog(this, tr("Export the summary"), QString(), tr("CSV files (*.csv)"));
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(QStringLiteral("csv"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString& path) { exportCsvTo(path); });
    dialog->open(); // not exec(): no nested event loop
}

bool ExecutiveSummary::exportCsvTo(const QString& path)
{
    // A few kilobytes, written at once; QSaveFile replaces the file only when all of it is written,
    // so a failed export leaves an earlier one intact. The outcome is shown beside the button, the
    // heading and the tables stay as they are.
    QSaveFile file(path);
    const QByteArray bytes = toCsv().toUtf8();
    const bool ok = file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size() && file.commit();
    if (ok) {
        m_exportStatus->setText(tr("Exported to %1").arg(path));
        m_exportStatus->setStyleSheet(QString());
    } else {
        m_exportStatus->setText(tr("Could not write %1: %2").arg(path, file.errorString()));
        m_exportStatus->setStyleSheet(QStringLiteral("color: #c0392b;"));
    }
    return ok;
}

} // namespace greenlight
