// Every provider's poller in one place, and per zone what they said last: the newest actual,
// each period's most recently issued forecast and the newest percentile per provider. Answers "what is the value now, from
// where, how old" through the fallback chain (live → provider forecast → engine forecast → last
// known). Failures never erase what was last known.
//
//   hub->addPoller(new ProviderPoller(new UkCarbonProvider(cfg, clock), {{"GB"}}, clock));
//   ChosenValue v = hub->current("GB");   // v.source, v.age, v.stale
#pragma once

#include "core/providers/fallbackchain.h"
#include "providers/providerpoller.h"

#include <QList>
#include <QObject>

#include <functional>
#include <map>
#include <optional>
#include <string>

namespace greenlight {

class ProviderHub : public QObject {
    Q_OBJECT
public:
    // The engine's own forecast for a zone at an instant, when it has one.
    using EngineForecastSource = std::function<std::optional<EngineEstimate>(const QString& zone, UtcTime now)>;

    explicit ProviderHub(UtcClock clock, FreshnessPolicy policy = {}, QObject* parent = nullptr);

    void addPoller(ProviderPoller* poller); // takes ownership
    const QList<ProviderPoller*>& pollers() const { return m_pollers; }
    ProviderPoller* poller(const QString& providerId) const;
    void remove(const QString& providerId); // stops it; what it said stays
    void removeAll();

    // Replaces the built-in engine forecast: seasonal-naive-24h over the hourly actuals the
    // providers delivered (Electricity Maps history), issued at the newest of them.
    void setEngineForecast(EngineForecastSource source) { m_engineForecast = std::move(source); }
    std::optional<EngineEstimate> builtInEngineForecast(const QString& zone, UtcTime now) const;
    const FreshnessPolicy& freshness() const { return m_policy; }

    // Takes a batch as if a poller had delivered it (pollers call this).
    void accept(const ProviderBatch& batch);

    QStringList zones() const;
    ChosenValue current(const QString& zone) const;
    // WattTime's signal-index, shown beside the emission rate, never added to it; none once
    // its period ended longer ago than the live limit.
    std::optional<ProviderReading> latestPercentile(const QString& zone) const;
    QList<ProviderStatus> statuses() const;

signals:
    void batchAccepted(const greenlight::ProviderBatch& batch); // for the store
    void zoneChanged(const QString& zone);
    void statusChanged(const greenlight::ProviderStatus& status);

private:
    void retire(ProviderPoller* poller);

    struct ZoneState {
        std::map<std::string, ProviderReading> newestActual;     // per provider
        std::map<std::string, ProviderReading> newestPercentile; // per provider
        // Per provider, each period's most recently issued forecast point. Kept per period, not
        // per issue: the UK "now" answer carries a one-period forecast that must not replace the
        // 48 h issue fetched in the same poll, whichever answer arrives last.
        std::map<std::string, std::map<UtcTime, ProviderReading>> forecast;
        // Emission-rate actuals per provider by period start, the last 8 days (engine forecast).
        std::map<std::string, std::map<UtcTime, ProviderReading>> history;
    };

    UtcClock m_clock;
    FreshnessPolicy m_policy;
    QList<ProviderPoller*> m_pollers;
    std::map<QString, ZoneState> m_zones;
    EngineForecastSource m_engineForecast;
};

} // namespace greenlight
