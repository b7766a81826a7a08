#include "schedulingpolicy.h"

#include "core/workload/workload.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <iterator>
#include <limits>
#include <optional>
#include <utility>

namespace greenlight {
namespace {

std::string kg(double grams)
{
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%.1f kg", grams / 1000.0);
    return buffer;
}

std::string hoursText(Seconds s)
{
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%.1f h", static_cast<double>(s.count()) / 3600.0);
    return buffer;
}

// Why a pinned job had so little room: the jurisdictions it may run in and the sites there
// with data ("; pinned to CA: only tor1 may take it"). Empty for work that may go anywhere.
std::string pinnedScope(const Job& job, const PlanningContext& ctx)
{
    if (job.allowedJurisdictions.empty())
        return {};
    std::string jurisdictions;
    for (const std::string& j : job.allowedJurisdictions)
        jurisdictions += (jurisdictions.empty() ? "" : ", ") + j;
    std::vector<std::string> sites;
    for (std::size_t s = 0; s < ctx.fleet.sites().size(); ++s) {
        const Site& site = ctx.fleet.sites()[s];
        if (ctx.hasData(s) && job.allows(site.jurisdiction))
            sites.push_back(site.id);
    }
    std::string text = "; pinned to " + jurisdictions + ": ";
    if (sites.empty())
        return text + "no site there has intensity data";
    if (sites.size() == 1)
        return text + "only " + sites.front() + " may take it";
    constexpr std::size_t kNamed = 4; // more than this: a count
    if (sites.size() > kNamed)
        return text + std::to_string(sites.size()) + " sites may take it";
    for (std::size_t i = 0; i < sites.size(); ++i)
        text += (i == 0 ? "" : i + 1 == sites.size() ? " and " : ", ") + sites[i];
    return text + " may take it";
}

} // namespace

SchedulingPolicy::SchedulingPolicy() : m_filters(standardFilters()) {}

std::vector<std::size_t> SchedulingPolicy::eligibleSites(const Job& job, const PlanningContext& ctx,
                                                         std::vector<std::string>* why) const
{
    std::vector<std::size_t> sites;
    for (std::size_t s = 0; s < ctx.fleet.sites().size(); ++s) {
        bool ok = true;
        for (const auto& filter : m_filters) {
            const Status status = filter->filter(job, s, ctx);
            if (!status.isOk()) {
                ok = false;
                if (why)
                    why->push_back(status.toString());
                break;
            }
        }
        if (ok)
            sites.push_back(s);
    }
    // In an order drawn by the job, not the fleet file's: every tie downstream (equal scores,
    // equal earliest starts, at identical sites) went to the site listed first, so reversing the
    // file changed results (a fuzzer: 36 of 1,030 small instances, up to 41 %).
    std::vector<std::pair<std::uint64_t, std::size_t>> drawn;
    drawn.reserve(sites.size());
    for (const std::size_t s : sites)
        drawn.emplace_back(rendezvousHash(job.id, ctx.fleet.sites()[s].id), s);
    std::sort(drawn.begin(), drawn.end());
    for (std::size_t k = 0; k < drawn.size(); ++k)
        sites[k] = drawn[k].second;
    return sites;
}

Placement SchedulingPolicy::commit(const Job& job, PlanningContext& ctx, Plan plan,
                                   bool deadlineMissed) const
{
    Placement placement;
    placement.policy = name();
    const bool pinned = !job.allowedJurisdictions.empty();
    std::optional<CapacityLedger::PauseTerms> pause;
    if (job.interruptible) // paused work resumes where it is, so pinned work may pause too
        pause = CapacityLedger::PauseTerms{job.deadline(), job.checkpointOverhead, job.priority};
    if (!ctx.ledger.reserve(job.id, plan.site, plan.segments, job.gpus, pinned, pause)) {
        placement.status = Status(StatusCode::Aborted, "capacity changed before reservation", name());
        return placement;
    }
    placement.deadlineMissed = deadlineMissed;
    holdInBudget(job, plan, ctx); // first: the decision's own kg counts in the state it is judged by
    const ApprovalDecision approval = approvalFor(job, plan, ctx, name());
    placement.permit = approval.autoApprove ? PermitVerdict::AutoApproved : PermitVerdict::NeedsHuman;
    if (!approval.autoApprove)
        placement.permitReason = approval.reason;
    placement.budgetState = budgetStateFor(plan, ctx);
    const Site& home = ctx.fleet.sites()[job.homeSite];
    const Site& site = ctx.fleet.sites()[plan.site];
    std::string reason;
    if (plan.site != job.homeSite)
        reason += "moved " + home.id + " → " + site.id + " (" + home.zoneKey + " → " + site.zoneKey + ")";
    else
        reason += "stays at " + home.id;
    const Seconds delay = plan.start() - job.submit;
    if (delay > Seconds{0})
        reason += ", starts " + hoursText(delay) + " later";
    if (plan.segments.size() > 1)
        reason += ", runs in " + std::to_string(plan.segments.size()) + " parts in the cleanest hours";
    if (plan.expectationKnown)
        reason += "; expected " + kg(plan.score()) + " (" + ctx.outlook.name() + ")";
    else
        reason += "; no forecast (" + ctx.outlook.name() + ") covers its hours yet: emissions not foreseen";
    if (deadlineMissed) {
        reason += "; no capacity within the " + hoursText(job.maxDelay) + " SLO: deadline missed";
        if (plan.finish() > job.deadline())
            reason += " by " + hoursText(plan.finish() - job.deadline());
        reason += pinnedScope(job, ctx);
    }
    placement.reason = std::move(reason);
    placement.status = deadlineMissed
                           ? Status(StatusCode::Unavailable, "no capacity within the SLO", name())
                           : Status::ok();
    placement.plan = std::move(plan);
    return placement;
}

template <typename Visit>
void SchedulingPolicy::forEachOption(const Job& job, const PlanningContext& ctx,
                                     const std::vector<std::size_t>& sites,
                                     const std::vector<UtcTime>& starts, Visit&& visit) const
{
    // Moving data is charged at the home grid's expected intensity in the first hour of the run.
    std::vector<double> homeHour(starts.size(), 0.0);
    std::vector<std::optional<double>> integrals(starts.size());
    if (job.dataSizeGb > 0) {
        ctx.outlook.expectedIntegrals(job.homeSite, starts, Hours{1}, ctx.now, integrals);
        for (std::size_t i = 0; i < starts.size(); ++i)
            homeHour[i] = integrals[i].value_or(0.0);
    }
    for (const std::size_t site : sites) {
        const Site& s = ctx.fleet.sites()[site];
        const double powerKw = jobPowerKw(job, s); // × ∫ intensity × PUE(t): grams
        const double migrationPerUnit = site == job.homeSite ? 0.0 : s.migrationKwhPerGb * job.dataSizeGb;
        ctx.outlook.expectedFacilityIntegrals(site, starts, job.duration, ctx.now, integrals);
        for (std::size_t i = 0; i < starts.size(); ++i) {
            if (!integrals[i])
                continue;
            const double run = powerKw * *integrals[i];
            const double migration = migrationPerUnit * homeHour[i];
            visit(Option{run + migration, site, starts[i], run, migration, i});
        }
    }
}

std::vector<SchedulingPolicy::Option> SchedulingPolicy::scoreOptions(
    const Job& job, const PlanningContext& ctx, const std::vector<std::size_t>& sites,
    const std::vector<UtcTime>& starts) const
{
    std::vector<Option> options;
    options.reserve(sites.size() * starts.size());
    forEachOption(job, ctx, sites, starts, [&](const Option& o) { options.push_back(o); });
    return options;
}

Placement SchedulingPolicy::placeCheapest(const Job& job, PlanningContext& ctx,
                                          const std::vector<std::size_t>& sites,
                                          const std::vector<UtcTime>& starts) const
{
    std::vector<int> limit(ctx.fleet.sites().size(), 0);
    for (const std::size_t site : sites)
        limit[site] = ctx.gpuLimitFor(job, site, guestPausing());
    // Every site is tested over the same windows: find their ledger slots once.
    std::vector<CapacityLedger::SlotSpan> spans(starts.size());
    for (std::size_t i = 0; i < starts.size(); ++i)
        spans[i] = ctx.ledger.slotsOf({starts[i], starts[i] + job.duration});
    auto fits = [&](const Option& o) {
        return ctx.ledger.fits(o.site, spans[o.startIndex], job.gpus, limit[o.site]);
    };
    // Grams to the milligram: options closer than that are the same (a flat trace, or a forecast
    // that differs in its last bits), and the earliest start wins rather than rounding noise,
    // which deferred jobs by up to a day for nothing (and each deferral over 2 h needs a human).
    auto grams = [](double score) { return std::round(score * 1000.0); };
    auto cheaper = [&](const Option& a, const Option& b) {
        return grams(a.score) < grams(b.score) || (grams(a.score) == grams(b.score) && a.start < b.start);
    };
    if (const CongestionPricing pricing = congestionPricing(); pricing.weight > 0.0)
        return placeCheapestPriced(job, ctx, sites, starts, pricing, spans, limit);
    // Short runs: the first cheapest option that fits, in one pass as the options are scored.
    // Capacity is looked up only for options cheaper than the best one found so far, which is
    // what the minimum over the fitting options needs (ties keep the earlier option, as
    // std::min_element over them would).
    const bool shortRun = job.duration <= Hours{2};
    if (shortRun) {
        std::optional<Option> best;
        forEachOption(job, ctx, sites, starts, [&](const Option& o) {
            if ((!best || cheaper(o, *best)) && fits(o))
                best = o;
        });
        if (best)
            return commit(job, ctx, Plan{best->site, {{best->start, best->start + job.duration}}, best->run, best->migration}, false);
    }
    std::vector<Option> options;
    if (!shortRun)
        options = scoreOptions(job, ctx, sites, starts);
    std::vector<Option> all; // every option, for making room when nothing fits (else scored there)
    // Longer runs: the cheapest option usually fits. Only when it does not, sort the rest once
    // and walk them in order.
    if (!options.empty()) {
        const auto best = std::min_element(options.begin(), options.end(), cheaper);
        const TimeWindow run{best->start, best->start + job.duration};
        if (fits(*best))
            return commit(job, ctx, Plan{best->site, {run}, best->run, best->migration}, false);
        if (displacesMovableWork() || pausesInterruptibleWork())
            all = options; // before the cheapest is taken out below
        // A heap, not a sort: usually only a few more options are needed. It holds small keys
        // (same order, same ties) rather than whole options.
        std::iter_swap(best, options.end() - 1);
        options.pop_back();
        struct Key {
            double score;
            UtcTime start;
            std::size_t index;
        };
        std::vector<Key> heap;
        heap.reserve(options.size());
        for (std::size_t i = 0; i < options.size(); ++i)
            heap.push_back({grams(options[i].score), options[i].start, i});
        const auto dearer = [](const Key& a, const Key& b) {
            return b.score < a.score || (b.score == a.score && b.start < a.start);
        };
        std::make_heap(heap.begin(), heap.end(), dearer);
        while (!heap.empty()) {
            std::pop_heap(heap.begin(), heap.end(), dearer);
            const Option& o = options[heap.back().index];
            heap.pop_back();
            if (fits(o))
                return commit(job, ctx, Plan{o.site, {{o.start, o.start + job.duration}}, o.run, o.migration}, false);
        }
    }
    return placeWhenNothingFits(job, ctx, sites, starts, std::move(all));
}

Placement SchedulingPolicy::placeCheapestPriced(const Job& job, PlanningContext& ctx,
                                                const std::vector<std::size_t>& sites,
                                                const std::vector<UtcTime>& starts,
                                                const CongestionPricing& pricing,
                                                const std::vector<CapacityLedger::SlotSpan>& spans,
                                                const std::vector<int>& limit) const
{
    // The price is in the job's own expected emissions at home from now (its carbon-agnostic
    // cost), so that it weighs the same against a clean and a dirty grid.
    const UtcTime from = std::max(job.submit, ctx.now);
    const PlanCost atHome = expectedCost(job, job.homeSite, {{from, from + job.duration}}, ctx);
    // The share of the fleet that work arriving later is expected to hold at each start.
    std::vector<double> claimed(starts.size(), 0.0);
    if (pricing.arrivals) {
        int fleetGpus = 0;
        for (std::size_t s = 0; s < ctx.fleet.sites().size(); ++s)
            fleetGpus += ctx.hasData(s) ? ctx.ledger.capacity(s) : 0;
        if (fleetGpus > 0) {
            claimed = pricing.arrivals->expectedClaimGpus(ctx.now, starts);
            for (double& c : claimed)
                c /= fleetGpus;
        }
    }
    std::optional<Option> best;
    double bestPriced = 0.0;
    // The cleanest option that fits, and how full it was, for the reason when it lost.
    std::optional<Option> cleanest;
    double cleanestFull = 0.0;
    forEachOption(job, ctx, sites, starts, [&](const Option& o) {
        // The price is ≥ 0: an option whose emissions alone cost more than the best priced
        // one cannot win, and its capacity is never looked up.
        if (best && o.score >= bestPriced)
            return;
        const CapacityLedger::SlotSpan& span = spans[o.startIndex];
        if (!ctx.ledger.inHorizon(span))
            return;
        // Occupancy by the hour (one look per hour block); slot by slot only when the hours
        // look too full to fit.
        const int most = ctx.ledger.mostInUseFor(o.site, job.gpus, limit[o.site]);
        int inUse = ctx.ledger.blockPeak(o.site, span);
        if (inUse > most) {
            inUse = ctx.ledger.peak(o.site, span);
            if (inUse > most)
                return;
        }
        const double full =
            static_cast<double>(inUse + job.gpus) / ctx.ledger.capacity(o.site) + claimed[o.startIndex];
        const double reference = atHome.known ? atHome.runGrams : o.score;
        const double priced = o.score + pricing.weight * reference * full * full;
        if (!best || priced < bestPriced || (priced == bestPriced && o.start < best->start)) {
            best = o;
            bestPriced = priced;
        }
        if (!cleanest || o.score < cleanest->score) {
            cleanest = o;
            cleanestFull = full;
        }
    });
    if (best) {
        Placement placement = commit(job, ctx, Plan{best->site, {{best->start, best->start + job.duration}}, best->run, best->migration}, false);
        // Said only when the difference shows (a tenth of a kg, a percent of the plan).
        const double passedOverGrams = cleanest ? best->score - cleanest->score : 0.0;
        if (placement.status.isOk() && passedOverGrams >= 50.0 && passedOverGrams >= 0.01 * best->score) {
            placement.reason += "; " + ctx.fleet.sites()[cleanest->site].id + " from " +
                                formatIsoUtc(cleanest->start) + " would emit " +
                                kg(passedOverGrams) + " less, but would be " +
                                std::to_string(static_cast<int>(std::lround(100.0 * cleanestFull))) +
                                " % full then, counting this job and the work expected to arrive";
        }
        return placement;
    }
    return placeWhenNothingFits(job, ctx, sites, starts, {});
}

std::optional<UtcTime> SchedulingPolicy::earliestStart(const Job& job, const PlanningContext& ctx, std::size_t site,
                                                      UtcTime latest, Seconds step) const
{
    UtcTime first = job.submit;
    if (ctx.now > job.submit)
        first = std::chrono::ceil<Hours>(ctx.now); // planned again later: from the next hour
    // The starts tried: `first`, then every `step` boundary after it.
    auto nextStartFrom = [&](UtcTime t) { // the first start tried at or after t
        if (t <= first)
            return first;
        const Seconds sinceOrigin = t - ctx.ledger.origin();
        return ctx.ledger.origin() + step * ((sinceOrigin + step - Seconds{1}) / step);
    };
    const int most = ctx.ledger.mostInUseFor(site, job.gpus, ctx.gpuLimitFor(job, site, guestPausing()));
    return ctx.ledger.earliestFit(site, first, latest, job.duration, most, nextStartFrom);
}

Placement SchedulingPolicy::placeEarliest(const Job& job, PlanningContext& ctx,
                                          const std::vector<std::size_t>& sites, Seconds step) const
{
    // The earliest start that fits anywhere wins, the earlier site in `sites` on a tie. Each site
    // is searched on its own (the ledger does not change meanwhile, so this is the same answer
    // as trying each start at every site).
    std::optional<UtcTime> bestStart;
    std::size_t bestSite = 0;
    for (const std::size_t site : sites) {
        // Later sites win only with an earlier start.
        const UtcTime latest = bestStart ? *bestStart - Seconds{1} : ctx.ledger.end() - job.duration;
        if (const auto start = earliestStart(job, ctx, site, latest, step)) {
            bestStart = start;
            bestSite = site;
        }
    }
    if (bestStart) {
        const TimeWindow run{*bestStart, *bestStart + job.duration};
        const PlanCost cost = expectedCost(job, bestSite, {run}, ctx);
        return commit(job, ctx, Plan{bestSite, {run}, cost.runGrams, cost.migrationGrams, cost.known},
                      *bestStart > job.latestStart());
    }
    Placement placement;
    placement.policy = name();
    placement.status = Status(StatusCode::Unavailable,
                              "no site has " + std::to_string(job.gpus) +
                                  " free GPUs before the end of the planning horizon",
                              name());
    return placement;
}

Placement SchedulingPolicy::placeInCheapestHours(const Job& job, PlanningContext& ctx,
                                                 std::size_t site) const
{
    // Slots: the rest of the submit hour, then whole hours up to the deadline.
    struct Slot {
        TimeWindow window;
        double intensity;
    };
    std::vector<Slot> slots;
    for (UtcTime t = std::max(job.submit, ctx.now); t < job.deadline();) {
        const UtcTime next = std::min<UtcTime>(std::chrono::floor<Hours>(t) + Hours{1}, job.deadline());
        // Slots are ranked by what an IT kWh emits there: intensity × PUE(t).
        const auto integral = ctx.outlook.expectedFacilityIntegral(site, {t, next}, ctx.now);
        if (!integral)
            return placeCheapest(job, ctx, {site}, candidateStarts(job, ctx.now));
        const double hours = static_cast<double>((next - t).count()) / 3600.0;
        if (ctx.ledger.fits(site, TimeWindow{t, next}, job.gpus))
            slots.push_back({{t, next}, *integral / hours});
        t = next;
    }
    std::sort(slots.begin(), slots.end(),
              [](const Slot& a, const Slot& b) { return a.intensity < b.intensity; });
    // Add the cheapest slots until they cover the run plus one overhead per resume. The last
    // (dearest) slot is used only in part, attached to a neighbouring part when there is one so
    // that it does not cost another resume.
    // The chosen parts, sorted and joined where they touch, kept up to date as parts are added
    // (one insertion each, rather than sorting everything chosen for every slot looked at).
    std::vector<TimeWindow> merged;
    auto add = [&](TimeWindow w) {
        const auto it = std::lower_bound(merged.begin(), merged.end(), w.begin,
                                         [](const TimeWindow& a, UtcTime t) { return a.begin < t; });
        const bool joinLeft = it != merged.begin() && std::prev(it)->end == w.begin;
        const bool joinRight = it != merged.end() && it->begin == w.end;
        if (joinLeft && joinRight) {
            std::prev(it)->end = it->end;
            merged.erase(it);
        } else if (joinLeft) {
            std::prev(it)->end = w.end;
        } else if (joinRight) {
            it->begin = w.begin;
        } else {
            merged.insert(it, w);
        }
    };
    auto needFor = [&](std::size_t parts) {
        return job.duration + job.checkpointOverhead * static_cast<long long>(parts - 1);
    };
    Seconds have{0};
    // The part of `slot` that completes the run given the chosen parts, if it does.
    auto completion = [&](const Slot& slot) -> std::optional<TimeWindow> {
        const std::vector<TimeWindow>& before = merged;
        bool left = false;
        bool right = false;
        for (const TimeWindow& w : before) {
            left = left || w.end == slot.window.begin;
            right = right || w.begin == slot.window.end;
        }
        const std::size_t fullParts = before.size() + 1 - (left ? 1 : 0) - (right ? 1 : 0);
        const std::size_t partialParts = before.size() + ((left || right) ? 0 : 1);
        const Seconds length = slot.window.length();
        const Seconds partialNeed = needFor(std::max<std::size_t>(1, partialParts)) - have;
        if (partialNeed > Seconds{0} && partialNeed < length)
            return (left || !right) ? TimeWindow{slot.window.begin, slot.window.begin + partialNeed}
                                    : TimeWindow{slot.window.end - partialNeed, slot.window.end};
        if (have + length >= needFor(std::max<std::size_t>(1, fullParts)))
            return slot.window;
        return std::nullopt;
    };
    for (std::size_t i = 0; i < slots.size(); ++i) {
        if (!completion(slots[i])) {
            add(slots[i].window);
            have += slots[i].window.length();
            continue;
        }
        // This slot would finish the run; a later slot next to a chosen part may finish it
        // cheaper, because it costs no extra resume.
        std::optional<TimeWindow> best;
        double bestGrams = 0.0;
        for (std::size_t k = i; k < slots.size(); ++k) {
            const auto part = completion(slots[k]);
            if (!part)
                continue;
            const double grams = slots[k].intensity * static_cast<double>(part->length().count());
            if (!best || grams < bestGrams) {
                best = part;
                bestGrams = grams;
            }
        }
        add(*best);
        // A slot that joins two parts is taken whole and saves a resume, so the parts may now
        // cover more than the run needs (less than one overhead): cut that off the end.
        auto surplus = [&] {
            Seconds covered{0};
            for (const TimeWindow& w : merged)
                covered += w.length();
            return covered - needFor(merged.size());
        };
        for (Seconds extra = surplus(); extra > Seconds{0}; extra = surplus()) {
            if (merged.back().length() > extra) {
                merged.back().end -= extra;
                break;
            }
            merged.pop_back(); // a whole part is spare: one resume fewer as well
        }
        const PlanCost cost = expectedCost(job, site, merged, ctx);
        // Parts are worth their resumes only when they cost less than the cheapest contiguous
        // run that fits: on a flat grid the cheapest hours are any hours, and the parts only
        // added overheads and deferrals (41.7 kg instead of 41.4 for two jobs on a constant trace).
        const std::vector<UtcTime> starts = candidateStarts(job, ctx.now);
        const int limit = ctx.gpuLimitFor(job, site, guestPausing());
        std::optional<double> contiguous;
        for (const Option& o : scoreOptions(job, ctx, {site}, starts)) {
            if ((!contiguous || o.score < *contiguous) &&
                ctx.ledger.fits(site, ctx.ledger.slotsOf({o.start, o.start + job.duration}), job.gpus, limit))
                contiguous = o.score;
        }
        // To the milligram, as placeCheapest compares: closer is rounding noise.
        if (contiguous && std::round(cost.runGrams * 1000.0) >= std::round(*contiguous * 1000.0))
            return placeCheapest(job, ctx, {site}, starts);
        return commit(job, ctx, Plan{site, std::move(merged), cost.runGrams, cost.migrationGrams}, false);
    }
    return placeCheapest(job, ctx, {site}, candidateStarts(job, ctx.now));
}

} // namespace greenlight
