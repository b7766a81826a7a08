// The what-if comparison as a table: one row per figure (emissions, saving vs baseline, deadline
// misses, p95 delay, migrations, …), columns for the current plan, the scenario and the change.
// DisplayRole is formatted text; RawValueRole holds the number.
//
//   auto* model = new WhatIfComparisonModel(parent);
//   model->setComparison(comparison);   // std::shared_ptr<const WhatIfComparison>
#pragma once

#include "core/whatif/whatif.h"

#include <QAbstractTableModel>

#include <memory>

namespace greenlight {

class WhatIfComparisonModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Figure, Current, Scenario, Change, ColumnCount };
    enum Row { EmissionsT, SavingPct, BaselineT, DeadlineMisses, P95DelayH, Migrations, Jobs, Unplaced, Sites, RowCount };
    enum Role { RawValueRole = Qt::UserRole + 1 };

    explicit WhatIfComparisonModel(QObject* parent = nullptr);

    void setComparison(std::shared_ptr<const WhatIfComparison> comparison);
    std::shared_ptr<const WhatIfComparison> comparison() const { return m_comparison; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    static double value(const WhatIfOutcome& o, int row);
    QString format(int row, double v, bool change) const;

    std::shared_ptr<const WhatIfComparison> m_comparison;
};

} // namespace greenlight
