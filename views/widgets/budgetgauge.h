// A carbon-budget gauge for one period: an arc filled to the share of the cap used, coloured by
// the budget state, with the kg used of the cap and the pace in the middle. Paints only what it
// is given.
//
//   gauge->setReading({.title = tr("Today"), .usedKg = 12.4, .capKg = 20.0,
//                      .state = BudgetState::Tightening, .paceRatio = 1.2});
#pragma once

#include "core/budget/carbonbudget.h"

#include <QWidget>

#include <optional>

namespace greenlight {

struct GaugeReading {
    QString title;
    double usedKg = 0.0;
    double heldKg = 0.0;         // what the plan will still emit in the period (counted in the state)
    std::optional<double> capKg; // none: the period has no cap
    BudgetState state = BudgetState::Invalid;
    double paceRatio = 0.0;
    bool pending = false; // no plan yet: neither figures nor caps are known
};

class BudgetGauge : public QWidget {
    Q_OBJECT
public:
    explicit BudgetGauge(QWidget* parent = nullptr);

    void setReading(const GaugeReading& reading);
    const GaugeReading& reading() const { return m_reading; }
    QSize sizeHint() const override { return {190, 150}; }
    QSize minimumSizeHint() const override { return {150, 120}; }

    static QColor stateColor(BudgetState state);
    static QString stateText(BudgetState state);

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    GaugeReading m_reading;
};

} // namespace greenlight
