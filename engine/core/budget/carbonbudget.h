// A carbon budget: caps per UTC day and month (and per team per month), a ledger of emissions
// reserved by decisions and settled with actual values, and the state that policies obey:
// NORMAL (> 50 % left), TIGHTENING (25–50 %), RESTRICTED (10–25 %), CRITICAL (≤ 10 %); the
// tightest of the periods that have a cap wins. Every change of state is kept as a transition.
//
//   CarbonBudget budget({.dailyKg = 500, .monthlyKg = 12'000});
//   budget.reserve("job-1", "vision", now, 3.2);   // Reserve: hold the expected kg
//   budget.settle("job-1", 2.9);                   // Bind: the actual kg replace the hold
//   if (budget.state(now) == BudgetState::Critical) askHuman();
#pragma once

#include "core/status.h"
#include "core/utctime.h"

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace greenlight {

enum class BudgetState { Invalid, Normal, Tightening, Restricted, Critical };
const char* budgetStateName(BudgetState state); // "NORMAL", …
BudgetState budgetStateFor(double remainingFraction);

enum class BudgetPeriod { Invalid, Day, Month };

struct BudgetCaps {
    std::optional<double> dailyKg;
    std::optional<double> monthlyKg;
    std::map<std::string, double> teamMonthlyKg; // team → monthly cap
};

struct PeriodStatus {
    BudgetPeriod period = BudgetPeriod::Invalid;
    TimeWindow window;
    double capKg = 0.0;
    double actualKg = 0.0;
    double reservedKg = 0.0; // held by decisions not yet settled
    double remainingKg = 0.0;
    double remainingFraction = 1.0;
    double elapsedFraction = 0.0; // of the period
    // > 1: burning faster than an even spread over the period would allow.
    double paceRatio = 0.0;
    BudgetState state = BudgetState::Normal;
};

struct BudgetTransition {
    UtcTime at;
    BudgetState from;
    BudgetState to;
    std::string scope; // "fleet" or "team:<name>"
};

class CarbonBudget {
public:
    explicit CarbonBudget(BudgetCaps caps = {});

    const BudgetCaps& caps() const { return m_caps; }

    // Holds `kg` at instant `when` for decision `id`. Refused (and nothing held) when the id is
    // already held, kg is negative or not finite. Holding never fails for lack of budget: the
    // state tells policies how tight it is, and CRITICAL sends decisions to a human.
    Status reserve(const std::string& id, const std::string& team, UtcTime when, double kg);
    // The same for work that runs over `runs`: the kg count pro rata over the time in each UTC
    // day (and so month), as the budget panel books emissions, not all on the first day (a
    // three-day job put its start day in CRITICAL and left the next two looking empty).
    // Settling keeps the shares. Empty runs or runs of no length: the kg count at their start.
    Status reserve(const std::string& id, const std::string& team, const std::vector<TimeWindow>& runs, double kg);
    // Releases a hold; repeated calls and unknown ids are no-ops.
    void unreserve(const std::string& id);
    // Replaces the hold with the actual emissions (kg ≥ 0). Settling twice is refused.
    Status settle(const std::string& id, double actualKg);

    PeriodStatus status(BudgetPeriod period, UtcTime now, const std::string& team = {}) const;
    // The tightest state over the day, the month and (when given) the team's month.
    BudgetState state(UtcTime now, const std::string& team = {}) const;

    // Re-evaluates the state at `now` and records a transition when it changed.
    BudgetState observe(UtcTime now, const std::string& team = {});
    const std::vector<BudgetTransition>& transitions() const { return m_transitions; }

    // The UTC day or calendar month that contains t.
    static TimeWindow periodWindow(BudgetPeriod period, UtcTime t);

private:
    struct Entry {
        std::string team;
        std::vector<std::pair<long long, double>> dayShares; // (days since epoch, share), shares sum to 1
        double reservedKg = 0.0;
        double actualKg = 0.0;
        bool settled = false;
    };
    struct Sums {
        double reserved = 0.0;
        double actual = 0.0;
    };
    Sums sums(TimeWindow window, const std::string& team) const;
    void add(const Entry& entry, double sign);

    BudgetCaps m_caps;
    std::map<std::string, Entry> m_entries;
    // Sums per day (days since epoch) and per team and day: months are added up from days.
    std::map<long long, Sums> m_byDay;
    std::map<std::pair<std::string, long long>, Sums> m_byTeamDay;
    std::map<std::string, BudgetState> m_lastState; // per scope
    std::vector<BudgetTransition> m_transitions;
};

} // namespace greenlight
