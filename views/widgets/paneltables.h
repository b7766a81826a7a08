// What the tabular panels share: a read-only, row-selecting table with compact rows, numbers that
// keep their raw value for sorting and tests, a chart beside its table, and the KPI tiles above.
//
//   setUpReadOnlyTable(table, {tr("Site"), tr("PUE")});
//   table->setItem(row, 1, numberItem(1.234, 3));   // shows "1.234", Qt::UserRole holds 1.234
//   QLabel* misses = kpiTile(this);  misses->setText(tr("<b>3</b><br>deadline misses"));
#pragma once

#include <QStringList>

class QLabel;
class QSplitter;
class QTableWidget;
class QTableWidgetItem;
class QWidget;

namespace greenlight {

void setUpReadOnlyTable(QTableWidget* table, const QStringList& headers);
QTableWidgetItem* numberItem(double value, int decimals);
// A horizontal splitter with the chart left (3 parts) and the table right (2 parts).
QSplitter* chartBesideTable(QWidget* parent, QWidget* chart, QTableWidget* table);
// A framed, centred, word-wrapping rich-text tile showing "–" until it is given a figure; at least
// two lines high.
QLabel* kpiTile(QWidget* parent);

} // namespace greenlight
