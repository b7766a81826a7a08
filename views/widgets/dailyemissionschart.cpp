#include "dailyemissionschart.h"

#include "widgets/charttheme.h"

#include <QChart>
#include <QChartView>
#include <QDateTimeAxis>
#include <QLineSeries>
#include <QVBoxLayout>
#include <QValueAxis>

#include <algorithm>

namespace greenlight {

DailyEmissionsChart::DailyEmissionsChart(QWidget* parent) : QWidget(parent), m_view(new QChartView(this))
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setMinimumHeight(220);
    clear();
}

QChart* DailyEmissionsChart::chart() const { return m_view->chart(); }

void DailyEmissionsChart::clear()
{
    auto* chart = new QChart;
    chart->setTitle(tr("Emissions per day: run a scenario to compare it with the current plan"));
    chart->legend()->hide();
    setThemedChart(m_view, chart);
}

void DailyEmissionsChart::showComparison(const WhatIfComparison& comparison)
{
    auto* chart = new QChart;
    chart->setTitle(tr("Emissions per day (kg CO₂e, UTC days)"));
    chart->legend()->setAlignment(Qt::AlignBottom);
    auto* current = new QLineSeries(chart);
    current->setName(tr("current plan"));
    auto* scenario = new QLineSeries(chart);
    scenario->setName(comparison.scenarioName.empty() ? tr("scenario")
                                                       : tr("scenario: %1").arg(QString::fromStdString(comparison.scenarioName)));
    const qint64 startMs = comparison.firstDay.time_since_epoch().count() * 1000;
    const qint64 shiftMs = utcAxisShiftMs(startMs); // so that the QDateTimeAxis labels read UTC
    double high = 0.0;
    const std::size_t days = std::min(comparison.current.dailyEmissionsKg.size(), comparison.scenario.dailyEmissionsKg.size());
    for (std::size_t d = 0; d < days; ++d) {
        const auto x = static_cast<qreal>(startMs + static_cast<qint64>(d) * 86'400'000 + shiftMs);
        current->append(x, comparison.current.dailyEmissionsKg[d]);
        scenario->append(x, comparison.scenario.dailyEmissionsKg[d]);
        high = std::max({high, comparison.current.dailyEmissionsKg[d], comparison.scenario.dailyEmissionsKg[d]});
    }
    chart->addSeries(current);
    chart->addSeries(scenario);
    auto* time = new QDateTimeAxis(chart);
    time->setFormat(QStringLiteral("dd MMM"));
    time->setTickCount(7);
    chart->addAxis(time, Qt::AlignBottom);
    auto* kg = new QValueAxis(chart);
    kg->setTitleText(tr("kg/day"));
    kg->setLabelFormat(QStringLiteral("%.0f"));
    kg->setRange(0.0, high > 0 ? high * 1.05 : 1.0);
    chart->addAxis(kg, Qt::AlignLeft);
    for (QLineSeries* s : {current, scenario}) {
        s->attachAxis(time);
        s->attachAxis(kg);
    }
    QPen pen = current->pen();
    pen.setWidthF(1.5);
    current->setPen(pen);
    setThemedChart(m_view, chart);
}

} // namespace greenlight
