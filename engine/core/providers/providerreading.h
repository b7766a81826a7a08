// One value from a carbon-intensity source, with everything an operator needs to judge it: who
// said it, for which zone, which signal in which unit, for when, fetched when, estimated or not,
// measured or forecast. Parsers produce these; the edge converts them to engine values.
//
//   ProviderReading r = parseElectricityMapsLatest(body, now).value().front();
//   if (r.isEmissionRate()) total += r.value; // a percentile index is never an emission rate
#pragma once

#include "core/utctime.h"

#include <string>
#include <string_view>

namespace greenlight {

// Provider keys, as stored in the operations database (engine/store/readingrepository.h).
inline constexpr std::string_view kElectricityMaps = "electricitymaps";
inline constexpr std::string_view kWattTime = "watttime";
inline constexpr std::string_view kUkCarbonIntensity = "carbonintensity.org.uk";
inline constexpr std::string_view kReplayProvider = "replay";

enum class SignalKind {
    Invalid,
    AverageLifecycle, // average of the mix, life-cycle emission factors (Electricity Maps default)
    AverageDirect,    // average of the mix, combustion only (UK API, Electricity Maps "direct")
    Marginal,         // marginal operating emission rate (WattTime MOER)
    PercentileIndex,  // 0–100 rank of the marginal rate over recent weeks: NOT an emission rate
};

enum class ValueUnit {
    Invalid,
    GramsCo2PerKwh, // gCO₂(eq)/kWh; WattTime's lbs/MWh are converted at the parser
    Percentile,     // 0–100
};

enum class ValueKind {
    Invalid,
    Actual,   // measured or estimated for a period that has begun
    Forecast, // issued before its period
};

// WattTime publishes lbs CO₂ per MWh; 1 lb/MWh = 0.453592 g/kWh.
inline constexpr double kGramsPerKwhPerLbsPerMwh = 0.453592;

struct ProviderReading {
    std::string provider;         // one of the keys above
    std::string zone;             // zone or region key as the provider names it
    SignalKind signal = SignalKind::Invalid;
    ValueUnit unit = ValueUnit::Invalid;
    ValueKind kind = ValueKind::Invalid;
    UtcTime validTime{};          // start of the period the value describes
    Seconds period{0};            // its length (0 when the provider does not say)
    UtcTime fetchedTime{};        // when we received it
    UtcTime issuedAt{};           // forecasts: when the provider issued them; actuals: updatedAt
    double value = 0.0;           // in `unit`
    bool estimated = false;       // the provider estimated it (missing upstream data)
    std::string estimationMethod; // the provider's word for how, kept verbatim
    std::string band;             // a qualitative band the provider adds ("high"), else empty

    bool isEmissionRate() const { return unit == ValueUnit::GramsCo2PerKwh; }
};

const char* signalKindName(SignalKind kind); // "lifecycle", "direct", "marginal", "percentile"
SignalKind signalKindFromName(std::string_view name);
const char* valueUnitLabel(ValueUnit unit);   // "gCO₂/kWh", "percentile (0–100)"
const char* valueKindName(ValueKind kind);    // "actual", "forecast"

} // namespace greenlight
