#include "widgets/coolingpanel.h"

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
#include <numeric>

namespace greenlight {

namespace {

struct SiteSummary {
    double meanPue = 0.0;
    double minPue = 0.0;
    double maxPue = 0.0;
    int freeCoolingHours = 0;
    double meanWater = 0.0;
    double meanOutdoorC = 0.0;
};

SiteSummary summarise(const SitePhysics& p)
{
    SiteSummary s;
    const auto pue = p.pue();
    if (pue.empty())
        return s;
    s.meanPue = std::accumulate(pue.begin(), pue.end(), 0.0) / static_cast<double>(pue.size());
    const auto [lo, hi] = std::minmax_element(pue.begin(), pue.end());
    s.minPue = *lo;
    s.maxPue = *hi;
    for (std::uint8_t f : p.freeCooling())
        s.freeCoolingHours += f != 0 ? 1 : 0;
    const auto water = p.waterLitresPerItKwh();
    if (!water.empty())
        s.meanWater = std::accumulate(water.begin(), water.end(), 0.0) / static_cast<double>(water.size());
    const auto outdoor = p.outdoorC();
    const auto known = p.weatherKnown();
    double sum = 0.0;
    std::size_t hours = 0;
    for (std::size_t h = 0; h < outdoor.size() && h < known.size(); ++h) {
        if (known[h]) { // hours the weather does not cover read 0 °C
            sum += outdoor[h];
            ++hours;
        }
    }
    if (hours > 0)
        s.meanOutdoorC = sum / static_cast<double>(hours);
    return s;
}

} // namespace

CoolingPanel::CoolingPanel(QWidget* parent)
    : QWidget(parent)
    , m_site(new QComboBox(this))
    , m_note(new QLabel(this))
    , m_chartView(new QChartView(this))
    , m_table(new QTableWidget(this))
{
    m_note->setWordWrap(true);
    m_chartView->setRenderHint(QPainter::Antialiasing);
    m_chartView->setMinimumSize(460, 180);
    setUpReadOnlyTable(m_table, {tr("Site"), tr("Cooling"), tr("PUE mean"), tr("PUE range"), tr("Free-cooling h"),
                                 tr("WUE L/kWh"), tr("Outdoor °C"), tr("Source")});

    auto* top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Site:"), this));
    top->addWidget(m_site);
    top->addWidget(m_note, 1);
    QSplitter* split = chartBesideTable(this, m_chartView, m_table);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(split, 1);

    connect(m_site, &QComboBox::currentIndexChanged, this, &CoolingPanel::showSite);
    connect(m_table, &QTableWidget::cellClicked, this, [this](int row, int) { m_site->setCurrentIndex(row); });
    m_note->setText(tr("Computing PUE from the bundled weather…"));
}

QChart* CoolingPanel::chart() const { return m_chartView->chart(); }

void CoolingPanel::showError(const QString& message) { m_note->setText(message); }

void CoolingPanel::showPhysics(std::shared_ptr<const PhysicsSnapshot> snapshot)
{
    m_snapshot = std::move(snapshot);
    const QString current = m_site->currentText();
    m_site->blockSignals(true);
    m_site->clear();
    m_table->setRowCount(static_cast<int>(m_snapshot->sites.size()));
    int row = 0;
    for (const SitePhysicsView& site : m_snapshot->sites) {
        m_site->addItem(QString::fromStdString(site.siteId));
        const SiteSummary s = summarise(site.physics);
        m_table->setItem(row, 0, new QTableWidgetItem(QString::fromStdString(site.siteId)));
        m_table->setItem(row, 1, new QTableWidgetItem(QString::fromStdString(site.cooling)));
        m_table->setItem(row, 2, numberItem(s.meanPue, 3));
        m_table->setItem(row, 3, new QTableWidgetItem(QStringLiteral("%1–%2").arg(s.minPue, 0, 'f', 3).arg(s.maxPue, 0, 'f', 3)));
        // Without weather, free cooling and water are unknown, not zero (as kpis prints "-").
        const bool weather = site.physics.hasWeather();
        m_table->setItem(row, 4, weather ? numberItem(s.freeCoolingHours, 0) : new QTableWidgetItem(tr("–")));
        m_table->setItem(row, 5, weather ? numberItem(s.meanWater, 2) : new QTableWidgetItem(tr("–")));
        m_table->setItem(row, 6, weather ? numberItem(s.meanOutdoorC, 1) : new QTableWidgetItem(tr("–")));
        m_table->setItem(row, 7, new QTableWidgetItem(QString::fromUtf8(pueSourceName(site.physics.source()))));
        m_table->item(row, 7)->setToolTip(QString::fromStdString(site.physics.note()));
        ++row;
    }
    m_table->resizeColumnsToContents();
    m_site->blockSignals(false);
    const int keep = m_site->findText(current);
    m_site->setCurrentIndex(keep >= 0 ? keep : 0);
    showSite(m_site->currentIndex());
}

void CoolingPanel::showSite(int index)
{
    if (!m_snapshot || index < 0 || static_cast<std::size_t>(index) >= m_snapshot->sites.size())
        return;
    const SitePhysicsView& site = m_snapshot->sites[static_cast<std::size_t>(index)];
    const SitePhysics& p = site.physics;
    m_note->setText(tr("%1 (%2): %3").arg(QString::fromStdString(site.siteName), QString::fromStdString(site.cooling),
                                          QString::fromStdString(p.note())));

    auto* chart = new QChart;
    chart->setTitle(tr("PUE and outdoor temperature, %1 (UTC)").arg(QString::fromStdString(site.siteId)));
    chart->legend()->setAlignment(Qt::AlignBottom);
    auto* pue = new QLineSeries(chart);
    pue->setName(tr("PUE"));
    auto* outdoor = new QLineSeries(chart);
    outdoor->setName(tr("outdoor °C"));
    const auto values = p.pue();
    const auto temperatures = p.outdoorC();
    const qint64 startMs = p.start().time_since_epoch().count() * 1000;
    const qint64 shiftMs = utcAxisShiftMs(startMs); // so that the QDateTimeAxis labels read UTC
    for (std::size_t h = 0; h < values.size(); ++h) {
        const qint64 ms = startMs + static_cast<qint64>(h) * 3'600'000 + shiftMs;
        pue->append(static_cast<qreal>(ms), values[h]);
        if (h < temperatures.size() && h < p.weatherKnown().size() && p.weatherKnown()[h])
            outdoor->append(static_cast<qreal>(ms), temperatures[h]);
    }
    chart->addSeries(pue);
    auto* time = new QDateTimeAxis(chart);
    time->setFormat(QStringLiteral("ddd HH:mm"));
    chart->addAxis(time, Qt::AlignBottom);
    auto* pueAxis = new QValueAxis(chart);
    pueAxis->setTitleText(tr("PUE"));
    pueAxis->setLabelFormat(QStringLiteral("%.2f"));
    chart->addAxis(pueAxis, Qt::AlignLeft);
    pue->attachAxis(time);
    pue->attachAxis(pueAxis);
    if (!values.empty()) {
        const auto [lo, hi] = std::minmax_element(values.begin(), values.end());
        pueAxis->setRange(std::max(1.0, *lo - 0.02), *hi + 0.02);
    }
    if (outdoor->count() > 0) {
        chart->addSeries(outdoor);
        auto* tempAxis = new QValueAxis(chart);
        tempAxis->setTitleText(tr("°C"));
        tempAxis->setLabelFormat(QStringLiteral("%.0f"));
        chart->addAxis(tempAxis, Qt::AlignRight);
        outdoor->attachAxis(time);
        outdoor->attachAxis(tempAxis);
    } else {
        delete outdoor;
    }
    setThemedChart(m_chartView, chart);
}

} // namespace greenlight
