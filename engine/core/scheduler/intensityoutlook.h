// What a policy believes the carbon intensity at each site will be, as seen at a decision time:
// the actual recorded future (oracle, for bounds), or a forecast issued at that time. Policies
// only ever see intensity through this, so "no look-ahead" is decided in one place.
//
//   ForecastOutlook outlook(fleet, traces, *makeForecaster("ridge").value());
//   double expected = *outlook.expectedIntegral(site, {start, end}, decisionTime);
#pragma once

#include "facilityintensity.h"

#include "core/fleet/fleet.h"
#include "core/forecast/forecaster.h"
#include "core/forecast/persistenceforecaster.h"
#include "core/tracelibrary.h"

#include <map>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <vector>

namespace greenlight {

// How far away hours outside a trace are read: 52 weeks, or for a trace shorter than that as
// many whole weeks as it spans (weekday and hour kept); zero for a trace under a week, whose
// outside hours cannot be read at all.
Seconds wrapPeriod(TimeWindow coverage);

// ∫ actual intensity over a window. Parts of the window past the end of the trace (or before
// its start) are read wrapPeriod() earlier (later), same weekday and hour: long and deferred
// jobs may outrun the recorded data, and every policy and bound is accounted the same way.
// nullopt without a trace (or without the signal), or outside a trace shorter than a week.
std::optional<double> actualIntegralWrapped(const IntensitySeries* series, TimeWindow window,
                                            IntensitySignal signal = IntensitySignal::Lifecycle);

class IntensityOutlook {
public:
    virtual ~IntensityOutlook() = default;
    virtual std::string name() const = 0;
    // Expected ∫ intensity over the window (gCO2eq/kWh × h) at a site, as known at decisionTime.
    virtual std::optional<double> expectedIntegral(std::size_t site, TimeWindow window,
                                                   UtcTime decisionTime) const = 0;
    // Expected intensity of the hour starting at `hour`.
    virtual std::optional<double> expectedAt(std::size_t site, UtcTime hour,
                                             UtcTime decisionTime) const = 0;
    // Expected ∫ intensity × PUE(t) over the window (gCO2eq per IT kWh × h): what one kW of IT
    // load emits there. PUE(t) comes from the site physics given to the outlook (the recorded
    // weather stands in for a weather forecast), else the constant design PUE.
    virtual std::optional<double> expectedFacilityIntegral(std::size_t site, TimeWindow window,
                                                           UtcTime decisionTime) const = 0;

    // The same integrals over [start, start + duration) for many starts at once, one entry of
    // `out` per start: the planners' inner loop, without a virtual call and a forecast lookup
    // per window. Equal to the one-window calls, value for value; the defaults make them.
    virtual void expectedIntegrals(std::size_t site, std::span<const UtcTime> starts,
                                   Seconds duration, UtcTime decisionTime,
                                   std::span<std::optional<double>> out) const;
    virtual void expectedFacilityIntegrals(std::size_t site, std::span<const UtcTime> starts,
                                           Seconds duration, UtcTime decisionTime,
                                           std::span<std::optional<double>> out) const;
};

// The recorded actual values: perfect foresight. For the oracle policy and the bounds only.
class ActualOutlook : public IntensityOutlook {
public:
    // `facility` (CI × PUE per site) must outlive the outlook; null: constant design PUE.
    ActualOutlook(const Fleet& fleet, const TraceLibrary& traces,
                  const FacilityIntensity* facility = nullptr);
    std::string name() const override { return "oracle"; }
    std::optional<double> expectedIntegral(std::size_t site, TimeWindow window,
                                           UtcTime decisionTime) const override;
    std::optional<double> expectedAt(std::size_t site, UtcTime hour,
                                     UtcTime decisionTime) const override;
    std::optional<double> expectedFacilityIntegral(std::size_t site, TimeWindow window,
                                                   UtcTime decisionTime) const override;
    void expectedIntegrals(std::size_t site, std::span<const UtcTime> starts, Seconds duration,
                           UtcTime decisionTime, std::span<std::optional<double>> out) const override;
    void expectedFacilityIntegrals(std::size_t site, std::span<const UtcTime> starts,
                                   Seconds duration, UtcTime decisionTime,
                                   std::span<std::optional<double>> out) const override;

private:
    std::vector<const IntensitySeries*> m_series; // per site, null when the zone has no trace
    std::shared_ptr<const FacilityIntensity> m_ownFacility;
    const FacilityIntensity* m_facility = nullptr;
};

// A forecast issued at the decision hour (one per site and hour, cached). Beyond the forecast's
// horizon the last forecast day repeats, which keeps the daily shape for long jobs. Series finer
// than an hour (UK half-hours, 5-minute data) are forecast in their own steps over the same
// horizon and averaged per hour; steps that do not divide an hour give no forecast.
class ForecastOutlook : public IntensityOutlook {
public:
    ForecastOutlook(const Fleet& fleet, const TraceLibrary& traces, const Forecaster& model,
                    std::size_t horizonHours = 48, const FacilityIntensity* facility = nullptr);
    // Not copied: the last-lookup pointers would point into the original's cache.
    ForecastOutlook(const ForecastOutlook&) = delete;
    ForecastOutlook& operator=(const ForecastOutlook&) = delete;
    std::string name() const override { return m_model.name(); }
    std::optional<double> expectedIntegral(std::size_t site, TimeWindow window,
                                           UtcTime decisionTime) const override;
    std::optional<double> expectedAt(std::size_t site, UtcTime hour,
                                     UtcTime decisionTime) const override;
    std::optional<double> expectedFacilityIntegral(std::size_t site, TimeWindow window,
                                                   UtcTime decisionTime) const override;
    void expectedIntegrals(std::size_t site, std::span<const UtcTime> starts, Seconds duration,
                           UtcTime decisionTime, std::span<std::optional<double>> out) const override;
    void expectedFacilityIntegrals(std::size_t site, std::span<const UtcTime> starts,
                                   Seconds duration, UtcTime decisionTime,
                                   std::span<std::optional<double>> out) const override;

    // Issues every hourly forecast of the period up front, so that policy runs can be timed
    // without the forecasting they share.
    void prefetch(TimeWindow period) const;

private:
    struct Issued {
        UtcTime issueHour{};
        UtcTime start{};
        bool valid = false;
        std::vector<double> hourly; // expected value per hour from start
        std::vector<double> prefix; // prefix sums of hourly (value × 1 h)
        std::vector<double> facilityHourly; // hourly × PUE of that hour
        std::vector<double> facilityPrefix;
    };
    const Issued* issued(std::size_t site, UtcTime decisionTime) const;
    static double cumulative(const std::vector<double>& hourly, const std::vector<double>& prefix,
                             double hoursFromStart);
    std::optional<double> integral(const Issued* f, bool facility, TimeWindow window) const;

    std::vector<const IntensitySeries*> m_series;
    const Forecaster& m_model;
    PersistenceForecaster m_fallback; // while the model has too little history
    std::size_t m_horizonHours;
    std::shared_ptr<const FacilityIntensity> m_ownFacility;
    const FacilityIntensity* m_facility = nullptr;
    // Every forecast issued so far, per site and issue hour: policies compared on one workload
    // share them, as they would share one forecast feed. Not thread-safe: one per thread.
    mutable std::vector<std::map<long long, Issued>> m_cache;
    // The entry each site looked up last: decisions come in time order, so most lookups ask for
    // the same issue hour again (map nodes do not move, so the pointer stays valid).
    struct LastLookup {
        long long hour = 0;
        const Issued* entry = nullptr;
    };
    mutable std::vector<LastLookup> m_last;
};

} // namespace greenlight
