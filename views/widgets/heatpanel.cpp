#include "widgets/heatpanel.h"

#include <QAreaSeries>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDateTimeAxis>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineSeries>
#include <QSplitter>
#include <QTableWidget>
#include <QValueAxis>
#include <QVBoxLayout>

#include "widgets/charttheme.h"
#include "widgets/paneltables.h"

#include <algorithm>

namespace greenlight {

namespace {

constexpr int kFleetChoice = -1;

// The connected sites' hours added up (they share the snapshot's window).
std::vector<HeatReuseHour> fleetHours(const PhysicsSnapshot& snapshot)
{
    std::vector<HeatReuseHour> total;
    std::vector<double> supplyDegree;
    for (const SitePhysicsView& site : snapshot.sites) {
        if (!site.heat.connected)
            continue;
        total.resize(std::max(total.size(), site.heat.hours.size()));
        supplyDegree.resize(total.size());
        for (std::size_t h = 0; h < site.heat.hours.size(); ++h) {
            const HeatReuseHour& r = site.heat.hours[h];
            total[h].reusedKwhTh += r.reusedKwhTh;
            total[h].demandKwhTh += r.demandKwhTh;
            total[h].deliveredKwhTh += r.deliveredKwhTh;
            total[h].heatPumpKwh += r.heatPumpKwh;
            supplyDegree[h] += r.deliveredKwhTh * r.supplyC;
        }
    }
    for (std::size_t h = 0; h < total.size(); ++h)
        total[h].supplyC = total[h].deliveredKwhTh > 0 ? supplyDegree[h] / total[h].deliveredKwhTh : 0.0;
    return total;
}

} // namespace

HeatPanel::HeatPanel(QWidget* parent)
    : QWidget(parent)
    , m_site(new QComboBox(this))
    , m_note(new QLabel(this))
    , m_chartView(new QChartView(this))
    , m_table(new QTableWidget(this))
{
    setObjectName(QStringLiteral("heatPanel"));
    m_note->setWordWrap(true);
    m_site->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_chartView->setRenderHint(QPainter::Antialiasing);
    m_chartView->setMinimumSize(460, 180);
    setUpReadOnlyTable(m_table, {tr("Site"), tr("Contract kW"), tr("Reused MWh"), tr("Demand met %"), tr("Supply °C"),
                                 tr("HP kWh"), tr("ERF")});
    m_table->horizontalHeaderItem(1)->setToolTip(tr("District-heating connection, kW thermal"));
    m_table->horizontalHeaderItem(2)->setToolTip(tr("Site heat used by the network over the window, MWh thermal"));
    m_table->horizontalHeaderItem(5)->setToolTip(tr("Heat-pump electricity to lift low-grade heat (outside the PUE boundary)"));
    m_table->horizontalHeaderItem(6)->setToolTip(tr("Energy Reuse Factor (ISO/IEC 30134-6): heat reused ÷ facility energy"));

    auto* top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Show:"), this));
    top->addWidget(m_site);
    top->addWidget(m_note, 1);
    QSplitter* split = chartBesideTable(this, m_chartView, m_table);
    split->setSizes({600, 600});
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(split, 1);

    connect(m_site, &QComboBox::currentIndexChanged, this, &HeatPanel::showChoice);
    m_note->setText(tr("Computing waste heat from the bundled weather…"));
}

QChart* HeatPanel::chart() const { return m_chartView->chart(); }
QString HeatPanel::note() const { return m_note->text(); }
void HeatPanel::showError(const QString& message) { m_note->setText(message); }

void HeatPanel::showPhysics(std::shared_ptr<const PhysicsSnapshot> snapshot)
{
    m_snapshot = std::move(snapshot);
    const QString current = m_site->currentText();
    m_site->blockSignals(true);
    m_site->clear();
    m_site->addItem(tr("Fleet (connected sites)"), kFleetChoice);
    m_table->setRowCount(0);
    SiteHeatReuse fleet;
    int connected = 0;
    // Connected sites first: they are what the panel is about.
    std::vector<std::size_t> order(m_snapshot->sites.size());
    for (std::size_t i = 0; i < order.size(); ++i)
        order[i] = i;
    std::stable_partition(order.begin(), order.end(), [&](std::size_t i) { return m_snapshot->sites[i].heat.connected; });
    for (const std::size_t i : order) {
        const SitePhysicsView& site = m_snapshot->sites[i];
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        m_table->setItem(row, 0, new QTableWidgetItem(QString::fromStdString(site.siteId)));
        fleet.facilityKwh += site.heat.facilityKwh;
        if (!site.heat.connected) {
            auto* why = new QTableWidgetItem(site.heatContractKwTh <= 0 ? tr("no heat-reuse contract")
                                                                        : tr("no weather: network demand unknown"));
            m_table->setItem(row, 1, why);
            m_table->setSpan(row, 1, 1, 6);
            continue;
        }
        ++connected;
        m_site->addItem(QString::fromStdString(site.siteId), static_cast<int>(i));
        const SiteHeatReuse& h = site.heat;
        fleet.reusedKwhTh += h.reusedKwhTh;
        fleet.demandKwhTh += h.demandKwhTh;
        fleet.deliveredKwhTh += h.deliveredKwhTh;
        fleet.heatPumpKwh += h.heatPumpKwh;
        fleet.supplyDegreeKwh += h.supplyDegreeKwh;
        m_table->setItem(row, 1, numberItem(site.heatContractKwTh, 0));
        m_table->setItem(row, 2, numberItem(h.reusedKwhTh / 1000.0, 2));
        m_table->setItem(row, 3, numberItem(100.0 * h.demandCovered(), 0));
        m_table->setItem(row, 4, numberItem(h.meanSupplyC(), 1));
        m_table->setItem(row, 5, numberItem(h.heatPumpKwh, 0));
        m_table->setItem(row, 6, numberItem(h.erf(), 3));
    }
    const int fleetRow = m_table->rowCount();
    m_table->insertRow(fleetRow);
    auto* fleetName = new QTableWidgetItem(tr("Fleet"));
    QFont bold = fleetName->font();
    bold.setBold(true);
    fleetName->setFont(bold);
    m_table->setItem(fleetRow, 0, fleetName);
    m_table->setItem(fleetRow, 1, new QTableWidgetItem(tr("%n site(s)", nullptr, connected)));
    m_table->setItem(fleetRow, 2, numberItem(fleet.reusedKwhTh / 1000.0, 2));
    m_table->setItem(fleetRow, 3, numberItem(100.0 * fleet.demandCovered(), 0));
    m_table->setItem(fleetRow, 4, numberItem(fleet.meanSupplyC(), 1));
    m_table->setItem(fleetRow, 5, numberItem(fleet.heatPumpKwh, 0));
    m_table->setItem(fleetRow, 6, numberItem(fleet.erf(), 3));
    m_table->resizeColumnsToContents();
    m_site->blockSignals(false);
    const int keep = m_site->findText(current);
    m_site->setCurrentIndex(keep >= 0 ? keep : 0);
    showChoice(m_site->currentIndex());
}

void HeatPanel::showChoice(int index)
{
    if (!m_snapshot || index < 0)
        return;
    const int choice = m_site->itemData(index).toInt();
    std::vector<HeatReuseHour> hours;
    QString title;
    if (choice == kFleetChoice) {
        hours = fleetHours(*m_snapshot);
        title = tr("District heating, fleet (UTC)");
        m_note->setText(tr("IT load assumed at %1 % of every GPU's typical power; heat from the cooling loops, "
                           "network demand from the outdoor temperature (heating degree-hours) and hot water.")
                            .arg(kAssumedUtilisation * 100.0, 0, 'f', 0));
    } else {
        const SitePhysicsView& site = m_snapshot->sites[static_cast<std::size_t>(choice)];
        hours = site.heat.hours;
        title = tr("District heating, %1 (UTC)").arg(QString::fromStdString(site.siteId));
        m_note->setText(tr("%1 (%2): %3 kWh IT per hour assumed; %4").arg(QString::fromStdString(site.siteName),
                                                                          QString::fromStdString(site.cooling))
                            .arg(site.itKwhPerHour, 0, 'f', 0)
                            .arg(QString::fromStdString(site.physics.note())));
    }

    auto* chart = new QChart;
    chart->setTitle(title);
    chart->legend()->setAlignment(Qt::AlignBottom);
    auto* reused = new QLineSeries(chart);
    auto* baseline = new QLineSeries(chart);
    auto* demand = new QLineSeries(chart);
    demand->setName(tr("network demand kWh_th"));
    auto* supply = new QLineSeries(chart);
    supply->setName(tr("supply °C"));
    const qint64 startMs = m_snapshot->window.begin.time_since_epoch().count() * 1000;
    const qint64 shiftMs = utcAxisShiftMs(startMs); // so that the QDateTimeAxis labels read UTC
    double peak = 1.0;
    for (std::size_t h = 0; h < hours.size(); ++h) {
        const auto ms = static_cast<qreal>(startMs + static_cast<qint64>(h) * 3'600'000 + shiftMs);
        reused->append(ms, hours[h].deliveredKwhTh);
        baseline->append(ms, 0.0);
        demand->append(ms, hours[h].demandKwhTh);
        supply->append(ms, hours[h].supplyC);
        peak = std::max({peak, hours[h].deliveredKwhTh, hours[h].demandKwhTh});
    }
    auto* area = new QAreaSeries(reused, baseline);
    area->setName(tr("heat delivered kWh_th"));
    area->setColor(QColor(0xe0, 0x6c, 0x1a, 150));
    area->setBorderColor(QColor(0xe0, 0x6c, 0x1a));
    chart->addSeries(area);
    chart->addSeries(demand);
    auto* time = new QDateTimeAxis(chart);
    time->setFormat(QStringLiteral("ddd HH:mm"));
    chart->addAxis(time, Qt::AlignBottom);
    auto* energy = new QValueAxis(chart);
    energy->setTitleText(tr("kWh_th per hour"));
    energy->setLabelFormat(QStringLiteral("%.0f"));
    energy->setRange(0.0, peak * 1.1);
    chart->addAxis(energy, Qt::AlignLeft);
    for (QAbstractSeries* s : {static_cast<QAbstractSeries*>(area), static_cast<QAbstractSeries*>(demand)}) {
        s->attachAxis(time);
        s->attachAxis(energy);
    }
    if (!hours.empty()) {
        chart->addSeries(supply);
        auto* temperature = new QValueAxis(chart);
        temperature->setTitleText(tr("°C"));
        temperature->setLabelFormat(QStringLiteral("%.0f"));
        temperature->setRange(0.0, 80.0);
        chart->addAxis(temperature, Qt::AlignRight);
        supply->attachAxis(time);
        supply->attachAxis(temperature);
    } else {
        delete supply;
        chart->setTitle(tr("No site of the fleet delivers heat to a network"));
    }
    setThemedChart(m_chartView, chart);
}

} // namespace greenlight
