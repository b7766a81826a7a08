#include "providerreading.h"

namespace greenlight {

const char* signalKindName(SignalKind kind)
{
    switch (kind) {
    case SignalKind::AverageLifecycle: return "lifecycle";
    case SignalKind::AverageDirect: return "direct";
    case SignalKind::Marginal: return "marginal";
    case SignalKind::PercentileIndex: return "percentile";
    case SignalKind::Invalid: break;
    }
    return "invalid";
}

SignalKind signalKindFromName(std::string_view name)
{
    for (SignalKind k : {SignalKind::AverageLifecycle, SignalKind::AverageDirect,
                         SignalKind::Marginal, SignalKind::PercentileIndex}) {
        if (name == signalKindName(k))
            return k;
    }
    return SignalKind::Invalid;
}

const char* valueUnitLabel(ValueUnit unit)
{
    switch (unit) {
    case ValueUnit::GramsCo2PerKwh: return "gCO₂/kWh";
    case ValueUnit::Percentile: return "percentile (0–100)";
    case ValueUnit::Invalid: break;
    }
    return "invalid";
}

const char* valueKindName(ValueKind kind)
{
    switch (kind) {
    case ValueKind::Actual: return "actual";
    case ValueKind::Forecast: return "forecast";
    case ValueKind::Invalid: break;
    }
    return "invalid";
}

} // namespace greenlight
