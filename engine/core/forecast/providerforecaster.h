// The `provider` forecaster: the forecasts providers issued (Electricity Maps, WattTime, the UK
// API), stored as issued, replayed without look-ahead: at issue time T it uses the newest issue
// made at or before T, averaged onto the series' steps. Steps the issue does not reach, and the
// interval around the provider's mean (providers publish none), come from seasonal-naive-24h.
//
//   auto issues = std::make_shared<IssuedForecastLibrary>();
//   issues->add({"electricitymaps", "DE", issuedAt, Hours{1}, {{t0, 412.0}, {t1, 398.0}}});
//   Result<Forecast> f = ProviderForecaster(issues).forecast(series, now, 48);
#pragma once

#include "core/forecast/forecaster.h"
#include "core/forecast/seasonalnaiveforecaster.h"

#include <map>
#include <memory>
#include <string>
#include <utility>
#include <vector>

namespace greenlight {

struct IssuedForecast {
    std::string provider;
    std::string zone;   // the series' zone key it forecasts
    UtcTime issuedAt{};
    Seconds pointStep{Hours{1}}; // length of each point's period (WattTime: 5 min)
    std::vector<std::pair<UtcTime, double>> points; // (period start, gCO₂/kWh), any order
};

// Issued forecasts by zone, kept sorted by issue time. Immutable once shared.
class IssuedForecastLibrary {
public:
    // InvalidArgument for an empty issue, a non-positive step, or non-finite/negative values.
    Status add(IssuedForecast issue);
    // The newest issue for `zone` made at or before `asOf`, or nullptr.
    const IssuedForecast* latestAsOf(const std::string& zone, UtcTime asOf) const;
    std::size_t size() const;

private:
    std::map<std::string, std::vector<IssuedForecast>, std::less<>> m_byZone;
};

class ProviderForecaster final : public Forecaster {
public:
    explicit ProviderForecaster(std::shared_ptr<const IssuedForecastLibrary> issues);

    std::string name() const override { return "provider"; }
    // FailedPrecondition when no issue for the series' zone was made by issuedAt.
    Result<Forecast> forecast(const IntensitySeries& series, UtcTime issuedAt,
                              std::size_t steps) const override;
    Seconds minimumHistory(Seconds step) const override { return m_fill.minimumHistory(step); }

private:
    std::shared_ptr<const IssuedForecastLibrary> m_issues;
    SeasonalNaiveForecaster m_fill{Hours{24}};
};

} // namespace greenlight
