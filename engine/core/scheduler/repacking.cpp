// SchedulingPolicy::placeByRepacking: the last resort for pinned work before a deadline is
// missed. Pausing (makingroom.cpp) moves one job's rest at a time and gives up when that rest
// finds no room; at a site booked with long interruptible runs, several of them have to give a
// little each. Here every interruptible plan at the site with work left is packed again, least
// laxity first, around the job.
#include "schedulingpolicy.h"

#include "core/scheduler/freeslotpacking.h"

#include <algorithm>
#include <limits>
#include <string>
#include <utility>

namespace greenlight {
namespace {

// A repack may leave no job with less time to spare than this, unless it had less already:
// work left with none could not be paused for the work arriving next, and the next miss would
// only have moved. (Philly 2022 on a nine-site fleet in other zones: with 2 h, a repack at the
// one New Zealand site let 29 short pinned jobs after it miss; with 4 h and 8 h, none.)
constexpr Seconds kSlackKept = Hours{4};
// The sites tried (those of the job's cheapest options), and the job's starts tried at each
// when it runs in one piece.
constexpr std::size_t kSitesTried = 3;
constexpr int kStartsTried = 6;
// A site with more interruptible plans than this still to run is overloaded: re-packing all of
// them for one job would take seconds (the packing is slot by slot over weeks) and rarely keeps
// every deadline. (Philly on the demo fleet re-packs at most 34; on a fleet overloaded to 96 %,
// up to 197; with one site for all the work, 700 on average and 3 minutes a run.)
constexpr std::size_t kMostRepacked = 128;

// A plan split at `cut`: the parts before stay, the work after is packed again.
struct Held {
    std::string id;
    CapacityLedger::Reservation before;
    std::vector<TimeWindow> head;
};

} // namespace

std::optional<Placement> SchedulingPolicy::placeByRepacking(const Job& job, PlanningContext& ctx,
                                                            const std::vector<std::size_t>& sites,
                                                            const std::vector<Option>& options) const
{
    std::vector<std::pair<double, std::size_t>> cheapest;
    for (const std::size_t site : sites) {
        double least = std::numeric_limits<double>::infinity();
        for (const Option& o : options)
            least = o.site == site ? std::min(least, o.score) : least;
        cheapest.emplace_back(least, site);
    }
    // Equal scores keep the order of `sites` (drawn by the job), never the sites' indices in the
    // fleet file (a tie between two sites in one zone went to the one listed first).
    std::stable_sort(cheapest.begin(), cheapest.end(),
                     [](const auto& a, const auto& b) { return a.first < b.first; });
    // A job whose run is shorter than that floor may still take what its run costs another
    // (the slots it touches and a resume) from one already below it: otherwise one long job left
    // with little slack keeps every short one waiting. (Philly-2023: 18 → 8 misses, eight 1-GPU
    // jobs at syd1 behind a 32-GPU one; 2021 11 → 5; the other runs unchanged.)
    auto shortRunCost = [&](const CapacityLedger::Reservation& r) {
        if (job.duration >= kSlackKept)
            return Seconds{0};
        const Seconds slot = ctx.ledger.slot();
        return slot * ((job.duration + 2 * slot - Seconds{1}) / slot) + r.pause->overhead;
    };
    const UtcTime from = std::max(job.submit, ctx.now);
    // Plans are cut at the first slot boundary from then: what runs before it stays.
    const UtcTime cut = ctx.ledger.slotStart(ctx.ledger.slotIndex(from - Seconds{1}) + 1);
    for (std::size_t c = 0; c < cheapest.size() && c < kSitesTried; ++c) {
        const std::size_t site = cheapest[c].second;
        const std::vector<std::string> pausable = ctx.ledger.pausableIn(site, {cut, ctx.ledger.end()}, job.priority);
        if (pausable.size() > kMostRepacked)
            continue;
        std::vector<Held> held;
        std::vector<PackItem> items;
        for (const std::string& id : pausable) {
            Held h{id, *ctx.ledger.reservation(id), {}};
            for (const TimeWindow& w : h.before.segments) {
                if (w.begin < cut)
                    h.head.push_back({w.begin, std::min(w.end, cut)});
            }
            items.push_back(packItemFrom(id, h.before, cut));
            held.push_back(std::move(h));
        }
        if (held.empty())
            continue;
        for (const Held& h : held) {
            ctx.ledger.unreserve(h.id);
            if (!h.head.empty())
                ctx.ledger.reserve(h.id, site, h.head, h.before.gpus, h.before.pinned, h.before.pause);
        }
        auto putBack = [&] {
            for (const Held& h : held)
                ctx.ledger.unreserve(h.id);
            for (const Held& h : held)
                ctx.ledger.reserve(h.id, site, h.before.segments, h.before.gpus, h.before.pinned, h.before.pause);
        };
        std::optional<std::vector<std::vector<TimeWindow>>> packed;
        std::vector<TimeWindow> jobParts;
        if (job.interruptible) { // it may pause and resume too: packed with the rest
            PackItem self;
            self.id = job.id;
            self.gpus = job.gpus;
            self.work = job.duration;
            self.deadline = job.deadline();
            self.overhead = job.checkpointOverhead;
            self.release = from;
            items.push_back(self);
            packed = packByLaxity(ctx.ledger, site, cut, items);
            items.pop_back();
            if (packed) {
                jobParts = std::move(packed->back());
                packed->pop_back();
            }
        }
        // Otherwise it runs in one piece, at its earliest start or one of the next few, and the
        // rest is packed around it.
        const Seconds slot = ctx.ledger.slot();
        auto nextStart = [&](UtcTime t) { return from + slot * ((t - from + slot - Seconds{1}) / slot); };
        const int most = ctx.ledger.mostInUseFor(site, job.gpus, ctx.gpuLimitFor(job, site, guestPausing()));
        std::optional<UtcTime> start;
        for (int tries = 0; tries < kStartsTried && !packed; ++tries) {
            start = ctx.ledger.earliestFit(site, start ? *start + Hours{1} : from, job.latestStart(),
                                           job.duration, most, nextStart);
            if (!start || !ctx.ledger.reserve(job.id, site, {{*start, *start + job.duration}}, job.gpus))
                break;
            packed = packByLaxity(ctx.ledger, site, cut, items);
            ctx.ledger.unreserve(job.id);
            if (packed)
                jobParts = {{*start, *start + job.duration}};
        }
        for (std::size_t i = 0; packed && i < held.size(); ++i) {
            const std::vector<TimeWindow>& parts = (*packed)[i];
            if (parts.empty())
                continue;
            const UtcTime deadline = held[i].before.pause->deadline;
            const Seconds had = deadline - held[i].before.segments.back().end;
            if (deadline - parts.back().end < std::min(had, kSlackKept) - shortRunCost(held[i].before))
                packed.reset();
        }
        if (!packed) {
            putBack();
            continue;
        }
        // The packing kept to the free GPUs, so every plan fits; should one not (or a job have
        // no parts at all), nothing is changed rather than a plan dropped.
        std::vector<Placement::Paused> moved;
        bool kept = true;
        for (std::size_t i = 0; i < held.size() && kept; ++i) {
            std::vector<TimeWindow> segments = joinedParts(held[i].head, (*packed)[i]);
            ctx.ledger.unreserve(held[i].id);
            kept = !segments.empty() && ctx.ledger.reserve(held[i].id, site, segments, held[i].before.gpus,
                                                           held[i].before.pinned, held[i].before.pause);
            if (kept && segments != held[i].before.segments)
                moved.push_back({held[i].id, std::move(segments), held[i].before.segments});
        }
        Placement placement;
        if (kept && !jobParts.empty()) {
            const PlanCost cost = expectedCost(job, site, jobParts, ctx);
            placement = commit(job, ctx, Plan{site, jobParts, cost.runGrams, cost.migrationGrams}, false);
        }
        if (!kept || !placement.status.isOk() || placement.plan.segments.empty()) {
            putBack();
            continue;
        }
        placement.paused = std::move(moved);
        placement.reason += "; made room by re-packing " + std::to_string(placement.paused.size()) +
                            " interruptible job(s) at " + ctx.fleet.sites()[site].id +
                            ", each still by its deadline";
        return placement;
    }
    return std::nullopt;
}

} // namespace greenlight
