#include "backtest.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace greenlight {
namespace {

// The observed part of the series at index n: values [0, n), lifecycle only.
Result<IntensitySeries> observedPrefix(const IntensitySeries& series, std::size_t n)
{
    IntensitySeries::Columns columns;
    const std::span<const double> y = series.lifecycle();
    columns.lifecycleGPerKwh.assign(y.begin(), y.begin() + static_cast<std::ptrdiff_t>(n));
    return IntensitySeries::create(series.zoneKey(), series.start(), series.step(), std::move(columns));
}

struct Accumulator {
    double absPct = 0.0;
    std::size_t pctSamples = 0;
    double bias = 0.0;
    double absError = 0.0;
    std::size_t covered = 0;
    std::size_t samples = 0;
};

} // namespace

const HorizonScore* BacktestReport::at(std::size_t horizonSteps) const
{
    if (horizonSteps == 0 || horizonSteps > byHorizon.size())
        return nullptr;
    return &byHorizon[horizonSteps - 1];
}

double BacktestReport::meanCoveragePct() const
{
    if (byHorizon.empty())
        return 0.0;
    double sum = 0.0;
    for (const HorizonScore& h : byHorizon)
        sum += h.coveragePct;
    return sum / static_cast<double>(byHorizon.size());
}

Result<BacktestReport> backtest(const IntensitySeries& series, const Forecaster& model,
                                const BacktestOptions& options)
{
    const std::string source = "backtest " + model.name() + " " + series.zoneKey();
    const TimeWindow& period = options.period;
    if (period.isEmpty())
        return Status(StatusCode::InvalidArgument,
                      "the period " + formatIsoUtc(period.begin) + " .. " + formatIsoUtc(period.end) +
                          " is empty",
                      source);
    if (options.issueEvery <= Hours{0})
        return Status(StatusCode::InvalidArgument, "issueEvery must be at least one hour", source);
    if (options.maxHorizonSteps == 0)
        return Status(StatusCode::InvalidArgument, "maxHorizonSteps must be at least 1", source);
    if (!series.coverage().contains(period))
        return Status(StatusCode::OutOfRange,
                      "the period " + formatIsoUtc(period.begin) + " .. " + formatIsoUtc(period.end) +
                          " is not inside the series " + formatIsoUtc(series.start()) + " .. " +
                          formatIsoUtc(series.end()),
                      source);

    const Seconds step = series.step();
    const std::span<const double> y = series.lifecycle();
    const long long horizon = static_cast<long long>(options.maxHorizonSteps);
    std::vector<Accumulator> acc(options.maxHorizonSteps);
    std::size_t issues = 0;
    for (UtcTime issuedAt = period.begin; issuedAt < period.end; issuedAt += options.issueEvery) {
        const Seconds offset = issuedAt - series.start();
        const auto observed = static_cast<std::size_t>(offset / step);
        const std::size_t first = observed + (offset % step == Seconds{0} ? 0 : 1);
        if (series.timeAt(first) + step * horizon > period.end)
            break;

        Result<Forecast> forecast = Status(StatusCode::Internal, "not run");
        if (model.readsFuture()) {
            forecast = model.forecast(series, issuedAt, options.maxHorizonSteps);
        } else if (observed == 0) {
            forecast = Status(StatusCode::FailedPrecondition,
                              "no data observed before the issue time", source);
        } else {
            const Result<IntensitySeries> past = observedPrefix(series, observed);
            if (!past.ok())
                return past.status();
            forecast = model.forecast(past.value(), issuedAt, options.maxHorizonSteps);
        }
        if (!forecast.ok())
            return Status(forecast.status().code(),
                          "issued at " + formatIsoUtc(issuedAt) + ": " + forecast.status().message(),
                          source);
        if (forecast->size() != options.maxHorizonSteps || forecast->start() != series.timeAt(first))
            return Status(StatusCode::Internal,
                          "the model returned " + std::to_string(forecast->size()) +
                              " steps from " + formatIsoUtc(forecast->start()) + " instead of " +
                              std::to_string(horizon) + " from " + formatIsoUtc(series.timeAt(first)),
                          source);
        ++issues;
        const std::span<const double> mean = forecast->mean();
        const std::span<const double> low = forecast->low();
        const std::span<const double> high = forecast->high();
        for (std::size_t h = 0; h < options.maxHorizonSteps; ++h) {
            const double actual = y[first + h];
            Accumulator& a = acc[h];
            if (actual > 0.0) {
                a.absPct += std::abs(mean[h] - actual) / actual;
                ++a.pctSamples;
            }
            a.bias += mean[h] - actual;
            a.absError += std::abs(mean[h] - actual);
            // Rounding slack: a zero-width band on a constant trace sits a few ulps off the value.
            const double slack = 1e-9 * std::max(1.0, std::abs(actual));
            if (low[h] - slack <= actual && actual <= high[h] + slack)
                ++a.covered;
            ++a.samples;
        }
    }
    if (issues == 0)
        return Status(StatusCode::OutOfRange,
                      "the period " + formatIsoUtc(period.begin) + " .. " + formatIsoUtc(period.end) +
                          " is too short for one forecast of " + std::to_string(horizon) + " steps",
                      source);

    BacktestReport report;
    report.zoneKey = series.zoneKey();
    report.model = model.name();
    report.period = period;
    report.issues = issues;
    for (std::size_t h = 0; h < acc.size(); ++h) {
        const Accumulator& a = acc[h];
        const double n = static_cast<double>(a.samples);
        report.byHorizon.push_back(
            {h + 1,
             a.pctSamples > 0 ? 100.0 * a.absPct / static_cast<double>(a.pctSamples)
                              : std::numeric_limits<double>::quiet_NaN(),
             a.bias / n, 100.0 * static_cast<double>(a.covered) / n, a.samples, a.pctSamples, a.absError / n});
    }
    return report;
}

} // namespace greenlight
