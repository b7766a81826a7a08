#include "fallbackchain.h"

#include <algorithm>

namespace greenlight {

namespace {

UtcTime periodEnd(const ProviderReading& r)
{
    return r.validTime + r.period;
}

bool covers(UtcTime begin, Seconds period, UtcTime now)
{
    // A point forecast without a period covers the hour that follows it.
    const Seconds length = period > Seconds{0} ? period : Seconds{Hours{1}};
    return begin <= now && now < begin + length;
}

// With several providers for one zone, the signal decides, then freshness: otherwise a zone
// watched by Electricity Maps (hourly, lifecycle) and the UK API (half-hourly, direct) showed
// one and then the other every half hour, about 17 % apart.
int signalPreference(SignalKind signal)
{
    switch (signal) {
    case SignalKind::AverageLifecycle: return 0; // what the engine accounts with
    case SignalKind::AverageDirect: return 1;
    case SignalKind::Marginal: return 2;
    case SignalKind::PercentileIndex:
    case SignalKind::Invalid: break;
    }
    return 3;
}

std::string minutesText(Seconds age)
{
    return std::to_string(std::chrono::duration_cast<std::chrono::minutes>(age).count()) + " min";
}

} // namespace

const char* valueSourceName(ValueSource source)
{
    switch (source) {
    case ValueSource::Live: return "live";
    case ValueSource::ProviderForecast: return "provider forecast";
    case ValueSource::EngineForecast: return "engine forecast";
    case ValueSource::LastKnown: return "last known";
    case ValueSource::None: return "none";
    case ValueSource::Invalid: break;
    }
    return "invalid";
}

ChosenValue chooseCurrentValue(const ZoneInputs& inputs, UtcTime now, const FreshnessPolicy& policy)
{
    // The newest actual emission rate that is not in the future, and the live one to show: of
    // the actuals young enough to be live, the preferred signal's newest.
    const ProviderReading* newest = nullptr;
    const ProviderReading* live = nullptr;
    for (const ProviderReading& r : inputs.actuals) {
        if (!r.isEmissionRate() || r.kind != ValueKind::Actual || r.validTime > now)
            continue;
        if (newest == nullptr || periodEnd(r) > periodEnd(*newest))
            newest = &r;
        if (now - periodEnd(r) > policy.maxLiveAge)
            continue;
        if (live == nullptr || signalPreference(r.signal) < signalPreference(live->signal)
            || (r.signal == live->signal && periodEnd(r) > periodEnd(*live)))
            live = &r;
    }
    auto fromReading = [&](const ProviderReading& r, ValueSource source, Seconds age) {
        ChosenValue v;
        v.source = source;
        v.provider = r.provider;
        v.signal = r.signal;
        v.gPerKwh = r.value;
        v.validTime = r.validTime;
        v.age = age;
        v.estimated = r.estimated;
        v.stale = source == ValueSource::LastKnown || age > policy.staleAfter;
        return v;
    };

    if (live != nullptr) {
        const Seconds age = std::max(Seconds{0}, now - periodEnd(*live));
        ChosenValue v = fromReading(*live, ValueSource::Live, age);
        v.why = "measured by " + v.provider + ", period ended " + minutesText(age) + " ago";
        return v;
    }

    const ProviderReading* forecast = nullptr;
    for (const ProviderReading& r : inputs.forecasts) {
        if (!r.isEmissionRate() || r.kind != ValueKind::Forecast || !covers(r.validTime, r.period, now))
            continue;
        if (now - r.issuedAt > policy.maxForecastIssueAge)
            continue;
        if (forecast == nullptr || signalPreference(r.signal) < signalPreference(forecast->signal)
            || (r.signal == forecast->signal && r.issuedAt > forecast->issuedAt))
            forecast = &r;
    }
    if (forecast != nullptr) {
        const Seconds age = std::max(Seconds{0}, now - forecast->issuedAt);
        ChosenValue v = fromReading(*forecast, ValueSource::ProviderForecast, age);
        v.why = "no live value; forecast by " + v.provider + " issued " + minutesText(age) + " ago";
        return v;
    }

    if (inputs.engineForecast && covers(inputs.engineForecast->validTime,
                                        inputs.engineForecast->period, now)) {
        const EngineEstimate& e = *inputs.engineForecast;
        ChosenValue v;
        v.source = ValueSource::EngineForecast;
        v.provider = e.model;
        v.signal = e.signal;
        v.gPerKwh = e.gPerKwh;
        v.validTime = e.validTime;
        v.age = std::max(Seconds{0}, now - e.issuedAt);
        v.stale = v.age > policy.staleAfter;
        v.estimated = true;
        v.why = "no live value or provider forecast; the engine's " + e.model + " forecast";
        return v;
    }

    if (newest != nullptr) {
        const Seconds age = std::max(Seconds{0}, now - periodEnd(*newest));
        ChosenValue v = fromReading(*newest, ValueSource::LastKnown, age);
        v.why = "nothing current; last value from " + v.provider + ", " + minutesText(age) + " old";
        return v;
    }
    ChosenValue none;
    none.why = "no value from any source";
    return none;
}

} // namespace greenlight
