#include "ridgemodel.h"

#include "core/forecast/normalequations.h"

#include <algorithm>

namespace greenlight {
namespace {

constexpr std::size_t kProfileDays = 7;

// Coefficients that predict the daily profile (feature 3): used where a lead has too little data.
RidgeModel::Coefficients profileOnly()
{
    RidgeModel::Coefficients c{};
    c[1 + 3] = 1.0;
    return c;
}

double evaluate(const RidgeModel::Coefficients& c, const RidgeModel::Features& x)
{
    double value = c[0];
    for (std::size_t k = 0; k < RidgeModel::kFeatures; ++k)
        value += c[k + 1] * x[k];
    return value;
}

} // namespace

RidgeModel::Features RidgeModel::features(std::span<const double> y, std::size_t stepsPerDay,
                                          std::size_t n, std::size_t lead)
{
    const std::size_t day = stepsPerDay;
    const std::size_t week = 7 * day;
    const std::size_t target = n - 1 + lead;
    // Newest observed index at the target's phase of the day / week (may not exist for a week).
    const std::size_t sameHour = target - day * ((lead + day - 1) / day);
    const std::size_t weekBack = week * ((lead + week - 1) / week);
    const double sameHourLastWeek = target >= weekBack ? y[target - weekBack] : y[sameHour];

    double profile = 0.0;
    std::size_t count = 0;
    for (std::size_t i = sameHour, d = 0; d < kProfileDays; ++d, i -= day) {
        profile += y[i];
        ++count;
        if (i < day)
            break;
    }
    profile /= static_cast<double>(count);

    const std::size_t last = n - 1;
    double lastProfile = 0.0;
    count = 0;
    for (std::size_t i = last, d = 0; d < kProfileDays && i >= day; ++d) {
        i -= day;
        lastProfile += y[i];
        ++count;
    }
    lastProfile = count > 0 ? lastProfile / static_cast<double>(count) : y[last];

    double dayMean = 0.0;
    const std::size_t from = n >= day ? n - day : 0;
    for (std::size_t i = from; i < n; ++i)
        dayMean += y[i];
    dayMean /= static_cast<double>(n - from);

    return {y[last], y[sameHour], sameHourLastWeek, profile, lastProfile, dayMean};
}

RidgeModel RidgeModel::fit(std::span<const double> y, std::size_t stepsPerDay, std::size_t end,
                           const Options& options)
{
    RidgeModel model;
    model.m_stepsPerDay = stepsPerDay;
    end = std::min(end, y.size());
    const std::size_t leads = std::max<std::size_t>(options.leads, 1);
    const std::size_t stride = std::max<std::size_t>(options.issueStride, 1);
    const std::size_t window = static_cast<std::size_t>(options.trainingWindow.count()) * stepsPerDay;
    const std::size_t earliest = std::max(stepsPerDay, end > window ? end - window : 0);

    model.m_coefficients.assign(leads, profileOnly());
    std::vector<std::vector<double>> residuals(leads);
    std::vector<Features> rows;
    std::vector<double> targets;
    for (std::size_t lead = 1; lead <= leads; ++lead) {
        rows.clear();
        targets.clear();
        if (end >= lead + earliest) {
            for (std::size_t n = end - lead;; n -= stride) {
                rows.push_back(features(y, stepsPerDay, n, lead));
                targets.push_back(y[n - 1 + lead]);
                if (n < earliest + stride)
                    break;
            }
        }
        Coefficients& c = model.m_coefficients[lead - 1];
        bool fitted = false;
        if (rows.size() >= options.minSamples) {
            NormalEquations ls(kFeatures);
            for (std::size_t r = 0; r < rows.size(); ++r)
                ls.add(rows[r], targets[r]);
            if (const auto beta = ls.solve(options.ridge)) {
                std::copy(beta->begin(), beta->end(), c.begin());
                fitted = true;
            }
        }
        if (!fitted)
            ++model.m_fallbackLeads;
        auto& errors = residuals[lead - 1];
        errors.reserve(rows.size());
        for (std::size_t r = 0; r < rows.size(); ++r)
            errors.push_back(targets[r] - std::max(0.0, evaluate(c, rows[r])));
    }
    model.m_band = EmpiricalInterval::fromResiduals(std::move(residuals));
    return model;
}

double RidgeModel::predict(std::span<const double> y, std::size_t n, std::size_t lead) const
{
    const std::size_t l = std::min(lead, m_coefficients.size());
    return std::max(0.0, evaluate(m_coefficients[l - 1], features(y, m_stepsPerDay, n, lead)));
}

std::array<double, 3> RidgeModel::predictWithInterval(std::span<const double> y, std::size_t n,
                                                      std::size_t lead) const
{
    const double mean = predict(y, n, lead);
    const auto [low, high] = m_band.bounds(mean, lead);
    return {mean, low, high};
}

} // namespace greenlight
