#include "empiricalinterval.h"

#include <algorithm>
#include <cmath>
#include <tuple>

namespace greenlight {
namespace {

// The k-th smallest of `values` (1-based, clamped to the sample); reorders `values`.
double orderStatistic(std::vector<double>& values, std::size_t k)
{
    const std::size_t index = std::clamp<std::size_t>(k, 1, values.size()) - 1;
    std::nth_element(values.begin(), values.begin() + static_cast<std::ptrdiff_t>(index), values.end());
    return values[index];
}

// The band's ends as order statistics that cover a new error with the nominal probability
// whatever the sample size (split-conformal ranks: floor(p (n + 1)) and ceil(p (n + 1))). The
// interpolated quantiles used before sit inside them, and on the few dozen errors of a short
// history they covered 45-60 % instead of 80 %.
std::pair<double, double> coveringEnds(std::vector<double>& values, double lowP, double highP)
{
    const double n1 = static_cast<double>(values.size() + 1);
    const auto lowRank = static_cast<std::size_t>(std::floor(lowP * n1));
    const auto highRank = static_cast<std::size_t>(std::ceil(highP * n1));
    const double low = orderStatistic(values, lowRank);
    const double high = orderStatistic(values, highRank);
    return {low, high};
}

} // namespace

std::size_t EmpiricalInterval::leadsFor(Seconds step)
{
    if (step <= Seconds{0})
        return kMinLeads;
    return std::max(kMinLeads, static_cast<std::size_t>((Seconds{kLeadSpan} + step - Seconds{1}) / step));
}

EmpiricalInterval EmpiricalInterval::fromResiduals(std::vector<std::vector<double>> residualsByLead)
{
    EmpiricalInterval band;
    const std::size_t leads = residualsByLead.size();
    band.m_lowOffset.assign(leads, 0.0);
    band.m_highOffset.assign(leads, 0.0);
    band.m_known.assign(leads, 0);
    for (std::size_t l = 0; l < leads; ++l) {
        std::vector<double>& errors = residualsByLead[l];
        if (errors.empty())
            continue;
        std::tie(band.m_lowOffset[l], band.m_highOffset[l]) = coveringEnds(errors, kLowQuantile, kHighQuantile);
        band.m_known[l] = 1;
    }
    return band;
}

EmpiricalInterval EmpiricalInterval::fromPredictor(
    std::span<const double> y, std::size_t end, std::size_t firstIssue, std::size_t windowSteps,
    std::size_t stride, std::size_t maxLead,
    const std::function<double(std::size_t, std::size_t)>& predict)
{
    end = std::min(end, y.size());
    stride = std::max<std::size_t>(stride, 1);
    const std::size_t leads = maxLead;
    const std::size_t earliest = std::max({firstIssue, std::size_t{1}, end > windowSteps ? end - windowSteps : 0});
    std::vector<std::vector<double>> residuals(leads);
    for (std::size_t lead = 1; lead <= leads; ++lead) {
        if (end < lead + earliest)
            continue;
        auto& errors = residuals[lead - 1];
        errors.reserve((end - lead - earliest) / stride + 1);
        // Issue points step back from the newest one, so that every lead sees the latest errors.
        for (std::size_t n = end - lead;; n -= stride) {
            const std::size_t target = n - 1 + lead;
            errors.push_back(y[target] - predict(n, lead));
            if (n < earliest + stride)
                break;
        }
    }
    return fromResiduals(std::move(residuals));
}

std::pair<double, double> EmpiricalInterval::bounds(double mean, std::size_t lead) const
{
    if (m_lowOffset.empty() || lead == 0)
        return {mean, mean};
    std::size_t l = std::min(lead, m_lowOffset.size()) - 1;
    if (!m_known[l]) {
        // Nearest lead with errors, looking down first (shorter leads are the likelier ones known).
        std::size_t found = m_known.size();
        for (std::size_t d = 1; d < m_known.size() && found == m_known.size(); ++d) {
            if (l >= d && m_known[l - d])
                found = l - d;
            else if (l + d < m_known.size() && m_known[l + d])
                found = l + d;
        }
        if (found == m_known.size())
            return {mean, mean};
        l = found;
    }
    const double low = std::max(0.0, std::min(mean, mean + m_lowOffset[l]));
    const double high = std::max(mean, mean + m_highOffset[l]);
    return {low, high};
}

} // namespace greenlight
