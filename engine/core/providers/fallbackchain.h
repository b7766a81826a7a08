// Which number to show for a zone right now, and how much to trust it. The chain is: live →
// the provider's forecast → the engine's own forecast → the last known value; the result carries
// its source, its age and a stale flag, so a stale number is never shown as live.
//
//   ChosenValue v = chooseCurrentValue(inputs, now, FreshnessPolicy{});
//   label->setText(QString("%1 g/kWh, %2 (%3 min old)").arg(v.gPerKwh)…);
#pragma once

#include "core/providers/providerreading.h"

#include <optional>
#include <string>
#include <vector>

namespace greenlight {

enum class ValueSource {
    Invalid,
    Live,             // a provider's actual for the current or a recent period
    ProviderForecast, // a provider's forecast for the current period
    EngineForecast,   // the engine's own forecast (makeForecaster) for the current period
    LastKnown,        // the newest actual, however old: always stale
    None,             // nothing at all
};

const char* valueSourceName(ValueSource source); // "live", "provider forecast", …

struct FreshnessPolicy {
    Seconds maxLiveAge{Hours{2}};           // an actual whose period ended longer ago is not live
    Seconds maxForecastIssueAge{Hours{48}}; // an older provider forecast is not used
    Seconds staleAfter{Hours{1}};           // beyond this age the value gets a stale badge
};

// An engine forecast step that covers (or not) the current instant.
struct EngineEstimate {
    std::string model;
    UtcTime issuedAt{};
    UtcTime validTime{};
    Seconds period{Hours{1}};
    double gPerKwh = 0.0;
    SignalKind signal = SignalKind::AverageLifecycle; // of the history it was made from
};

struct ZoneInputs {
    // Of one zone, any providers. Among values equally current, lifecycle is preferred to
    // direct and direct to marginal, whatever the order here.
    std::vector<ProviderReading> actuals;
    std::vector<ProviderReading> forecasts; // each period's most recently issued point, per provider
    std::optional<EngineEstimate> engineForecast;
};

struct ChosenValue {
    ValueSource source = ValueSource::None;
    std::string provider; // or the engine model's name
    SignalKind signal = SignalKind::Invalid;
    double gPerKwh = 0.0;
    UtcTime validTime{};
    // Live and last known: since the end of the period they describe. Forecasts: since issue.
    Seconds age{0};
    bool stale = false;
    bool estimated = false;
    std::string why; // in words, for the tooltip
};

// Pure. Percentile readings are ignored: only emission rates are chosen.
ChosenValue chooseCurrentValue(const ZoneInputs& inputs, UtcTime now, const FreshnessPolicy& policy);

} // namespace greenlight
