// Where the carbon budget stands at an instant, for the officers' dashboard: per period (today,
// this month) what the plan has emitted, what the carbon-agnostic baseline would have emitted over
// the same span, the cap, the state and pace, a projection to the period's end and the cumulative
// curve hour by hour (the burn-down). Pure and cheap: it runs on every dashboard tick.
//
//   BudgetBurn burn = budgetBurnAt(plannedKg, baselineKg, fleet.carbonBudget(), now);
//   if (burn.state == BudgetState::Critical) highlight();
#pragma once

#include "carbonbudget.h"
#include "hourlykg.h"

#include <optional>
#include <vector>

namespace greenlight {

struct PeriodBurn {
    BudgetPeriod period = BudgetPeriod::Invalid;
    TimeWindow window;
    double actualKg = 0.0;   // the plan, period start → now
    double baselineKg = 0.0; // the baseline counterfactual over the same span
    double plannedRestKg = 0.0; // what the plan will emit from now to the period's end (held)
    // At the pace so far, what the period will have emitted by its end.
    double projectedKg = 0.0;
    // When the period has a cap: cap, remaining (after what was emitted and what the plan holds
    // for the rest of the period, as the policies judge it), pace, state.
    std::optional<PeriodStatus> status;
    // Cumulative kg at the end of each hour from the period start up to now (the last point is
    // `now`, possibly mid-hour), for the plan and for the baseline.
    std::vector<UtcTime> times;
    std::vector<double> cumulativeKg;
    std::vector<double> baselineCumulativeKg;

    double savedKg() const { return baselineKg - actualKg; }
};

struct BudgetBurn {
    UtcTime now{};
    PeriodBurn day;
    PeriodBurn month;
    // The tightest state over the capped periods; Invalid when the fleet sets no budget.
    BudgetState state = BudgetState::Invalid;
};

BudgetBurn budgetBurnAt(const HourlyKg& planned, const HourlyKg& baseline,
                        const std::optional<BudgetCaps>& caps, UtcTime now);

} // namespace greenlight
