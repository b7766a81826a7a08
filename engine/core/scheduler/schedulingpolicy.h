// A scheduling policy: given a job and the planning context, choose where and when it runs,
// reserve the capacity, and say why. Policies are registered by name (policyregistry.h).
//
//   std::unique_ptr<SchedulingPolicy> p = makePolicy("spatiotemporal").value();
//   Placement placement = p->place(job, ctx);  // capacity is reserved when status is ok
#pragma once

#include "arrivalload.h"
#include "framework.h"

#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace greenlight {

class SchedulingPolicy {
public:
    SchedulingPolicy();
    virtual ~SchedulingPolicy() = default;
    virtual std::string name() const = 0;
    // True for the oracle: the simulator hands it the actual future instead of a forecast.
    virtual bool wantsPerfectForesight() const { return false; }
    // True when the policy may release not-yet-started plans of movable jobs to make room for a
    // pinned job that has nowhere else to go (the released jobs are planned again).
    virtual bool displacesMovableWork() const { return false; }
    // True when the policy may also pause interruptible work (running or not) at a site for a
    // job that would otherwise miss its deadline; the paused jobs resume there later, still by
    // their own deadlines.
    virtual bool pausesInterruptibleWork() const { return false; }
    GuestPausing guestPausing() const
    {
        return pausesInterruptibleWork() ? GuestPausing::ToMeetDeadlines : GuestPausing::Never;
    }
    virtual Placement place(const Job& job, PlanningContext& ctx) = 0;

    // Congestion pricing: besides its emissions, an option pays for how full it leaves the
    // site's hours, counting the share that work still to come is expected to claim:
    // weight × the job's expected grams at home × fullness². Like the capacity prices of the
    // Lagrangian bound, it keeps clean site-hours from being spent on deferrable work while
    // later arrivals with less slack still need them. Weight 0: by emissions alone.
    struct CongestionPricing {
        double weight = 0.0;
        const ArrivalLoad* arrivals = nullptr; // the load learned so far (nullptr: none)
    };
    virtual CongestionPricing congestionPricing() const { return {}; }

protected:
    // A scored (site, start) candidate for a contiguous run.
    struct Option {
        double score; // expected grams incl. data movement
        std::size_t site;
        UtcTime start;
        double run;
        double migration;
        std::size_t startIndex; // into the starts it was scored over
    };
    std::vector<Option> scoreOptions(const Job& job, const PlanningContext& ctx,
                                     const std::vector<std::size_t>& sites,
                                     const std::vector<UtcTime>& starts) const;
    // The same options, handed to `visit` one by one (site by site, then by start) instead of
    // collected: the planner's inner loop when it needs only the best one.
    template <typename Visit>
    void forEachOption(const Job& job, const PlanningContext& ctx,
                       const std::vector<std::size_t>& sites, const std::vector<UtcTime>& starts,
                       Visit&& visit) const;

    // Sites that pass every filter, in an order drawn by the job (rendezvous: never the fleet
    // file's, so that ties do not depend on it); `why` collects the refusals in words.
    std::vector<std::size_t> eligibleSites(const Job& job, const PlanningContext& ctx,
                                           std::vector<std::string>* why = nullptr) const;
    // Cheapest feasible contiguous plan over sites × starts; reserves it. When nothing fits
    // within the SLO, falls back to the earliest feasible start (a deadline miss).
    Placement placeCheapest(const Job& job, PlanningContext& ctx,
                            const std::vector<std::size_t>& sites,
                            const std::vector<UtcTime>& starts) const;
    // placeCheapest's search when the policy prices congestion (see CongestionPricing).
    Placement placeCheapestPriced(const Job& job, PlanningContext& ctx,
                                  const std::vector<std::size_t>& sites,
                                  const std::vector<UtcTime>& starts,
                                  const CongestionPricing& pricing,
                                  const std::vector<CapacityLedger::SlotSpan>& spans,
                                  const std::vector<int>& limit) const;
    // The earliest start at `site` no later than `latest` (starts at the submit time, then every
    // `step`), within the GPUs the job may use there.
    std::optional<UtcTime> earliestStart(const Job& job, const PlanningContext& ctx, std::size_t site,
                                         UtcTime latest, Seconds step = Hours{1}) const;
    // Earliest feasible contiguous start, trying sites in the given order; starts are the submit
    // time and then boundaries of `step` (an hour, or the ledger slot for "as soon as possible").
    Placement placeEarliest(const Job& job, PlanningContext& ctx,
                            const std::vector<std::size_t>& sites, Seconds step = Hours{1}) const;
    // An interruptible job at one site: the cheapest hours before its deadline, each paid
    // for with a checkpoint overhead per resume. Falls back to placeCheapest when it cannot.
    Placement placeInCheapestHours(const Job& job, PlanningContext& ctx, std::size_t site) const;
    // Make room for a pinned job by releasing movable plans that have not started; tries the
    // cheapest options first. Returns nothing (and changes nothing) when that does not help.
    std::optional<Placement> placeByDisplacing(const Job& job, PlanningContext& ctx,
                                               std::vector<Option> options) const;
    // Make room for a job by pausing interruptible work at the site (running or not):
    // it checkpoints when the job starts and resumes at the same site as soon as there
    // is room, paying its overhead, still by its deadline. Returns nothing (and changes
    // nothing) when that does not help. A guest may go past its guest share this way: the
    // share keeps room for the site's own work, and the work paused still meets its deadline.
    // (Keeping to the share here was measured: Philly-2023 37 misses instead of 30, 2022 12
    // instead of 7, emissions within 0.6 %.)
    std::optional<Placement> placeByPausing(const Job& job, PlanningContext& ctx,
                                            std::vector<Option> options) const;
    // The last resort before a miss: at the sites of the job's cheapest options, every
    // interruptible plan with work left is packed again by deadline (earliest first, pausing
    // and resuming as the free GPUs allow) around the job at its earliest start. Returns
    // nothing (and changes nothing) when some deadline would be missed even so.
    std::optional<Placement> placeByRepacking(const Job& job, PlanningContext& ctx,
                                              const std::vector<std::size_t>& sites,
                                              const std::vector<Option>& options) const;
    // The end of every cheapest-option search that found nothing fitting within the SLO:
    // displacing or pausing for a pinned job, pausing for any other job, and only then the
    // earliest start (a miss).
    // `scored` are the options when the caller has them (scored here when needed).
    Placement placeWhenNothingFits(const Job& job, PlanningContext& ctx,
                                   const std::vector<std::size_t>& sites,
                                   const std::vector<UtcTime>& starts,
                                   std::vector<Option> scored) const;
    // Reserve, permit, explain.
    Placement commit(const Job& job, PlanningContext& ctx, Plan plan, bool deadlineMissed) const;

private:
    std::vector<std::unique_ptr<FilterPlugin>> m_filters;
};

} // namespace greenlight
