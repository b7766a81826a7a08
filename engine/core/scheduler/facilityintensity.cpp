#include "facilityintensity.h"

#include <algorithm>

namespace greenlight {

FacilityIntensity::FacilityIntensity(const Fleet& fleet, const TraceLibrary& traces,
                                     const FleetPhysics* physics)
    : m_hourly(physics != nullptr)
{
    if (physics)
        m_physics = physics->sites;
    for (const Site& site : fleet.sites())
        m_designPue.push_back(site.pue);
    for (std::size_t s = 0; s < fleet.sites().size(); ++s) {
        const IntensitySeries* ci = traces.find(fleet.sites()[s].zoneKey);
        if (!ci) {
            m_series.emplace_back();
            continue;
        }
        IntensitySeries::Columns columns;
        columns.lifecycleGPerKwh.assign(ci->lifecycle().begin(), ci->lifecycle().end());
        for (std::size_t i = 0; i < columns.lifecycleGPerKwh.size(); ++i)
            columns.lifecycleGPerKwh[i] *= pueAt(s, ci->timeAt(i));
        m_series.emplace_back(
            IntensitySeries::create(ci->zoneKey(), ci->start(), ci->step(), std::move(columns))
                .value());
    }
}

const IntensitySeries* FacilityIntensity::series(std::size_t site) const
{
    return site < m_series.size() && m_series[site] ? &*m_series[site] : nullptr;
}

double FacilityIntensity::pueAt(std::size_t site, UtcTime t) const
{
    return m_physics.empty() ? m_designPue[site] : m_physics[site].pueAt(t);
}

double FacilityIntensity::pueHours(std::size_t site, TimeWindow window) const
{
    if (window.isEmpty())
        return 0.0;
    if (m_physics.empty())
        return m_designPue[site] * static_cast<double>(window.length().count()) / 3600.0;
    double total = 0.0;
    for (UtcTime t = window.begin; t < window.end;) {
        const UtcTime next = std::min<UtcTime>(std::chrono::floor<Hours>(t) + Hours{1}, window.end);
        total += m_physics[site].pueAt(t) * static_cast<double>((next - t).count()) / 3600.0;
        t = next;
    }
    return total;
}

} // namespace greenlight
