// Emissions per UTC day of the current plan and of a what-if scenario, as two lines (Qt Charts).
//
//   auto* chart = new DailyEmissionsChart(parent);
//   chart->showComparison(*comparison);
#pragma once

#include "core/whatif/whatif.h"

#include <QWidget>

class QChart;
class QChartView;

namespace greenlight {

class DailyEmissionsChart : public QWidget {
    Q_OBJECT
public:
    explicit DailyEmissionsChart(QWidget* parent = nullptr);

    void showComparison(const WhatIfComparison& comparison);
    void clear();
    QChart* chart() const;

private:
    QChartView* m_view;
};

} // namespace greenlight
