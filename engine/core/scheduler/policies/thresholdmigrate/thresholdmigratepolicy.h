// threshold-migrate: if the home grid is dirtier than the cleanest eligible site by more than θ
// right now, send the job there; start at once. Hysteresis stops flapping: a home keeps its
// migration target until the gap falls below θ − hysteresis, and holds any choice at least the
// minimum dwell time. A job moves only when the cleaner grid saves more than moving its data
// emits.
//
//   ThresholdMigratePolicy p({.thresholdGPerKwh = 100, .hysteresisGPerKwh = 20, .minDwell = Hours{3}});
#pragma once

#include "core/scheduler/schedulingpolicy.h"

#include <map>
#include <optional>

namespace greenlight {

class ThresholdMigratePolicy : public SchedulingPolicy {
public:
    struct Settings {
        double thresholdGPerKwh = 100.0;
        double hysteresisGPerKwh = 20.0;
        Seconds minDwell{3 * 3600};
    };
    ThresholdMigratePolicy() = default;
    explicit ThresholdMigratePolicy(Settings settings) : m_settings(settings) {}

    std::string name() const override { return "threshold-migrate"; }
    Placement place(const Job& job, PlanningContext& ctx) override;

private:
    struct Route {
        std::optional<std::size_t> target; // nullopt: stay home
        UtcTime since{};
    };
    Settings m_settings;
    std::map<std::size_t, Route> m_routes; // per home site
};

} // namespace greenlight
