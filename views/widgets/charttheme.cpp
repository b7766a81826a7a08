#include "widgets/charttheme.h"

#include <QAbstractAxis>
#include <QChart>
#include <QChartView>
#include <QDateTime>
#include <QEvent>
#include <QLegend>
#include <qcustomplot.h>

namespace greenlight {

namespace {

QColor gridColor(const QPalette& palette)
{
    QColor grid = palette.color(QPalette::WindowText);
    grid.setAlpha(45);
    return grid;
}

// Styles the watched view's chart again when the view's palette changes.
class ChartPaletteFilter : public QObject {
public:
    static constexpr const char* kName = "greenlight-chart-palette-filter";
    explicit ChartPaletteFilter(QChartView* view) : QObject(view) { setObjectName(QLatin1String(kName)); }

    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() == QEvent::PaletteChange) {
            auto* view = static_cast<QChartView*>(watched);
            if (view->chart())
                applyPalette(view->chart(), view->palette());
        }
        return QObject::eventFilter(watched, event);
    }
};

} // namespace

void applyPalette(QChart* chart, const QPalette& palette)
{
    const QColor text = palette.color(QPalette::WindowText);
    chart->setBackgroundBrush(palette.color(QPalette::Base));
    chart->setTitleBrush(text);
    chart->legend()->setLabelColor(text);
    for (QAbstractAxis* axis : chart->axes()) {
        axis->setLabelsColor(text);
        axis->setTitleBrush(text);
        axis->setLinePenColor(palette.color(QPalette::Mid));
        axis->setGridLineColor(gridColor(palette));
    }
}

void setThemedChart(QChartView* view, QChart* chart)
{
    // (no Q_OBJECT on the filter, so it is found by name, not by type)
    if (!view->findChild<QObject*>(QLatin1String(ChartPaletteFilter::kName), Qt::FindDirectChildrenOnly))
        view->installEventFilter(new ChartPaletteFilter(view));
    applyPalette(chart, view->palette());
    QChart* old = view->chart();
    view->setChart(chart);
    if (old != chart)
        delete old;
}

qint64 utcAxisShiftMs(qint64 utcMs)
{
    return -static_cast<qint64>(QDateTime::fromMSecsSinceEpoch(utcMs).offsetFromUtc()) * 1000;
}

void applyPalette(QCustomPlot* plot, const QPalette& palette)
{
    const QColor text = palette.color(QPalette::WindowText);
    plot->setBackground(palette.color(QPalette::Base));
    for (QCPAxis* axis : plot->axisRect()->axes()) {
        axis->setBasePen(QPen(palette.color(QPalette::Mid)));
        axis->setTickPen(QPen(palette.color(QPalette::Mid)));
        axis->setSubTickPen(QPen(palette.color(QPalette::Mid)));
        axis->setTickLabelColor(text);
        axis->setLabelColor(text);
        axis->grid()->setPen(QPen(gridColor(palette), 1, Qt::DotLine));
    }
    plot->legend->setBrush(palette.color(QPalette::Base));
    plot->legend->setTextColor(text);
    plot->replot(QCustomPlot::rpQueuedReplot);
}

} // namespace greenlight
