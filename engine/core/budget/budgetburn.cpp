#include "budgetburn.h"

#include <algorithm>
#include <string>

namespace greenlight {

namespace {

PeriodBurn burnOver(BudgetPeriod period, const HourlyKg& planned, const HourlyKg& baseline,
                    const CarbonBudget* budget, UtcTime now)
{
    PeriodBurn out;
    out.period = period;
    out.window = CarbonBudget::periodWindow(period, now);
    out.actualKg = planned.sumIn({out.window.begin, now});
    out.plannedRestKg = planned.sumIn({now, out.window.end});
    out.baselineKg = baseline.sumIn({out.window.begin, now});
    const double elapsed = static_cast<double>((now - out.window.begin).count())
        / static_cast<double>(out.window.length().count());
    out.projectedKg = elapsed > 0 ? out.actualKg / elapsed : 0.0;
    if (budget)
        out.status = budget->status(period, now);

    double plannedSoFar = 0.0;
    double baselineSoFar = 0.0;
    out.times.push_back(out.window.begin);
    out.cumulativeKg.push_back(0.0);
    out.baselineCumulativeKg.push_back(0.0);
    for (UtcTime t = out.window.begin; t < now; t += Hours{1}) {
        const UtcTime next = std::min(t + Hours{1}, now);
        plannedSoFar += planned.sumIn({t, next});
        baselineSoFar += baseline.sumIn({t, next});
        out.times.push_back(next);
        out.cumulativeKg.push_back(plannedSoFar);
        out.baselineCumulativeKg.push_back(baselineSoFar);
    }
    return out;
}

} // namespace

BudgetBurn budgetBurnAt(const HourlyKg& planned, const HourlyKg& baseline,
                        const std::optional<BudgetCaps>& caps, UtcTime now)
{
    BudgetBurn burn;
    burn.now = now;
    std::optional<CarbonBudget> budget;
    if (caps) {
        // The ledger holds one settled entry per elapsed day of the month (the current day up to
        // now), so the budget's own rules give the states, pace and team-free totals.
        budget.emplace(*caps);
        const TimeWindow month = CarbonBudget::periodWindow(BudgetPeriod::Month, now);
        for (UtcTime day = month.begin; day < now; day += Days{1}) {
            const std::string id = "day-" + formatIsoUtc(day);
            const double kg = planned.sumIn({day, std::min(day + Days{1}, now)});
            if (budget->reserve(id, {}, day, kg).isOk())
                (void)budget->settle(id, kg);
        }
        // What the plan will still emit this month is held, as the policies' own reservations
        // are: their state counts emitted + held, and the dashboard's state must be that same one
        // (it said NORMAL while decisions went to a human as CRITICAL).
        for (UtcTime day = std::chrono::floor<Days>(now); day < month.end; day += Days{1}) {
            const TimeWindow rest{std::max(day, now), std::min(day + Days{1}, month.end)};
            const double kg = planned.sumIn(rest);
            if (kg > 0)
                (void)budget->reserve("plan-" + formatIsoUtc(day), {}, std::vector<TimeWindow>{rest}, kg);
        }
        burn.state = budget->state(now);
    }
    const CarbonBudget* ledger = budget ? &*budget : nullptr;
    burn.day = burnOver(BudgetPeriod::Day, planned, baseline, ledger, now);
    burn.month = burnOver(BudgetPeriod::Month, planned, baseline, ledger, now);
    return burn;
}

} // namespace greenlight
