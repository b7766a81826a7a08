#include "widgets/budgetpanel.h"

#include "widgets/budgetgauge.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>
#include <qcustomplot.h>

#include "widgets/charttheme.h"
#include "widgets/paneltables.h"

namespace greenlight {
namespace {

double plotTime(UtcTime t)
{
    return static_cast<double>(t.time_since_epoch().count());
}

QString versusBaseline(const QString& period, const PeriodBurn& burn)
{
    const double saved = burn.savedKg();
    const double pct = burn.baselineKg > 0 ? 100.0 * saved / burn.baselineKg : 0.0;
    return BudgetPanel::tr("<b>%1</b>: %2 kg CO₂e<br>baseline %3 kg · %4 %5 kg (%6 %)<br>planned to the end: %7 kg more")
        .arg(period)
        .arg(burn.actualKg, 0, 'f', 1)
        .arg(burn.baselineKg, 0, 'f', 1)
        .arg(saved >= 0 ? BudgetPanel::tr("saved") : BudgetPanel::tr("over by"))
        .arg(std::abs(saved), 0, 'f', 1)
        .arg(std::abs(pct), 0, 'f', 0)
        .arg(burn.plannedRestKg, 0, 'f', 1);
}

} // namespace

BudgetPanel::BudgetPanel(QWidget* parent)
    : QWidget(parent),
      m_dayGauge(new BudgetGauge(this)),
      m_monthGauge(new BudgetGauge(this)),
      m_state(new QLabel(this)),
      m_today(kpiTile(this)),
      m_month(kpiTile(this)),
      m_period(new QComboBox(this)),
      m_plot(new QCustomPlot(this))
{
    setObjectName(QStringLiteral("budgetPanel"));
    m_state->setObjectName(QStringLiteral("budgetState"));
    m_state->setWordWrap(true);
    m_period->addItem(tr("This month"), static_cast<int>(BudgetPeriod::Month));
    m_period->addItem(tr("Today"), static_cast<int>(BudgetPeriod::Day));
    // Until the plan arrives: "0.0 kg / no cap" read as a fleet without a budget.
    m_dayGauge->setReading({tr("Today"), 0.0, 0.0, std::nullopt, BudgetState::Invalid, 0.0, true});
    m_monthGauge->setReading({tr("This month"), 0.0, 0.0, std::nullopt, BudgetState::Invalid, 0.0, true});

    auto* tiles = new QVBoxLayout;
    tiles->addWidget(m_state);
    tiles->addWidget(m_today);
    tiles->addWidget(m_month);
    auto* chooser = new QHBoxLayout;
    chooser->addWidget(new QLabel(tr("Burn-down:"), this));
    chooser->addWidget(m_period);
    chooser->addStretch();
    tiles->addLayout(chooser);
    tiles->addStretch();

    auto* top = new QHBoxLayout;
    top->addWidget(m_dayGauge, 2);
    top->addWidget(m_monthGauge, 2);
    top->addLayout(tiles, 3);

    auto ticker = QSharedPointer<QCPAxisTickerDateTime>::create();
    ticker->setDateTimeSpec(Qt::UTC);
    ticker->setDateTimeFormat(QStringLiteral("d MMM\nHH:mm"));
    m_plot->xAxis->setTicker(ticker);
    m_plot->yAxis->setLabel(tr("kg CO₂e"));
    m_plot->setMinimumHeight(170);
    m_planned = m_plot->addGraph();
    m_planned->setPen(QPen(QColor(0x2e, 0x8b, 0x57), 2.0));
    m_baseline = m_plot->addGraph();
    m_baseline->setPen(QPen(QColor(0x80, 0x80, 0x80), 1.6, Qt::DashLine));
    m_even = m_plot->addGraph();
    m_even->setPen(QPen(QColor(0x1f, 0x6f, 0xb4), 1.2, Qt::DotLine));
    m_plot->legend->setVisible(true);
    m_plot->legend->setFont(font());
    m_plot->axisRect()->insetLayout()->take(m_plot->legend);
    m_plot->plotLayout()->addElement(1, 0, m_plot->legend);
    m_plot->plotLayout()->setRowStretchFactor(1, 0.001);
    m_plot->legend->setFillOrder(QCPLegend::foColumnsFirst);
    m_plot->legend->setBorderPen(Qt::NoPen);
    applyPalette(m_plot, palette());
    m_plot->setVisible(false); // no empty axes and unnamed curves before the first burn

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 4, 6, 4);
    layout->addLayout(top);
    layout->addWidget(m_plot, 1);
    connect(m_period, &QComboBox::currentIndexChanged, this, [this] { plotPeriod(); });
    showMessage(tr("Waiting for the plan of the bundled workload…"));
}

void BudgetPanel::showMessage(const QString& message)
{
    m_state->setText(message);
}

void BudgetPanel::showBurn(const BudgetBurn& burn)
{
    m_burn = burn;
    auto reading = [](const QString& title, const PeriodBurn& period) {
        GaugeReading r{title, period.actualKg, period.plannedRestKg, std::nullopt, BudgetState::Invalid, 0.0};
        if (period.status && period.status->capKg > 0) {
            r.capKg = period.status->capKg;
            r.state = period.status->state;
            // The pace of what was emitted so far (the engine's pace counts the plan's holds too,
            // which read 5× at two in the morning).
            const double elapsed = period.status->elapsedFraction;
            r.paceRatio = elapsed > 0 ? (period.actualKg / period.status->capKg) / elapsed : 0.0;
        }
        return r;
    };
    m_dayGauge->setReading(reading(tr("Today"), burn.day));
    m_monthGauge->setReading(reading(tr("This month"), burn.month));
    if (burn.state == BudgetState::Invalid) {
        m_state->setText(tr("The fleet sets no carbon budget; emissions are shown against the baseline."));
        m_state->setStyleSheet({});
    } else {
        const QString advice = burn.state == BudgetState::Critical
            ? tr("every decision goes to a human")
            : burn.state == BudgetState::Restricted ? tr("only the leanest model tiers and clean slots")
            : burn.state == BudgetState::Tightening ? tr("policies favour cleaner, later slots")
                                                    : tr("within budget");
        m_state->setText(tr("<b>Budget %1</b> — %2").arg(BudgetGauge::stateText(burn.state), advice));
        m_state->setStyleSheet(QStringLiteral("QLabel { color: %1; }").arg(BudgetGauge::stateColor(burn.state).name()));
    }
    m_today->setText(versusBaseline(tr("Today"), burn.day));
    m_month->setText(versusBaseline(tr("This month"), burn.month));
    plotPeriod();
}

void BudgetPanel::plotPeriod()
{
    if (!m_burn)
        return;
    m_plot->setVisible(true);
    const bool month = m_period->currentData().toInt() == static_cast<int>(BudgetPeriod::Month);
    const PeriodBurn& period = month ? m_burn->month : m_burn->day;
    const bool capped = period.status && period.status->capKg > 0;
    const double cap = capped ? period.status->capKg : 0.0;
    QVector<double> x, planned, baseline;
    for (std::size_t i = 0; i < period.times.size(); ++i) {
        x << plotTime(period.times[i]);
        planned << (capped ? cap - period.cumulativeKg[i] : period.cumulativeKg[i]);
        baseline << (capped ? cap - period.baselineCumulativeKg[i] : period.baselineCumulativeKg[i]);
    }
    m_planned->setData(x, planned, true);
    m_baseline->setData(x, baseline, true);
    m_planned->setName(capped ? tr("budget left under the plan") : tr("emitted under the plan"));
    m_baseline->setName(capped ? tr("budget left under the baseline") : tr("emitted under the baseline"));
    if (capped) {
        m_even->setData({plotTime(period.window.begin), plotTime(period.window.end)}, {cap, 0.0}, true);
        m_even->setName(tr("even spend to the period's end"));
        m_even->setVisible(true);
        m_even->addToLegend();
    } else {
        m_even->data()->clear();
        m_even->setVisible(false);
        m_even->removeFromLegend();
    }
    m_plot->xAxis->setRange(plotTime(period.window.begin), plotTime(period.window.end));
    m_plot->yAxis->rescale();
    QCPRange range = m_plot->yAxis->range();
    // The baseline can run far below zero; a quarter of the cap under zero is enough to show
    // that it overspends without flattening the plan's curve.
    range.lower = capped ? std::max(std::min(range.lower, 0.0), -0.25 * cap) : std::min(range.lower, 0.0);
    range.upper = std::max(range.upper * 1.05, capped ? cap * 1.05 : 1.0);
    m_plot->yAxis->setRange(range);
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

QString BudgetPanel::todayText() const { return m_today->text(); }
QString BudgetPanel::monthText() const { return m_month->text(); }
QString BudgetPanel::stateText() const { return m_state->text(); }
int BudgetPanel::burnDownPoints() const { return m_planned->dataCount(); }

void BudgetPanel::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::PaletteChange)
        applyPalette(m_plot, palette());
    QWidget::changeEvent(event);
}

} // namespace greenlight
