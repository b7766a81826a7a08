#include "widgets/paneltables.h"

#include <QHeaderView>
#include <QLabel>
#include <QSplitter>
#include <QTableWidget>

#include <algorithm>

namespace greenlight {

void setUpReadOnlyTable(QTableWidget* table, const QStringList& headers)
{
    table->setColumnCount(static_cast<int>(headers.size()));
    table->setHorizontalHeaderLabels(headers);
    table->verticalHeader()->hide();
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 6);
    table->horizontalHeader()->setStretchLastSection(true);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
}

QTableWidgetItem* numberItem(double value, int decimals)
{
    auto* item = new QTableWidgetItem(QString::number(value, 'f', decimals));
    item->setData(Qt::UserRole, value);
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

QSplitter* chartBesideTable(QWidget* parent, QWidget* chart, QTableWidget* table)
{
    auto* split = new QSplitter(Qt::Horizontal, parent);
    split->addWidget(chart);
    split->addWidget(table);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    return split;
}

QLabel* kpiTile(QWidget* parent)
{
    auto* label = new QLabel(QStringLiteral("–"), parent);
    label->setFrameShape(QFrame::StyledPanel);
    label->setAlignment(Qt::AlignCenter);
    label->setWordWrap(true);
    label->setTextFormat(Qt::RichText);
    label->setMinimumHeight(std::max(48, 2 * label->fontMetrics().height() + 8));
    return label;
}

} // namespace greenlight
