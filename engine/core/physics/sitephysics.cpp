#include "sitephysics.h"

#include <algorithm>
#include <cstdio>

namespace greenlight {

const char* pueSourceName(PueSource source)
{
    switch (source) {
    case PueSource::HourlyWeather:
        return "hourly-weather";
    case PueSource::Climatology:
        return "climatology";
    case PueSource::Constant:
        return "constant";
    case PueSource::Invalid:
        break;
    }
    return "invalid";
}

SitePhysics SitePhysics::compute(const Site& site, const WeatherSeries* weather, TimeWindow window,
                                 const std::string& why)
{
    SitePhysics out;
    out.m_start = std::chrono::floor<Hours>(window.begin);
    const auto hours = static_cast<std::size_t>(
        std::max<long long>(0, std::chrono::ceil<Hours>(window.end - out.m_start).count()));
    out.m_constantPue = site.pue;
    if (!weather) {
        out.m_source = PueSource::Constant;
        char buffer[64];
        std::snprintf(buffer, sizeof buffer, "constant design PUE %.2f: ", site.pue);
        out.m_note = std::string(buffer) + (why.empty() ? "no weather for this site" : why) +
                     ", so no free-cooling, water or heat-demand figures";
        out.m_pue.assign(hours, site.pue);
        out.m_water.assign(hours, 0.0);
        out.m_outdoorC.assign(hours, 0.0);
        out.m_freeCooling.assign(hours, 0);
        out.m_weatherKnown.assign(hours, 0);
        return out;
    }
    out.m_source = weather->origin() == WeatherOrigin::Climatology ? PueSource::Climatology
                                                                   : PueSource::HourlyWeather;
    const CoolingParams params = site.coolingParams.value_or(defaultCoolingParams(site.cooling));
    out.m_note = std::string(out.m_source == PueSource::Climatology ? "monthly climatology "
                                                                    : "hourly weather ") +
                 weather->label() + ", " + coolingTypeName(params.type) + " cooling";
    const CoolingModel model(params);
    out.m_pue.resize(hours);
    out.m_water.resize(hours);
    out.m_outdoorC.resize(hours);
    out.m_freeCooling.resize(hours);
    const auto& temperature = weather->dryBulbC();
    const auto& humidity = weather->relativeHumidityPct();
    out.m_weatherKnown.assign(hours, 0);
    for (std::size_t h = 0; h < hours; ++h) {
        // Each hour looked up (O(1)): a walk from the first hour's wrapped index stayed 52 weeks
        // ahead once it entered the file's own range, and a 2022 window starting before a file's
        // first hour (05:00 UTC in Texas) read 2023 weather all year.
        const std::optional<std::size_t> index = weather->wrappedIndex(out.m_start + Hours{static_cast<long long>(h)});
        if (!index) { // a short weather file asked far outside: keep the design PUE
            out.m_pue[h] = site.pue;
            ++out.m_hoursWithoutWeather;
            continue;
        }
        const CoolingHour c = model.hour(temperature[*index], humidity[*index]);
        out.m_pue[h] = c.pue;
        out.m_water[h] = c.waterLitresPerItKwh;
        out.m_outdoorC[h] = temperature[*index];
        out.m_freeCooling[h] = c.freeCooling ? 1 : 0;
        out.m_weatherKnown[h] = 1;
    }
    // Said, not hidden behind "hourly weather" (a January-only file gave March the design PUE
    // and no water, and the note named the weather).
    if (out.m_hoursWithoutWeather > 0) {
        char buffer[200];
        std::snprintf(buffer, sizeof buffer,
                      "; design PUE %.2f for %zu of %zu hours the weather does not cover (no water or free "
                      "cooling counted then)",
                      site.pue, out.m_hoursWithoutWeather, hours);
        out.m_note += buffer;
    }
    return out;
}

namespace {

// Index of the hour containing t; outside [start, start + n h) 52 weeks away, or clamped when the
// window is shorter than that.
std::size_t hourIndex(UtcTime start, std::size_t size, UtcTime t)
{
    constexpr long long kYearHours = 364 * 24;
    const auto n = static_cast<long long>(size);
    long long hour = std::chrono::floor<Hours>(t - start).count();
    if (hour >= 0 && hour < n)
        return static_cast<std::size_t>(hour);
    if (n < kYearHours)
        return static_cast<std::size_t>(std::clamp(hour, 0LL, n - 1));
    if (hour < 0)
        hour += ((-hour + kYearHours - 1) / kYearHours) * kYearHours;
    else
        hour -= ((hour - n) / kYearHours + 1) * kYearHours;
    return static_cast<std::size_t>(hour);
}

} // namespace

double SitePhysics::pueAt(UtcTime t) const
{
    if (m_pue.empty())
        return m_constantPue;
    return m_pue[hourIndex(m_start, m_pue.size(), t)];
}

SitePhysics SitePhysics::resampled(TimeWindow window) const
{
    SitePhysics out;
    out.m_source = m_source;
    out.m_note = m_note;
    out.m_constantPue = m_constantPue;
    out.m_hoursWithoutWeather = m_hoursWithoutWeather;
    out.m_start = std::chrono::floor<Hours>(window.begin);
    const auto hours = static_cast<std::size_t>(
        std::max<long long>(0, std::chrono::ceil<Hours>(window.end - out.m_start).count()));
    for (std::size_t h = 0; h < hours; ++h) {
        if (m_pue.empty()) {
            out.m_pue.push_back(m_constantPue);
            out.m_water.push_back(0.0);
            out.m_outdoorC.push_back(0.0);
            out.m_freeCooling.push_back(0);
            out.m_weatherKnown.push_back(0);
            continue;
        }
        const std::size_t i =
            hourIndex(m_start, m_pue.size(), out.m_start + Hours{static_cast<long long>(h)});
        out.m_pue.push_back(m_pue[i]);
        out.m_water.push_back(m_water[i]);
        out.m_outdoorC.push_back(m_outdoorC[i]);
        out.m_freeCooling.push_back(m_freeCooling[i]);
        out.m_weatherKnown.push_back(i < m_weatherKnown.size() ? m_weatherKnown[i] : 0);
    }
    return out;
}

} // namespace greenlight
