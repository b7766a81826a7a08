#include "models/whatifcomparisonmodel.h"

#include <QLocale>

namespace greenlight {

WhatIfComparisonModel::WhatIfComparisonModel(QObject* parent) : QAbstractTableModel(parent) {}

void WhatIfComparisonModel::setComparison(std::shared_ptr<const WhatIfComparison> comparison)
{
    beginResetModel();
    m_comparison = std::move(comparison);
    endResetModel();
}

int WhatIfComparisonModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() || !m_comparison ? 0 : RowCount;
}

int WhatIfComparisonModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

double WhatIfComparisonModel::value(const WhatIfOutcome& o, int row)
{
    switch (row) {
    case EmissionsT:
        return o.emissionsKg / 1000.0;
    case SavingPct:
        return o.savingPct();
    case BaselineT:
        return o.baselineEmissionsKg / 1000.0;
    case DeadlineMisses:
        return static_cast<double>(o.deadlineMisses);
    case P95DelayH:
        return o.p95DelayHours;
    case Migrations:
        return static_cast<double>(o.migrations);
    case Jobs:
        return static_cast<double>(o.jobs);
    case Unplaced:
        return static_cast<double>(o.unplaced);
    case Sites:
        return static_cast<double>(o.sites);
    default:
        return 0.0;
    }
}

QString WhatIfComparisonModel::format(int row, double v, bool change) const
{
    const QLocale locale;
    QString text;
    switch (row) {
    case EmissionsT:
    case BaselineT:
        text = locale.toString(v, 'f', 2);
        break;
    case SavingPct:
        text = locale.toString(v, 'f', 1);
        break;
    case P95DelayH:
        text = locale.toString(v, 'f', 1);
        break;
    default:
        text = locale.toString(static_cast<qlonglong>(std::llround(v)));
        break;
    }
    if (change && v > 0)
        text.prepend(QLatin1Char('+'));
    if (row == SavingPct)
        text = change ? tr("%1 points").arg(text) : tr("%1 %").arg(text);
    return text;
}

QVariant WhatIfComparisonModel::data(const QModelIndex& index, int role) const
{
    if (!m_comparison || !index.isValid() || index.row() >= RowCount || index.column() >= ColumnCount)
        return {};
    const int row = index.row();
    if (index.column() == Figure) {
        if (role != Qt::DisplayRole)
            return {};
        return headerData(row, Qt::Vertical, Qt::DisplayRole);
    }
    const double current = value(m_comparison->current, row);
    const double scenario = value(m_comparison->scenario, row);
    const double v = index.column() == Current ? current : index.column() == Scenario ? scenario : scenario - current;
    switch (role) {
    case Qt::DisplayRole:
        return format(row, v, index.column() == Change);
    case RawValueRole:
        return v;
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    default:
        return {};
    }
}

QVariant WhatIfComparisonModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Horizontal) {
        switch (section) {
        case Figure:
            return tr("Figure");
        case Current:
            return tr("Current plan");
        case Scenario:
            return tr("Scenario");
        case Change:
            return tr("Change");
        default:
            return {};
        }
    }
    switch (section) {
    case EmissionsT:
        return tr("Emissions (t CO₂e)");
    case SavingPct:
        return tr("Saving vs baseline");
    case BaselineT:
        return tr("Baseline emissions (t CO₂e)");
    case DeadlineMisses:
        return tr("Deadline misses");
    case P95DelayH:
        return tr("p95 start delay (h)");
    case Migrations:
        return tr("Migrations");
    case Jobs:
        return tr("Jobs");
    case Unplaced:
        return tr("Unplaced jobs");
    case Sites:
        return tr("Sites");
    default:
        return {};
    }
}

} // namespace greenlight
