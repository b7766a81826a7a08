// SchedulingPolicy, when a job finds no room within its SLO: release plans of movable work that
// has not started (for pinned work), pause interruptible work with slack, re-pack the site's
// interruptible work by laxity (for pinned work; repacking.cpp), and only then take the earliest
// start and miss the deadline.
#include "schedulingpolicy.h"

#include "core/scheduler/freeslotpacking.h"

#include <algorithm>
#include <string>
#include <utility>

namespace greenlight {

Placement SchedulingPolicy::placeWhenNothingFits(const Job& job, PlanningContext& ctx,
                                                 const std::vector<std::size_t>& sites,
                                                 const std::vector<UtcTime>& starts,
                                                 std::vector<Option> scored) const
{
    auto options = [&]() -> std::vector<Option>& {
        if (scored.empty())
            scored = scoreOptions(job, ctx, sites, starts);
        return scored;
    };
    // A pinned job first takes back room from movable work that has not started.
    if (displacesMovableWork() && !job.allowedJurisdictions.empty()) {
        if (auto placement = placeByDisplacing(job, ctx, options()))
            return std::move(*placement);
    }
    // Interruptible work with slack left makes room rather than let this job miss.
    if (pausesInterruptibleWork()) {
        if (auto placement = placeByPausing(job, ctx, options()))
            return std::move(*placement);
    }
    // Pinned work that has nowhere else to go: the site's interruptible plans are packed again
    // around it. (Tried for any job, in an early version, on Philly with a fleet overloaded to
    // 96 %: 43k misses instead of 34k and twenty times as long; docs/scheduling.md.)
    if (pausesInterruptibleWork() && !job.allowedJurisdictions.empty()) {
        if (auto placement = placeByRepacking(job, ctx, sites, options()))
            return std::move(*placement);
    }
    // The earliest start anywhere, the home site winning a tie: no data to move (and with no
    // forecast at all, as at the very start of a trace, nothing else tells the sites apart).
    std::vector<std::size_t> homeFirst = sites;
    if (const auto home = std::find(homeFirst.begin(), homeFirst.end(), job.homeSite); home != homeFirst.end())
        std::rotate(homeFirst.begin(), home, home + 1);
    return placeEarliest(job, ctx, homeFirst);
}

std::optional<Placement> SchedulingPolicy::placeByDisplacing(const Job& job, PlanningContext& ctx,
                                                             std::vector<Option> options) const
{
    std::sort(options.begin(), options.end(),
              [](const Option& a, const Option& b) { return a.score < b.score; });
    constexpr std::size_t kMaxTries = 24;
    // Released work is planned again, elsewhere if it can be: a release that needs more plans
    // than this, or a site with no other site beside it to send them to, trades a deadline for
    // many. (Philly on the demo fleet releases one plan at a time nearly always, 71 at most; on
    // a fleet with one site that has data, up to 9,995 for one job, re-planned again and again.)
    constexpr std::size_t kMostReleased = 128;
    auto elsewhere = [&](std::size_t site) {
        for (std::size_t s = 0; s < ctx.fleet.sites().size(); ++s) {
            if (s != site && ctx.hasData(s))
                return true;
        }
        return false;
    };
    for (std::size_t i = 0; i < options.size() && i < kMaxTries; ++i) {
        const Option& o = options[i];
        if (!elsewhere(o.site))
            continue;
        const TimeWindow run{o.start, o.start + job.duration};
        std::vector<std::pair<std::string, CapacityLedger::Reservation>> released;
        for (const std::string& id : ctx.ledger.movableBefore(o.site, run, ctx.now)) {
            if (released.size() == kMostReleased)
                break;
            released.emplace_back(id, *ctx.ledger.reservation(id));
            ctx.ledger.unreserve(id); // the budget hold stays until the job is planned again
            if (ctx.ledger.fits(o.site, run, job.gpus))
                break;
        }
        if (ctx.ledger.fits(o.site, run, job.gpus)) {
            Placement placement = commit(job, ctx, Plan{o.site, {run}, o.run, o.migration}, false);
            for (const auto& entry : released)
                placement.displaced.push_back(entry.first);
            placement.reason += "; made room by re-planning " + std::to_string(released.size()) +
                                " movable job(s)";
            return placement;
        }
        for (const auto& [id, r] : released) // it did not help: put them back
            ctx.ledger.reserve(id, r.site, r.segments, r.gpus, r.pinned, r.pause);
    }
    return std::nullopt;
}

std::optional<Placement> SchedulingPolicy::placeByPausing(const Job& job, PlanningContext& ctx,
                                                          std::vector<Option> options) const
{
    std::sort(options.begin(), options.end(),
              [](const Option& a, const Option& b) { return a.score < b.score; });
    using Reservation = CapacityLedger::Reservation;
    struct Held {
        std::string id;
        Reservation before; // as it was
        std::vector<TimeWindow> head; // the parts before the pause
        Seconds rest{0};              // run time still owed after the pause, without overhead
    };
    // The cheapest few starts at every site, not the cheapest few anywhere: those may all lie at
    // one site with nothing to pause while another site has work with slack. (The eight
    // cheapest anywhere: Philly on a nine-site fleet in other zones missed 526 deadlines; three
    // per site, 8. On the demo fleet both within 0.5 t and 2 misses.)
    constexpr std::size_t kTriesPerSite = 3;
    std::vector<std::size_t> triedAt(ctx.fleet.sites().size(), 0);
    for (std::size_t i = 0; i < options.size(); ++i) {
        const Option& o = options[i];
        if (triedAt[o.site] >= kTriesPerSite)
            continue;
        ++triedAt[o.site];
        const TimeWindow run{o.start, o.start + job.duration};
        std::vector<Held> held;
        // Release every new part first: a resumed part may sit where another job ran before.
        auto putBack = [&] {
            for (const Held& h : held)
                ctx.ledger.unreserve(h.id);
            for (const Held& h : held)
                ctx.ledger.reserve(h.id, h.before.site, h.before.segments, h.before.gpus,
                                   h.before.pinned, h.before.pause);
        };
        for (const std::string& id : ctx.ledger.pausableIn(o.site, run, job.priority)) {
            Held h{id, *ctx.ledger.reservation(id), {}, Seconds{0}};
            for (std::size_t k = 0; k < h.before.segments.size(); ++k) {
                const TimeWindow& w = h.before.segments[k];
                if (w.begin < run.begin)
                    h.head.push_back({w.begin, std::min(w.end, run.begin)});
                if (w.end > run.begin)
                    h.rest += w.end - std::max(w.begin, run.begin);
                if (w.begin >= run.begin && k > 0)
                    h.rest -= h.before.pause->overhead; // a resume planned there: paid where it resumes
            }
            ctx.ledger.unreserve(id);
            if (!h.head.empty())
                ctx.ledger.reserve(id, h.before.site, h.head, h.before.gpus, h.before.pinned, h.before.pause);
            held.push_back(std::move(h));
            if (ctx.ledger.fits(o.site, run, job.gpus))
                break;
        }
        if (held.empty())
            continue;
        // Hold the run while the paused jobs find where to resume around it.
        if (!ctx.ledger.reserve(job.id, o.site, {run}, job.gpus, true)) {
            putBack();
            continue;
        }
        // Work paused before a later pause freed enough keeps its plan after all (rather than
        // resume at once and pay a checkpoint for nothing).
        for (auto h = held.begin(); h != held.end();) {
            ctx.ledger.unreserve(h->id);
            if (ctx.ledger.reserve(h->id, h->before.site, h->before.segments, h->before.gpus,
                                   h->before.pinned, h->before.pause)) {
                h = held.erase(h);
                continue;
            }
            if (!h->head.empty())
                ctx.ledger.reserve(h->id, h->before.site, h->head, h->before.gpus, h->before.pinned, h->before.pause);
            ++h;
        }
        bool resumed = true;
        std::vector<Placement::Paused> paused;
        for (const Held& h : held) {
            // A rest that starts where the head ends carries on: no resume, no overhead.
            const std::optional<UtcTime> ranUntil =
                h.head.empty() ? std::nullopt : std::optional<UtcTime>(h.head.back().end);
            const Seconds need = h.rest + (ranUntil ? h.before.pause->overhead : Seconds{0});
            // The first start, slot by slot from the run's, where the rest fits.
            const Seconds slot = ctx.ledger.slot();
            auto nextStart = [&](UtcTime t) { return run.begin + slot * ((t - run.begin + slot - Seconds{1}) / slot); };
            const int most = ctx.ledger.mostInUseFor(o.site, h.before.gpus);
            std::optional<std::vector<TimeWindow>> tail;
            if (const auto t = ctx.ledger.earliestFit(o.site, run.begin, h.before.pause->deadline - need, need,
                                                      most, nextStart))
                tail = std::vector<TimeWindow>{{*t, *t + (*t == ranUntil ? h.rest : need)}};
            else // in parts around the work planned after it
                tail = earliestParts(ctx.ledger, o.site, run.begin, h.before.pause->deadline, h.rest, most,
                                     h.before.pause->overhead, ranUntil);
            if (!tail) {
                resumed = false;
                break;
            }
            std::vector<TimeWindow> segments = joinedParts(h.head, *tail);
            ctx.ledger.unreserve(h.id);
            ctx.ledger.reserve(h.id, h.before.site, segments, h.before.gpus, h.before.pinned, h.before.pause);
            paused.push_back({h.id, std::move(segments), h.before.segments});
        }
        ctx.ledger.unreserve(job.id);
        if (!resumed) {
            putBack();
            continue;
        }
        Placement placement = commit(job, ctx, Plan{o.site, {run}, o.run, o.migration}, false);
        if (!placement.status.isOk()) {
            putBack();
            continue;
        }
        placement.paused = std::move(paused);
        if (placement.paused.empty()) // it fitted the site, not the guest share
            placement.reason += "; over the guest share at " + ctx.fleet.sites()[o.site].id +
                                " rather than miss its deadline";
        else
            placement.reason += "; made room by pausing " + std::to_string(placement.paused.size()) +
                                " interruptible job(s) at " + ctx.fleet.sites()[o.site].id;
        return placement;
    }
    return std::nullopt;
}

} // namespace greenlight
