#include "carbonbudget.h"

#include <algorithm>
#include <cmath>

namespace greenlight {

const char* budgetStateName(BudgetState state)
{
    switch (state) {
    case BudgetState::Normal: return "NORMAL";
    case BudgetState::Tightening: return "TIGHTENING";
    case BudgetState::Restricted: return "RESTRICTED";
    case BudgetState::Critical: return "CRITICAL";
    case BudgetState::Invalid: break;
    }
    return "INVALID";
}

BudgetState budgetStateFor(double remainingFraction)
{
    if (remainingFraction > 0.50)
        return BudgetState::Normal;
    if (remainingFraction > 0.25)
        return BudgetState::Tightening;
    if (remainingFraction > 0.10)
        return BudgetState::Restricted;
    return BudgetState::Critical;
}

CarbonBudget::CarbonBudget(BudgetCaps caps) : m_caps(std::move(caps)) {}

TimeWindow CarbonBudget::periodWindow(BudgetPeriod period, UtcTime t)
{
    const auto day = std::chrono::floor<Days>(t);
    if (period == BudgetPeriod::Day)
        return {UtcTime{day}, UtcTime{day + Days{1}}};
    const std::chrono::year_month_day ymd{day};
    const auto first = std::chrono::sys_days{ymd.year() / ymd.month() / 1};
    const auto next = std::chrono::sys_days{(ymd.year() / ymd.month() / 1) + std::chrono::months{1}};
    return {UtcTime{first}, UtcTime{next}};
}

namespace {

long long dayIndex(UtcTime t)
{
    return std::chrono::floor<Days>(t).time_since_epoch().count();
}

// Each UTC day's share of the time in `runs`.
std::vector<std::pair<long long, double>> dayShares(const std::vector<TimeWindow>& runs)
{
    Seconds total{0};
    for (const TimeWindow& w : runs)
        total += std::max(Seconds{0}, w.length());
    if (runs.empty())
        return {};
    if (total <= Seconds{0})
        return {{dayIndex(runs.front().begin), 1.0}};
    std::map<long long, Seconds> byDay;
    for (const TimeWindow& w : runs) {
        for (UtcTime t = w.begin; t < w.end;) {
            const UtcTime dayEnd = std::chrono::floor<Days>(t) + Days{1};
            const UtcTime end = std::min(dayEnd, w.end);
            byDay[dayIndex(t)] += end - t;
            t = end;
        }
    }
    std::vector<std::pair<long long, double>> shares;
    for (const auto& [day, seconds] : byDay)
        shares.emplace_back(day, static_cast<double>(seconds.count()) / static_cast<double>(total.count()));
    return shares;
}

} // namespace

void CarbonBudget::add(const Entry& entry, double sign)
{
    const double reserved = entry.settled ? 0.0 : entry.reservedKg;
    const double actual = entry.settled ? entry.actualKg : 0.0;
    for (const auto& [day, share] : entry.dayShares) {
        for (Sums* s : {&m_byDay[day], &m_byTeamDay[{entry.team, day}]}) {
            s->reserved += sign * share * reserved;
            s->actual += sign * share * actual;
        }
    }
}

Status CarbonBudget::reserve(const std::string& id, const std::string& team, UtcTime when, double kg)
{
    return reserve(id, team, std::vector<TimeWindow>{{when, when}}, kg);
}

Status CarbonBudget::reserve(const std::string& id, const std::string& team, const std::vector<TimeWindow>& runs,
                             double kg)
{
    if (!std::isfinite(kg) || kg < 0)
        return Status(StatusCode::InvalidArgument, "a hold must be a finite, non-negative kg value",
                      "carbon budget");
    if (runs.empty())
        return Status(StatusCode::InvalidArgument, "a hold needs the time it is for", "carbon budget");
    if (m_entries.count(id))
        return Status(StatusCode::FailedPrecondition, "decision " + id + " already holds budget",
                      "carbon budget");
    Entry entry{team, dayShares(runs), kg, 0.0, false};
    add(entry, +1);
    m_entries.emplace(id, std::move(entry));
    return Status::ok();
}

void CarbonBudget::unreserve(const std::string& id)
{
    const auto it = m_entries.find(id);
    if (it == m_entries.end() || it->second.settled)
        return; // settled emissions happened; they stay on the ledger
    add(it->second, -1);
    m_entries.erase(it);
}

Status CarbonBudget::settle(const std::string& id, double actualKg)
{
    const auto it = m_entries.find(id);
    if (it == m_entries.end())
        return Status(StatusCode::NotFound, "no hold for decision " + id, "carbon budget");
    if (it->second.settled)
        return Status(StatusCode::FailedPrecondition, "decision " + id + " is already settled",
                      "carbon budget");
    if (!std::isfinite(actualKg) || actualKg < 0)
        return Status(StatusCode::InvalidArgument, "actual emissions must be finite and ≥ 0",
                      "carbon budget");
    add(it->second, -1);
    it->second.settled = true;
    it->second.actualKg = actualKg;
    add(it->second, +1);
    return Status::ok();
}

CarbonBudget::Sums CarbonBudget::sums(TimeWindow window, const std::string& team) const
{
    Sums total;
    const long long first = std::chrono::floor<Days>(window.begin).time_since_epoch().count();
    const long long last = std::chrono::floor<Days>(window.end - Seconds{1}).time_since_epoch().count();
    if (team.empty()) {
        for (auto it = m_byDay.lower_bound(first); it != m_byDay.end() && it->first <= last; ++it) {
            total.reserved += it->second.reserved;
            total.actual += it->second.actual;
        }
        return total;
    }
    for (auto it = m_byTeamDay.lower_bound({team, first});
         it != m_byTeamDay.end() && it->first.first == team && it->first.second <= last; ++it) {
        total.reserved += it->second.reserved;
        total.actual += it->second.actual;
    }
    return total;
}

PeriodStatus CarbonBudget::status(BudgetPeriod period, UtcTime now, const std::string& team) const
{
    PeriodStatus out;
    out.period = period;
    out.window = periodWindow(period, now);
    std::optional<double> cap;
    if (!team.empty()) {
        const auto it = m_caps.teamMonthlyKg.find(team);
        if (period == BudgetPeriod::Month && it != m_caps.teamMonthlyKg.end())
            cap = it->second;
    } else {
        cap = period == BudgetPeriod::Day ? m_caps.dailyKg : m_caps.monthlyKg;
    }
    const Sums s = sums(out.window, team);
    out.actualKg = s.actual;
    out.reservedKg = std::max(0.0, s.reserved);
    out.elapsedFraction = std::clamp(static_cast<double>((now - out.window.begin).count()) /
                                         static_cast<double>(out.window.length().count()),
                                     0.0, 1.0);
    if (!cap) {
        out.capKg = 0.0;
        out.remainingFraction = 1.0;
        out.state = BudgetState::Normal;
        return out;
    }
    out.capKg = *cap;
    const double used = out.actualKg + out.reservedKg;
    out.remainingKg = *cap - used;
    out.remainingFraction = *cap > 0 ? std::max(0.0, out.remainingKg) / *cap : 0.0;
    out.paceRatio = out.elapsedFraction > 0 && *cap > 0 ? (used / *cap) / out.elapsedFraction : 0.0;
    out.state = budgetStateFor(out.remainingFraction);
    return out;
}

BudgetState CarbonBudget::state(UtcTime now, const std::string& team) const
{
    BudgetState tightest = BudgetState::Normal;
    auto tighten = [&](BudgetState s) { tightest = std::max(tightest, s); };
    tighten(status(BudgetPeriod::Day, now).state);
    tighten(status(BudgetPeriod::Month, now).state);
    if (!team.empty())
        tighten(status(BudgetPeriod::Month, now, team).state);
    return tightest;
}

BudgetState CarbonBudget::observe(UtcTime now, const std::string& team)
{
    const BudgetState current = state(now, team);
    const std::string scope = team.empty() ? "fleet" : "team:" + team;
    const auto it = m_lastState.find(scope);
    const BudgetState previous = it == m_lastState.end() ? BudgetState::Normal : it->second;
    if (current != previous)
        m_transitions.push_back({now, previous, current, scope});
    m_lastState[scope] = current;
    return current;
}

} // namespace greenlight
