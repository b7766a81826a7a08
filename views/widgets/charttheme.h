// Charts follow the application palette (light or dark): background, titles, legend, axis labels
// and grid take the palette's colours, while the series keep their own. Qt Charts and QCustomPlot
// both paint with fixed light defaults otherwise.
//
//   auto* chart = new QChart;  …add series and axes…  applyPalette(chart, palette());
//   applyPalette(customPlot, palette());   // again on QEvent::PaletteChange
#pragma once

#include <QPalette>

class QChart;
class QCustomPlot;

namespace greenlight {

// Call after the axes are attached (they are styled too).
void applyPalette(QChart* chart, const QPalette& palette);
void applyPalette(QCustomPlot* plot, const QPalette& palette);

} // namespace greenlight
