#include "sitekpis.h"

#include "core/physics/heatreuse.h"

#include <algorithm>

namespace greenlight {

std::optional<double> SiteKpis::cfePct() const
{
    if (!carbonFreeKwh || facilityKwh <= 0)
        return std::nullopt;
    return 100.0 * *carbonFreeKwh / facilityKwh;
}

std::optional<double> SiteKpis::meanSupplyC() const
{
    if (heatDeliveredKwhTh <= 0)
        return std::nullopt;
    return heatSupplyDegreeKwh / heatDeliveredKwhTh;
}

void SiteKpis::add(const SiteKpis& o)
{
    if (sites == 0) {
        residualBasis = o.residualBasis;
        gridFactors = o.gridFactors;
    } else {
        if (residualBasis != o.residualBasis)
            residualBasis = "per site";
        if (gridFactors != o.gridFactors)
            gridFactors = kMixedFactors;
    }
    hours = std::max(hours, o.hours);
    itKwh += o.itKwh;
    facilityKwh += o.facilityKwh;
    freeCoolingHours += o.freeCoolingHours;
    weatherKnown = weatherKnown && o.weatherKnown;
    waterLitres += o.waterLitres;
    heatAvailableKwhTh += o.heatAvailableKwhTh;
    heatReusedKwhTh += o.heatReusedKwhTh;
    heatDeliveredKwhTh += o.heatDeliveredKwhTh;
    heatPumpKwh += o.heatPumpKwh;
    heatSupplyDegreeKwh += o.heatSupplyDegreeKwh;
    locationGrams += o.locationGrams;
    marketGrams += o.marketGrams;
    instrumentKwh += o.instrumentKwh;
    renewableKwh += o.renewableKwh;
    residualKwh += o.residualKwh;
    // The fleet's CFE is known only for the part of the fleet whose grid publishes it; a
    // partial sum would overstate nothing but would mislead, so it needs every site.
    if (sites == 0)
        carbonFreeKwh = o.carbonFreeKwh;
    else if (carbonFreeKwh && o.carbonFreeKwh)
        *carbonFreeKwh += *o.carbonFreeKwh;
    else
        carbonFreeKwh.reset();
    gridMix.fossil += o.gridMix.fossil;
    gridMix.nuclear += o.gridMix.nuclear;
    gridMix.renewable += o.gridMix.renewable;
    gridMix.unknown += o.gridMix.unknown;
    if (o.avoidedGrams)
        avoidedGrams = avoidedGrams.value_or(0.0) + *o.avoidedGrams;
    for (const InstrumentClaim& claim : o.claims)
        claims.push_back(claim);
    sites += o.sites;
}

Result<SiteKpis> computeSiteKpis(const KpiInputs& in, TimeWindow period)
{
    const Site& site = in.site;
    auto fail = [&](StatusCode code, const std::string& what) {
        return Status(code, "site " + site.id + ": " + what, "kpis");
    };
    if (std::chrono::floor<Hours>(period.begin) != period.begin || period.isEmpty() ||
        period.length() % Hours{1} != Seconds{0})
        return fail(StatusCode::InvalidArgument, "the period must be whole hours");
    const auto n = static_cast<std::size_t>(period.length() / Hours{1});
    if (in.itKwhPerHour.size() != n)
        return fail(StatusCode::InvalidArgument,
                    "IT energy must be given for every hour of the period");
    if (!in.physics.coverage().contains(period))
        return fail(StatusCode::OutOfRange, "site physics do not cover " +
                                                formatIsoUtc(period.begin) + " .. " +
                                                formatIsoUtc(period.end));
    if (!in.intensity.coverage().contains(period))
        return fail(StatusCode::OutOfRange,
                    "zone " + in.intensity.zoneKey() + " has no intensity data for the whole of " +
                        formatIsoUtc(period.begin) + " .. " + formatIsoUtc(period.end));
    SiteKpis k;
    k.siteId = site.id;
    k.sites = 1;
    k.pueBasis = in.physics.note();
    k.hours = static_cast<double>(n);
    k.weatherKnown = in.physics.weatherComplete(); // water and free cooling are whole only then

    const auto offset = static_cast<std::size_t>((period.begin - in.physics.start()) / Hours{1});
    const auto pue = in.physics.pue().subspan(offset, n);
    const auto water = in.physics.waterLitresPerItKwh().subspan(offset, n);
    const auto outdoor = in.physics.outdoorC().subspan(offset, n);
    const auto weatherKnown = in.physics.weatherKnown().subspan(offset, n);
    const auto free = in.physics.freeCooling().subspan(offset, n);

    // Hourly grid intensity: a view into an hourly trace, or hour means of a finer one.
    std::vector<double> gridStorage;
    std::vector<double> cfeStorage;
    std::span<const double> grid;
    std::span<const double> cfe;
    const IntensitySeries& trace = in.intensity;
    const std::size_t first = *trace.indexAt(period.begin);
    // Scope 2 counts the emissions of generation (GHG Protocol Scope 2 Guidance; ESRS E1-6):
    // direct factors where the trace has them. Life-cycle factors add upstream emissions, which
    // belong to Scope 3 category 3; they are the fallback, and the basis says so.
    const IntensitySignal factors = trace.hasDirect() ? IntensitySignal::Direct : IntensitySignal::Lifecycle;
    k.gridFactors = trace.hasDirect() ? kDirectFactors : kLifecycleFactors;
    // The hour's mean of an optional share column (hourly traces: the hour's value).
    const auto perHour = static_cast<std::size_t>(std::max<long long>(1, Hours{1} / trace.step()));
    auto hourlyShare = [&](auto column) {
        std::vector<double> out;
        for (std::size_t h = 0; h < n; ++h) {
            double sum = 0.0;
            for (std::size_t j = 0; j < perHour; ++j)
                sum += column(trace.sample(first + h * perHour + j)).value_or(0.0);
            out.push_back(sum / static_cast<double>(perHour));
        }
        return out;
    };
    const std::vector<double> renewableShare =
        trace.hasRenewable() ? hourlyShare([](const IntensitySample& x) { return x.renewablePct; }) : std::vector<double>{};
    if (trace.step() == Hours{1}) {
        grid = trace.values(factors).subspan(first, n);
        if (trace.hasCarbonFree())
            for (std::size_t h = 0; h < n; ++h)
                cfeStorage.push_back(trace.sample(first + h).carbonFreePct.value_or(0.0));
    } else {
        // Steps fill an hour evenly (the loader refuses others): the hour's mean of each column.
        for (std::size_t h = 0; h < n; ++h) {
            const UtcTime t = period.begin + Hours{static_cast<long long>(h)};
            gridStorage.push_back(*trace.meanGPerKwh(factors, {t, t + Hours{1}}));
            if (trace.hasCarbonFree()) {
                // The carbon-free share of the hour, not of its first step (CFE was left out
                // for every trace finer than an hour).
                double sum = 0.0;
                for (std::size_t j = 0; j < perHour; ++j)
                    sum += trace.sample(first + h * perHour + j).carbonFreePct.value_or(0.0);
                cfeStorage.push_back(sum / static_cast<double>(perHour));
            }
        }
        grid = gridStorage;
    }
    cfe = cfeStorage;

    std::vector<double> facility(n);
    const CoolingParams cooling = site.coolingParams.value_or(defaultCoolingParams(site.cooling));
    const HeatReuseModel reuse(site.heatReuse, cooling);
    const bool heat = site.heatReuse.enabled() && in.physics.hasWeather();
    for (std::size_t h = 0; h < n; ++h) {
        const double it = in.itKwhPerHour[h];
        k.itKwh += it;
        facility[h] = it * pue[h];
        k.waterLitres += it * water[h];
        k.freeCoolingHours += free[h];
        if (heat && weatherKnown[h]) { // no known heat demand in hours without weather
            const HeatReuseHour r = reuse.hour(it, outdoor[h]);
            k.heatAvailableKwhTh += r.availableKwhTh;
            k.heatReusedKwhTh += r.reusedKwhTh;
            k.heatDeliveredKwhTh += r.deliveredKwhTh;
            k.heatPumpKwh += r.heatPumpKwh;
            k.heatSupplyDegreeKwh += r.deliveredKwhTh * r.supplyC;
        }
    }
    for (const double f : facility)
        k.facilityKwh += f;
    // ESRS E1-5: the energy split into fossil, nuclear and renewable sources, here by the grid's
    // hourly mix (carbon-free = renewable + nuclear in the traces); unknown where the trace lacks
    // either share.
    if (renewableShare.empty() || cfe.empty()) {
        k.gridMix.unknown = k.facilityKwh;
    } else {
        GridMixKwh& mix = k.gridMix;
        for (std::size_t h = 0; h < n; ++h) {
            const double ren = std::clamp(renewableShare[h], 0.0, 100.0);
            const double carbonFree = std::clamp(cfe[h], ren, 100.0);
            mix.renewable += facility[h] * ren / 100.0;
            mix.nuclear += facility[h] * (carbonFree - ren) / 100.0;
            mix.fossil += facility[h] * (100.0 - carbonFree) / 100.0;
        }
    }

    const Scope2Result s2 =
        scope2Hourly({facility, grid, cfe, period.begin}, site.instruments, in.residualMixGPerKwh);
    k.locationGrams = s2.locationGrams;
    k.marketGrams = s2.marketGrams;
    k.instrumentKwh = s2.instrumentKwh;
    k.renewableKwh = s2.renewableKwh;
    k.residualKwh = s2.residualKwh;
    k.residualBasis = s2.residualBasis;
    k.carbonFreeKwh = s2.carbonFreeKwh;
    k.claims = s2.claims;

    if (in.marginal && in.marginal->coverage().contains(period)) {
        // Each hour a PPA's generation displaces marginal generation, net of its own factor (a gas
        // PPA avoids little, or adds).
        double delivered = 0.0;      // kWh the hourly PPAs put on the grid each hour
        double deliveredGrams = 0.0; // and the grams their own generation emits
        for (const EnergyInstrument& ppa : site.instruments) {
            if (ppa.kind != InstrumentKind::PpaHourly)
                continue;
            delivered += ppa.capacityKw;
            deliveredGrams += ppa.capacityKw * ppa.gramsPerKwh;
        }
        double avoided = 0.0;
        for (std::size_t h = 0; h < n; ++h) {
            const UtcTime t = period.begin + Hours{static_cast<long long>(h)};
            avoided += delivered * in.marginal->meanGPerKwh(IntensitySignal::Lifecycle, {t, t + Hours{1}}).value_or(0.0)
                - deliveredGrams;
        }
        k.avoidedGrams = avoided;
    }
    return k;
}

double sciGramsPerUnit(double energyKwh, double gramsPerKwh, double embodiedGrams, double units)
{
    return units > 0 ? (energyKwh * gramsPerKwh + embodiedGrams) / units : 0.0;
}

} // namespace greenlight
