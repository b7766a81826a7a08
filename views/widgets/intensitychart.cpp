#include "intensitychart.h"

#include <QDateTime>
#include <QLabel>
#include <QVBoxLayout>
#include <qcustomplot.h>

#include "widgets/charttheme.h"

#include <algorithm>
#include <limits>

namespace greenlight {
namespace {

double toPlotTime(UtcTime t)
{
    return static_cast<double>(t.time_since_epoch().count());
}

} // namespace

IntensityChart::IntensityChart(QWidget* parent)
    : QWidget(parent), m_title(new QLabel(this)), m_plot(new QCustomPlot(this))
{
    setObjectName(QStringLiteral("intensityChart"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 4, 6, 4);
    m_title->setObjectName(QStringLiteral("intensityChartTitle"));
    m_title->setTextFormat(Qt::RichText);
    layout->addWidget(m_title);
    layout->addWidget(m_plot, 1);
    m_plot->setMinimumHeight(180);

    auto ticker = QSharedPointer<QCPAxisTickerDateTime>::create();
    ticker->setDateTimeSpec(Qt::UTC);
    ticker->setDateTimeFormat(QStringLiteral("ddd HH:mm"));
    m_plot->xAxis->setTicker(ticker);
    m_plot->xAxis->setLabel(tr("UTC"));
    m_plot->yAxis->setLabel(tr("gCO₂eq/kWh"));

    m_past = m_plot->addGraph();
    m_past->setName(tr("last 48 h"));
    m_past->setLineStyle(QCPGraph::lsStepLeft);
    m_past->setPen(QPen(QColor(0x1f, 0x6f, 0xb4), 2.0));
    m_past->setBrush(QColor(0x1f, 0x6f, 0xb4, 30));

    m_upcoming = m_plot->addGraph();
    m_upcoming->setName(tr("next 24 h (recorded trace)"));
    m_upcoming->setLineStyle(QCPGraph::lsStepLeft);
    QPen dashed(QColor(0x1f, 0x6f, 0xb4), 2.0, Qt::DashLine);
    m_upcoming->setPen(dashed);

    m_estimated = m_plot->addGraph();
    m_estimated->setName(tr("estimated hour"));
    m_estimated->setLineStyle(QCPGraph::lsNone);
    m_estimated->setScatterStyle(
        QCPScatterStyle(QCPScatterStyle::ssCircle, QColor(0xd0, 0x6a, 0x00), Qt::white, 6));

    // The forecast band under its mean; the band's lower edge carries no legend entry.
    m_forecastLow = m_plot->addGraph();
    m_forecastLow->setLineStyle(QCPGraph::lsStepLeft);
    m_forecastLow->setPen(QPen(QColor(0xd0, 0x6a, 0x00, 90), 1.0));
    m_forecastLow->removeFromLegend();
    m_forecastHigh = m_plot->addGraph();
    m_forecastHigh->setName(tr("forecast 80 % band"));
    m_forecastHigh->setLineStyle(QCPGraph::lsStepLeft);
    m_forecastHigh->setPen(QPen(QColor(0xd0, 0x6a, 0x00, 90), 1.0));
    m_forecastHigh->setBrush(QColor(0xd0, 0x6a, 0x00, 45));
    m_forecastHigh->setChannelFillGraph(m_forecastLow);
    m_forecastMean = m_plot->addGraph();
    m_forecastMean->setName(tr("forecast issued now"));
    m_forecastMean->setLineStyle(QCPGraph::lsStepLeft);
    m_forecastMean->setPen(QPen(QColor(0xd0, 0x6a, 0x00), 2.0, Qt::DotLine));

    m_nowLine = new QCPItemStraightLine(m_plot);
    m_nowLine->setPen(QPen(QColor(0xc0, 0x20, 0x20), 1.5));
    m_nowLabel = new QCPItemText(m_plot);
    m_nowLabel->setText(tr("now"));
    m_nowLabel->setColor(QColor(0xc0, 0x20, 0x20));
    m_nowLabel->setPositionAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_nowLabel->position->setTypeY(QCPItemPosition::ptAxisRectRatio);

    m_plot->legend->setVisible(true);
    m_plot->legend->setFont(font());
    // The legend gets its own row under the axes, so it never hides the curve.
    m_plot->axisRect()->insetLayout()->take(m_plot->legend);
    m_plot->plotLayout()->addElement(1, 0, m_plot->legend);
    m_plot->plotLayout()->setRowStretchFactor(1, 0.001);
    m_plot->legend->setFillOrder(QCPLegend::foColumnsFirst);
    m_plot->legend->setBorderPen(Qt::NoPen);
    m_plot->plotLayout()->setRowSpacing(0);
    applyPalette(m_plot, palette());
    clear(tr("Click a zone on the map to see its carbon intensity."));
}

void IntensityChart::showZone(std::shared_ptr<const TraceLibrary> library, const Zone& zone,
                              UtcTime now)
{
    m_library = std::move(library);
    m_zoneKey = QString::fromStdString(zone.key);
    m_zoneName = QString::fromStdString(zone.name);
    m_now = now;
    m_forecastError.clear();
    rebuild();
}

void IntensityChart::setNow(UtcTime now)
{
    if (now == m_now)
        return;
    m_now = now;
    if (!m_zoneKey.isEmpty())
        rebuild();
}

void IntensityChart::clear(const QString& message)
{
    m_zoneKey.clear();
    m_library.reset();
    for (QCPGraph* g : {m_past, m_upcoming, m_estimated, m_forecastLow, m_forecastHigh, m_forecastMean})
        g->data()->clear();
    m_forecast.reset();
    m_forecastError.clear();
    m_title->setText(message.toHtmlEscaped());
    m_nowLine->setVisible(false);
    m_nowLabel->setVisible(false);
    m_plot->replot();
}

int IntensityChart::pastPointCount() const
{
    return m_past->dataCount();
}

int IntensityChart::upcomingPointCount() const
{
    return m_upcoming->dataCount();
}

int IntensityChart::forecastPointCount() const
{
    return m_forecastMean->dataCount();
}

void IntensityChart::showForecast(std::shared_ptr<const Forecast> forecast)
{
    if (!forecast || QString::fromStdString(forecast->zoneKey()) != m_zoneKey)
        return;
    m_forecast = std::move(forecast);
    m_forecastError.clear();
    rebuild();
}

void IntensityChart::showForecastFailed(const QString& zoneKey, const QString& message)
{
    if (zoneKey != m_zoneKey)
        return;
    m_forecast.reset(); // the band issued earlier is no forecast for now
    m_forecastError = message;
    rebuild();
}

QString IntensityChart::title() const
{
    return m_title->text();
}

void IntensityChart::rebuild()
{
    const IntensitySeries* series = m_library ? m_library->find(m_zoneKey.toStdString()) : nullptr;
    for (QCPGraph* g : {m_past, m_upcoming, m_estimated, m_forecastLow, m_forecastHigh, m_forecastMean})
        g->data()->clear();
    if (!series) {
        m_title->setText(tr("<b>%1</b> (%2): no trace").arg(m_zoneName.toHtmlEscaped(), m_zoneKey));
        m_plot->replot();
        return;
    }
    const UtcTime from = m_now - kPast;
    const UtcTime to = m_now + kAhead;
    double low = std::numeric_limits<double>::max();
    double high = 0.0;
    int points = 0;
    // Start at the beginning of the step that contains `from`, so partial steps at both ends show.
    UtcTime first = std::max(from, series->start());
    if (const auto index = series->indexAt(first))
        first = series->timeAt(*index);
    for (UtcTime t = first; t < std::min(to, series->end()); t += series->step()) {
        const auto index = series->indexAt(t);
        if (!index)
            continue;
        const IntensitySample s = series->sample(*index);
        const double x = toPlotTime(s.time);
        // Past and upcoming share the current step, so the two lines join.
        if (s.time <= m_now)
            m_past->addData(x, s.lifecycleGPerKwh);
        if (s.time + series->step() > m_now)
            m_upcoming->addData(x, s.lifecycleGPerKwh);
        if (s.estimated)
            m_estimated->addData(x + series->step().count() / 2.0, s.lifecycleGPerKwh);
        low = std::min(low, s.lifecycleGPerKwh);
        high = std::max(high, s.lifecycleGPerKwh);
        ++points;
    }
    // Close the last step so the step line reaches the end of its interval.
    if (m_upcoming->dataCount() > 0) {
        const auto last = m_upcoming->data()->end() - 1;
        m_upcoming->addData(last->key + series->step().count(), last->value);
    }
    // The forecast as issued (it is not re-issued every tick: the band says how sure it was).
    if (m_forecast && QString::fromStdString(m_forecast->zoneKey()) == m_zoneKey) {
        const auto mean = m_forecast->mean();
        const auto lowBand = m_forecast->low();
        const auto highBand = m_forecast->high();
        for (std::size_t i = 0; i <= mean.size(); ++i) {
            const std::size_t at = std::min(i, mean.size() - 1); // repeat the last to close its step
            const double x = toPlotTime(m_forecast->start() + m_forecast->step() * static_cast<long long>(i));
            m_forecastMean->addData(x, mean[at]);
            m_forecastLow->addData(x, lowBand[at]);
            m_forecastHigh->addData(x, highBand[at]);
            high = std::max(high, highBand[at]);
            low = std::min(low, lowBand[at]);
        }
    }
    QString title = tr("<b>%1</b> (%2) — lifecycle carbon intensity, replayed")
                        .arg(m_zoneName.toHtmlEscaped(), m_zoneKey);
    if (m_forecast && QString::fromStdString(m_forecast->zoneKey()) == m_zoneKey)
        title += tr("; %1 forecast issued %2 UTC")
                     .arg(QString::fromStdString(m_forecast->model()))
                     .arg(QDateTime::fromSecsSinceEpoch(m_forecast->issuedAt().time_since_epoch().count(), Qt::UTC)
                              .toString(QStringLiteral("HH:mm")));
    else if (!m_forecastError.isEmpty())
        title += tr("; no forecast: %1").arg(m_forecastError.toHtmlEscaped());
    if (points == 0)
        title += tr(" — the trace has no data around this time");
    m_title->setText(title);
    m_plot->xAxis->setRange(toPlotTime(from), toPlotTime(to));
    if (points > 0) {
        const double margin = std::max(10.0, (high - low) * 0.1);
        m_plot->yAxis->setRange(std::max(0.0, low - margin), high + margin);
    }
    m_nowLine->point1->setCoords(toPlotTime(m_now), 0);
    m_nowLine->point2->setCoords(toPlotTime(m_now), 1);
    m_nowLine->setVisible(true);
    m_nowLabel->position->setCoords(toPlotTime(m_now), 0.02);
    m_nowLabel->setVisible(true);
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

void IntensityChart::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::PaletteChange)
        applyPalette(m_plot, palette());
    QWidget::changeEvent(event);
}

} // namespace greenlight
