#include "providerhub.h"

namespace greenlight {

ProviderHub::ProviderHub(UtcClock clock, FreshnessPolicy policy, QObject* parent)
    : QObject(parent), m_clock(clock ? std::move(clock) : UtcClock(&systemUtcNow)), m_policy(policy)
{
}

void ProviderHub::addPoller(ProviderPoller* poller)
{
    poller->setParent(this);
    m_pollers.append(poller);
    connect(poller, &ProviderPoller::batchArrived, this, &ProviderHub::accept);
    connect(poller, &ProviderPoller::statusChanged, this, &ProviderHub::statusChanged);
}

ProviderPoller* ProviderHub::poller(const QString& providerId) const
{
    for (ProviderPoller* p : m_pollers) {
        if (p->provider()->id() == providerId)
            return p;
    }
    return nullptr;
}

void ProviderHub::removeAll()
{
    // Settings changed: pollers are rebuilt; what they said stays (last known is still known).
    for (ProviderPoller* p : std::as_const(m_pollers))
        p->deleteLater();
    m_pollers.clear();
}

void ProviderHub::startAll()
{
    for (ProviderPoller* p : std::as_const(m_pollers))
        p->start();
}

void ProviderHub::accept(const ProviderBatch& batch)
{
    ZoneState& zone = m_zones[batch.zone];
    const std::string provider = batch.provider.toStdString();
    std::vector<ProviderReading> issue;
    for (const ProviderReading& r : batch.readings) {
        if (r.kind == ValueKind::Forecast) {
            if (r.isEmissionRate())
                issue.push_back(r);
            continue;
        }
        auto& slot = r.isEmissionRate() ? zone.newestActual : zone.newestPercentile;
        auto it = slot.find(provider);
        if (it == slot.end() || r.validTime >= it->second.validTime)
            slot[provider] = r;
    }
    if (!issue.empty()) {
        auto it = zone.forecast.find(provider);
        if (it == zone.forecast.end() || it->second.empty()
            || issue.front().issuedAt >= it->second.front().issuedAt)
            zone.forecast[provider] = std::move(issue);
    }
    emit batchAccepted(batch);
    emit zoneChanged(batch.zone);
}

QStringList ProviderHub::zones() const
{
    QStringList out;
    for (const auto& [zone, state] : m_zones)
        out.append(zone);
    return out;
}

ChosenValue ProviderHub::current(const QString& zone) const
{
    ZoneInputs inputs;
    auto it = m_zones.find(zone);
    if (it != m_zones.end()) {
        for (const auto& [provider, r] : it->second.newestActual)
            inputs.actuals.push_back(r);
        for (const auto& [provider, points] : it->second.forecast)
            inputs.forecasts.insert(inputs.forecasts.end(), points.begin(), points.end());
    }
    const UtcTime now = m_clock();
    if (m_engineForecast)
        inputs.engineForecast = m_engineForecast(zone, now);
    return chooseCurrentValue(inputs, now, m_policy);
}

std::optional<ProviderReading> ProviderHub::latestPercentile(const QString& zone) const
{
    auto it = m_zones.find(zone);
    if (it == m_zones.end() || it->second.newestPercentile.empty())
        return std::nullopt;
    return it->second.newestPercentile.begin()->second;
}

QList<ProviderStatus> ProviderHub::statuses() const
{
    QList<ProviderStatus> out;
    for (const ProviderPoller* p : m_pollers)
        out.append(p->status());
    return out;
}

} // namespace greenlight
