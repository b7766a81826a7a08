#include "scope2.h"

#include <algorithm>
#include <cstdio>
#include <map>

namespace greenlight {
namespace {

std::size_t hoursInYear(int year)
{
    return static_cast<std::size_t>(
        std::chrono::floor<Hours>(startOfYear(year + 1) - startOfYear(year)).count());
}

} // namespace

Scope2Result scope2Hourly(const HourlyConsumption& consumption,
                          const std::vector<EnergyInstrument>& instruments,
                          std::optional<double> residualMixGPerKwh)
{
    Scope2Result out;
    const std::size_t n = consumption.facilityKwh.size();
    const bool hasCfe = consumption.gridCarbonFreePct.size() == n && n > 0;
    std::vector<InstrumentClaim> claims;
    for (const EnergyInstrument& instrument : instruments)
        claims.push_back({instrument.id, 0.0});

    // Hourly PPAs first: each hour's delivery covers only that hour.
    std::vector<double> uncovered(consumption.facilityKwh.begin(), consumption.facilityKwh.end());
    double hourlyGrams = 0.0;
    double carbonFree = 0.0;
    for (std::size_t h = 0; h < n; ++h) {
        const double energy = consumption.facilityKwh[h];
        out.consumedKwh += energy;
        out.locationGrams += energy * consumption.gridGPerKwh[h];
        double matchedCarbonFree = 0.0;
        for (std::size_t i = 0; i < instruments.size(); ++i) {
            const EnergyInstrument& ppa = instruments[i];
            if (ppa.kind != InstrumentKind::PpaHourly || uncovered[h] <= 0.0)
                continue;
            const double matched = std::min(uncovered[h], ppa.capacityKw);
            uncovered[h] -= matched;
            claims[i].kwh += matched;
            hourlyGrams += matched * ppa.gramsPerKwh;
            out.renewableKwh += ppa.renewable ? matched : 0.0;
            matchedCarbonFree += ppa.carbonFree() ? matched : 0.0;
        }
        if (hasCfe)
            carbonFree +=
                matchedCarbonFree + uncovered[h] * consumption.gridCarbonFreePct[h] / 100.0;
    }
    if (hasCfe)
        out.carbonFreeKwh = carbonFree;

    // Annual PPAs and certificates, calendar year by calendar year, pro rata over the hours.
    std::map<int, std::pair<std::size_t, std::size_t>> years; // year → [first, last) hour index
    for (std::size_t h = 0; h < n; ++h) {
        const int year = splitUtc(consumption.start + Hours{static_cast<long long>(h)}).year;
        auto [it, inserted] = years.try_emplace(year, h, h + 1);
        if (!inserted)
            it->second.second = h + 1;
    }
    std::vector<double> coveredShare(n, 0.0);
    double annualGrams = 0.0;
    for (const auto& [year, range] : years) {
        double left = 0.0;
        for (std::size_t h = range.first; h < range.second; ++h)
            left += uncovered[h];
        const double periodShare = static_cast<double>(range.second - range.first) /
                                   static_cast<double>(hoursInYear(year));
        const double yearUncovered = left;
        for (std::size_t i = 0; i < instruments.size() && left > 0.0; ++i) {
            const EnergyInstrument& instrument = instruments[i];
            const bool applies =
                instrument.kind == InstrumentKind::PpaAnnual ||
                (instrument.kind == InstrumentKind::Certificate && instrument.vintageYear == year);
            if (!applies)
                continue;
            const double claimed = std::min(left, instrument.volumeKwh * periodShare);
            left -= claimed;
            claims[i].kwh += claimed;
            annualGrams += claimed * instrument.gramsPerKwh;
            out.renewableKwh += instrument.renewable ? claimed : 0.0;
        }
        const double share = yearUncovered > 0.0 ? (yearUncovered - left) / yearUncovered : 0.0;
        for (std::size_t h = range.first; h < range.second; ++h)
            coveredShare[h] = share;
    }

    double residualGrams = 0.0;
    for (std::size_t h = 0; h < n; ++h) {
        const double rest = uncovered[h] * (1.0 - coveredShare[h]);
        out.residualKwh += rest;
        if (!residualMixGPerKwh)
            residualGrams += rest * consumption.gridGPerKwh[h];
    }
    char basis[96];
    if (residualMixGPerKwh) {
        residualGrams = out.residualKwh * *residualMixGPerKwh;
        std::snprintf(basis, sizeof basis, "residual mix %.0f g/kWh", *residualMixGPerKwh);
    } else {
        std::snprintf(basis, sizeof basis, "grid average (no residual mix configured)");
    }
    out.residualBasis = basis;
    out.instrumentKwh = out.consumedKwh - out.residualKwh;
    out.marketGrams = hourlyGrams + annualGrams + residualGrams;
    for (InstrumentClaim& claim : claims) {
        if (claim.kwh > 0.0)
            out.claims.push_back(std::move(claim));
    }
    return out;
}

} // namespace greenlight
