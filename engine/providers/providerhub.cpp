#include "providerhub.h"

#include "core/forecast/seasonalnaiveforecaster.h"

#include <algorithm>

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

void ProviderHub::retire(ProviderPoller* poller)
{
    // What it said stays (last known is still known). An answer already on its way (a provider
    // just disabled) is not taken.
    disconnect(poller, nullptr, this, nullptr);
    poller->stop();
    poller->deleteLater();
}

void ProviderHub::remove(const QString& providerId)
{
    if (ProviderPoller* p = poller(providerId)) {
        m_pollers.removeOne(p);
        retire(p);
    }
}

void ProviderHub::removeAll()
{
    for (ProviderPoller* p : std::as_const(m_pollers))
        retire(p);
    m_pollers.clear();
}

void ProviderHub::accept(const ProviderBatch& batch)
{
    ZoneState& zone = m_zones[batch.zone];
    const std::string provider = batch.provider.toStdString();
    // The same period in two answers (a forecast issue and the "now" answer; Electricity Maps'
    // latest and history): the provider's newer revision wins, whichever answer arrived last.
    auto keepNewer = [](std::map<UtcTime, ProviderReading>& points, const ProviderReading& r) {
        auto [point, added] = points.try_emplace(r.validTime, r);
        if (!added && r.issuedAt >= point->second.issuedAt)
            point->second = r;
    };
    for (const ProviderReading& r : batch.readings) {
        if (r.kind == ValueKind::Forecast) {
            if (r.isEmissionRate())
                keepNewer(zone.forecast[provider], r);
            continue;
        }
        if (r.isEmissionRate() && r.period > Seconds{0})
            keepNewer(zone.history[provider], r);
        auto& slot = r.isEmissionRate() ? zone.newestActual : zone.newestPercentile;
        auto it = slot.find(provider);
        if (it == slot.end() || r.validTime > it->second.validTime
            || (r.validTime == it->second.validTime && r.issuedAt >= it->second.issuedAt))
            slot[provider] = r;
    }
    const UtcTime keepFrom = m_clock() - Days{8};
    for (auto* perProvider : {&zone.history, &zone.forecast}) {
        for (auto& [name, points] : *perProvider) {
            while (!points.empty() && points.begin()->first < keepFrom)
                points.erase(points.begin());
        }
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
        for (const auto& [provider, points] : it->second.forecast) {
            for (const auto& [validTime, point] : points)
                inputs.forecasts.push_back(point);
        }
    }
    const UtcTime now = m_clock();
    inputs.engineForecast = m_engineForecast ? m_engineForecast(zone, now) : builtInEngineForecast(zone, now);
    return chooseCurrentValue(inputs, now, m_policy);
}

std::optional<EngineEstimate> ProviderHub::builtInEngineForecast(const QString& zone, UtcTime now) const
{
    auto it = m_zones.find(zone);
    if (it == m_zones.end())
        return std::nullopt;
    static const SeasonalNaiveForecaster kModel(Hours{24});
    for (const auto& [provider, points] : it->second.history) {
        if (points.empty())
            continue;
        // The contiguous run of equal periods that ends at the newest point.
        const Seconds period = points.rbegin()->second.period;
        std::vector<double> values;
        UtcTime expected = points.rbegin()->first;
        SignalKind signal = points.rbegin()->second.signal;
        for (auto p = points.rbegin(); p != points.rend(); ++p) {
            if (p->first != expected || p->second.period != period || p->second.signal != signal)
                break;
            values.push_back(p->second.value);
            expected -= period;
        }
        std::reverse(values.begin(), values.end());
        const UtcTime start = expected + period;
        const UtcTime issuedAt = start + period * static_cast<long long>(values.size());
        if (period * static_cast<long long>(values.size()) < kModel.minimumHistory(period) || now < issuedAt)
            continue;
        IntensitySeries::Columns columns;
        columns.lifecycleGPerKwh = std::move(values);
        Result<IntensitySeries> series = IntensitySeries::create(zone.toStdString(), start, period, columns);
        if (!series.ok())
            continue;
        const auto steps = static_cast<std::size_t>(Seconds{Hours{48}} / period);
        Result<Forecast> f = kModel.forecast(series.value(), issuedAt, steps);
        if (!f.ok())
            continue;
        const std::optional<std::size_t> k = f->indexAt(now);
        if (!k)
            continue;
        return EngineEstimate{kModel.name() + " on " + provider + " history", issuedAt,
                              f->start() + f->step() * static_cast<long long>(*k), f->step(), f->mean()[*k],
                              signal};
    }
    return std::nullopt;
}

std::optional<ProviderReading> ProviderHub::latestPercentile(const QString& zone) const
{
    auto it = m_zones.find(zone);
    if (it == m_zones.end() || it->second.newestPercentile.empty())
        return std::nullopt;
    // Only while live: a rank of hours ago says nothing about now, and it has no stale badge.
    const ProviderReading& r = it->second.newestPercentile.begin()->second;
    const Seconds length = r.period > Seconds{0} ? r.period : Seconds{0};
    if (m_clock() - (r.validTime + length) > m_policy.maxLiveAge)
        return std::nullopt;
    return r;
}

QList<ProviderStatus> ProviderHub::statuses() const
{
    QList<ProviderStatus> out;
    for (const ProviderPoller* p : m_pollers)
        out.append(p->status());
    return out;
}

} // namespace greenlight
