#include "ridgemodel.h"

#include "core/forecast/normalequations.h"

#include <algorithm>
#include <cmath>
#include <optional>

namespace greenlight {
namespace {

using Inputs = std::array<double, RidgeModel::kFeatures>;
constexpr std::size_t kReference = RidgeModel::kFeatures - 1; // the mean of the last day
constexpr std::size_t kSameHour = 1;
constexpr std::size_t kProfileDays = 7;
constexpr double kLogFloor = 1.0; // gCO2eq/kWh added before the log, so that zero stays finite

double toLog(double gPerKwh) { return std::log(std::max(gPerKwh, 0.0) + kLogFloor); }
double fromLog(double value) { return std::max(0.0, std::exp(value) - kLogFloor); }

// Log values with the running sums and daily profiles the inputs need, so that every input is
// O(1). Indices are those of the span the table was built from.
class InputTable {
public:
    InputTable(std::span<const double> y, std::size_t stepsPerDay) : m_day(stepsPerDay)
    {
        const std::size_t size = y.size();
        m_z.resize(size);
        for (std::size_t i = 0; i < size; ++i)
            m_z[i] = toLog(y[i]);
        m_sum.assign(size + 1, 0.0);
        for (std::size_t i = 0; i < size; ++i)
            m_sum[i + 1] = m_sum[i] + m_z[i];
        // profile[i]: mean of z[i], z[i - day], ... over up to kProfileDays days that exist.
        m_profile.resize(size);
        for (std::size_t i = 0; i < size; ++i) {
            double total = 0.0;
            std::size_t count = 0;
            for (std::size_t back = 0; count < kProfileDays && back <= i; back += m_day, ++count)
                total += m_z[i - back];
            m_profile[i] = total / static_cast<double>(count);
        }
    }

    double z(std::size_t i) const { return m_z[i]; }

    // Inputs for index n - 1 + lead, from indices [0, n) only; n >= 1.
    Inputs inputs(std::size_t n, std::size_t lead) const
    {
        const std::size_t day = m_day;
        const std::size_t week = 7 * day;
        const std::size_t target = n - 1 + lead;
        const std::size_t last = n - 1;
        // Newest observed index at the target's phase of the day (exists once n >= day) and of
        // the week (falls back to the day's while less than a week is known).
        const std::size_t dayBack = day * ((lead + day - 1) / day);
        const std::size_t sameHour = target >= dayBack ? target - dayBack : last;
        const std::size_t weekBack = week * ((lead + week - 1) / week);
        const std::size_t sameHourOfWeek = target >= weekBack ? target - weekBack : sameHour;
        const double lastProfile = last >= day ? m_profile[last - day] : m_z[last];
        const std::size_t dayFrom = n >= day ? n - day : 0;
        const double dayMean = (m_sum[n] - m_sum[dayFrom]) / static_cast<double>(n - dayFrom);
        return {m_z[last], m_z[sameHour], m_z[sameHourOfWeek], m_profile[sameHour], lastProfile,
                dayMean};
    }

private:
    std::size_t m_day;
    std::vector<double> m_z;
    std::vector<double> m_sum;
    std::vector<double> m_profile;
};

double evaluate(const RidgeModel::Coefficients& c, const Inputs& x)
{
    double value = c[0];
    for (std::size_t k = 0; k < RidgeModel::kFeatures; ++k)
        value += c[k + 1] * x[k];
    return value;
}

// Training rows of one lead relative to the reference level (inputs and target minus the
// mean of the last day), column-major for NormalEquations::addColumns.
struct LeadRows {
    std::vector<double> columns; // kReference columns of size() values
    std::vector<double> y;
    std::vector<double> weight;

    std::size_t size() const { return y.size(); }
};

// The rows from `first` on (rows are newest first: the older ones).
LeadRows olderRows(const LeadRows& rows, std::size_t first)
{
    const std::size_t count = rows.size();
    LeadRows older;
    if (first >= count)
        return older;
    const std::size_t kept = count - first;
    older.columns.resize(kReference * kept);
    for (std::size_t k = 0; k < kReference; ++k)
        std::copy_n(rows.columns.begin() + static_cast<std::ptrdiff_t>(k * count + first), kept,
                    older.columns.begin() + static_cast<std::ptrdiff_t>(k * kept));
    older.y.assign(rows.y.begin() + static_cast<std::ptrdiff_t>(first), rows.y.end());
    older.weight.assign(rows.weight.begin() + static_cast<std::ptrdiff_t>(first), rows.weight.end());
    return older;
}

// Minimises Σ w |y - b0 - b·x| (+ a small ridge) by iteratively reweighted least squares, and
// returns the coefficients on the absolute inputs (the reference gets 1 - Σ b).
std::optional<RidgeModel::Coefficients> fitLead(const LeadRows& rows,
                                                const RidgeModel::Options& options)
{
    const std::size_t count = rows.size();
    if (count < options.minSamples)
        return std::nullopt;
    std::optional<RidgeModel::Coefficients> result;
    std::vector<double> weights = rows.weight;
    std::vector<double> fitted(count);
    for (std::size_t round = 0; round <= options.reweightRounds; ++round) {
        NormalEquations ls(kReference);
        ls.addColumns(rows.columns, rows.y, weights);
        const auto beta = ls.solve(options.ridge);
        if (!beta)
            break;
        RidgeModel::Coefficients& c = result.emplace();
        std::copy(beta->begin(), beta->end(), c.begin());
        double sum = 0.0;
        for (std::size_t k = 0; k < kReference; ++k)
            sum += c[k + 1];
        c[kReference + 1] = 1.0 - sum;
        if (round == options.reweightRounds)
            break;
        std::fill(fitted.begin(), fitted.end(), (*beta)[0]);
        for (std::size_t k = 0; k < kReference; ++k) {
            const double b = (*beta)[k + 1];
            const double* column = &rows.columns[k * count];
            for (std::size_t r = 0; r < count; ++r)
                fitted[r] += b * column[r];
        }
        for (std::size_t r = 0; r < count; ++r)
            weights[r] = rows.weight[r] / std::max(std::abs(rows.y[r] - fitted[r]), options.minAbsLogError);
    }
    return result;
}

} // namespace

RidgeModel RidgeModel::fit(std::span<const double> y, Seconds step, std::size_t end,
                           const Options& options)
{
    RidgeModel model;
    const auto day = static_cast<std::size_t>(Seconds{Days{1}} / step);
    model.m_stepsPerDay = day;
    // Leads without enough history to fit predict as seasonal-naive does: the same hour yesterday
    // (better than the 7-day profile when only a few days are known, and never worse than the
    // benchmark the model is judged against).
    Coefficients seasonalNaive{};
    seasonalNaive[1 + kSameHour] = 1.0;
    const std::size_t leads = options.leads > 0 ? options.leads : EmpiricalInterval::leadsFor(step);
    model.m_coefficients.assign(leads, seasonalNaive);
    model.m_fallbackLeads = leads;

    end = std::min(end, y.size());
    const std::size_t window = static_cast<std::size_t>(options.trainingWindow.count()) * day;
    const std::size_t earliest = std::max(day, end > window ? end - window : 0);
    if (end <= earliest)
        return model;
    // The inputs read at most reachSteps() before the oldest issue point.
    const std::size_t from = earliest > model.reachSteps() ? earliest - model.reachSteps() : 0;
    const InputTable table(y.subspan(from, end - from), day);
    const std::size_t stride =
        std::max<std::size_t>(1, static_cast<std::size_t>(Seconds{options.issueEvery} / step));
    const std::size_t intervalSteps = static_cast<std::size_t>(options.intervalWindow.count()) * day;
    // Recency weight by age in steps (end - n), computed once.
    std::vector<double> weightByAge(end - earliest + 1);
    const double stepsPerHalfLife = options.halfLifeDays * static_cast<double>(day);
    for (std::size_t age = 0; age < weightByAge.size(); ++age)
        weightByAge[age] = stepsPerHalfLife > 0.0
                               ? std::exp2(-static_cast<double>(age) / stepsPerHalfLife)
                               : 1.0;

    model.m_fallbackLeads = 0;
    std::vector<std::vector<double>> residuals(leads);
    std::vector<Inputs> inputs;
    std::vector<double> targets;
    LeadRows rows;
    for (std::size_t lead = 1; lead <= leads; ++lead) {
        inputs.clear();
        targets.clear();
        // Newest issue points first, so that the interval below takes a prefix.
        for (std::size_t n = end - lead; end >= lead + earliest; n -= stride) {
            inputs.push_back(table.inputs(n - from, lead));
            targets.push_back(table.z(n - from - 1 + lead));
            if (n < earliest + stride)
                break;
        }
        const std::size_t count = inputs.size();
        rows.columns.resize(kReference * count);
        rows.y.resize(count);
        rows.weight.resize(count);
        for (std::size_t r = 0; r < count; ++r) {
            const double reference = inputs[r][kReference];
            for (std::size_t k = 0; k < kReference; ++k)
                rows.columns[k * count + r] = inputs[r][k] - reference;
            rows.y[r] = targets[r] - reference;
            rows.weight[r] = weightByAge[lead + r * stride];
        }
        Coefficients& c = model.m_coefficients[lead - 1];
        if (const auto fitted = fitLead(rows, options))
            c = *fitted;
        else
            ++model.m_fallbackLeads;
        // The band learns from the errors over the interval window (the newest issue points).
        // With as much history again before it, they are errors the model did not see: a fit on
        // the older points alone forecasts them (in-sample errors understate: the year-long
        // back-tests covered 1-2 points less). With less, halving the few errors there are
        // costs more than it gains (a 3-week trace: 49 % → 44 %), so the fit's own errors count.
        std::size_t newest = 0;
        while (newest < count && newest * stride + lead <= intervalSteps)
            ++newest;
        const Coefficients* predictor = &c;
        Coefficients heldOut;
        if (count - newest >= newest) {
            if (const auto fitted = fitLead(olderRows(rows, newest), options)) {
                heldOut = *fitted;
                predictor = &heldOut;
            }
        }
        std::vector<double>& errors = residuals[lead - 1];
        for (std::size_t r = 0; r < newest; ++r)
            errors.push_back(fromLog(targets[r]) - fromLog(evaluate(*predictor, inputs[r])));
    }
    model.m_band = EmpiricalInterval::fromResiduals(std::move(residuals));
    return model;
}

void RidgeModel::predict(std::span<const double> y, std::size_t n, std::size_t firstLead,
                         std::span<double> mean, std::span<double> low, std::span<double> high) const
{
    // Same relative window as in fit(), so that the inputs are identical.
    const std::size_t from = n > reachSteps() ? n - reachSteps() : 0;
    const InputTable table(y.subspan(from, n - from), m_stepsPerDay);
    for (std::size_t k = 0; k < mean.size(); ++k) {
        const std::size_t lead = firstLead + k;
        const Coefficients& c = m_coefficients[std::min(lead, m_coefficients.size()) - 1];
        mean[k] = fromLog(evaluate(c, table.inputs(n - from, lead)));
        std::tie(low[k], high[k]) = m_band.bounds(mean[k], lead);
    }
}

double RidgeModel::predict(std::span<const double> y, std::size_t n, std::size_t lead) const
{
    double mean = 0.0;
    double low = 0.0;
    double high = 0.0;
    predict(y, n, lead, {&mean, 1}, {&low, 1}, {&high, 1});
    return mean;
}

} // namespace greenlight
