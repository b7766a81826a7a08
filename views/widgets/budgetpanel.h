// The officers' budget and emissions view: gauges for today and this month (share of the cap
// used, state, pace), emissions so far against the carbon-agnostic baseline, and the burn-down of
// the chosen period (budget left under the plan, under the baseline, and an even spend).
//
//   auto* panel = new BudgetPanel;
//   panel->showBurn(budgetBurnAt(plannedKg, baselineKg, caps, now));
#pragma once

#include "core/budget/budgetburn.h"

#include <QWidget>

class QComboBox;
class QCustomPlot;
class QCPGraph;
class QLabel;

namespace greenlight {

class BudgetGauge;

class BudgetPanel : public QWidget {
    Q_OBJECT
public:
    explicit BudgetPanel(QWidget* parent = nullptr);

    void showBurn(const BudgetBurn& burn);
    void showMessage(const QString& message);

    // For tests: what the tiles say.
    QString todayText() const;
    QString monthText() const;
    QString stateText() const;
    int burnDownPoints() const;

protected:
    void changeEvent(QEvent* event) override;

private:
    void plotPeriod();

    BudgetGauge* m_dayGauge;
    BudgetGauge* m_monthGauge;
    QLabel* m_state;
    QLabel* m_today;
    QLabel* m_month;
    QComboBox* m_period;
    QCustomPlot* m_plot;
    QCPGraph* m_planned = nullptr;
    QCPGraph* m_baseline = nullptr;
    QCPGraph* m_even = nullptr;
    std::optional<BudgetBurn> m_burn;
};

} // namespace greenlight
