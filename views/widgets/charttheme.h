// Charts follow the application palette (light or dark): background, titles, legend, axis labels
// and grid take the palette's colours, while the series keep their own. Qt Charts and QCustomPlot
// both paint with fixed light defaults otherwise.
//
//   auto* chart = new QChart;  …add series and axes…  setThemedChart(chartView, chart);
//   applyPalette(customPlot, palette());   // again on QEvent::PaletteChange
#pragma once

#include <QPalette>
#include <QtGlobal>

class QChart;
class QChartView;
class QCustomPlot;

namespace greenlight {

// Call after the axes are attached (they are styled too).
void applyPalette(QChart* chart, const QPalette& palette);
void applyPalette(QCustomPlot* plot, const QPalette& palette);

// Shows `chart` (series and axes attached) in `view`, styled with the view's palette, and deletes
// the chart it replaces (QChartView::setChart releases the old chart without deleting it). The view's chart is
// styled again whenever the view's palette changes (a theme switch), through an event filter
// installed once per view.
void setThemedChart(QChartView* view, QChart* chart);

// QDateTimeAxis (Qt 6.4) labels in local time. Add this to the x values (ms since the epoch, UTC)
// of a series that starts at `utcMs` so that the axis labels read UTC.
qint64 utcAxisShiftMs(qint64 utcMs);

} // namespace greenlight
