#include "simulator.h"

#include "core/scheduler/capacityledger.h"
#include "core/scheduler/framework.h"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <map>
#include <memory>
#include <unordered_map>

namespace greenlight {

SimulationSetup makeSetup(const Fleet& fleet, const TraceLibrary& traces, const std::vector<Job>& jobs)
{
    SimulationSetup setup;
    if (jobs.empty())
        return setup;
    UtcTime first = jobs.front().submit;
    UtcTime lastSubmit = first;
    UtcTime lastFinish = first;
    UtcTime lastStart = first;
    for (const Job& job : jobs) {
        first = std::min(first, job.submit);
        lastSubmit = std::max(lastSubmit, job.submit);
        lastStart = std::max(lastStart, job.latestStart());
        lastFinish = std::max(lastFinish, job.deadline());
    }
    const TimeWindow needed = hoursNeedingData(jobs);
    setup.submitPeriod = {first, lastSubmit};
    setup.origin = std::chrono::floor<Hours>(first);
    int gpusWithData = 0;
    for (const Site& site : fleet.sites()) {
        const IntensitySeries* series = traces.find(site.zoneKey);
        // Hours after the submits are read wrapPeriod() earlier; a trace under a week cannot
        // be wrapped, so it must cover every latest start as well.
        const bool covered = series && series->coverage().contains(needed) &&
                             (wrapPeriod(series->coverage()) > Seconds{0} ||
                              series->coverage().contains(TimeWindow{needed.begin, lastStart + Hours{1}}));
        setup.siteHasData.push_back(covered);
        if (covered)
            gpusWithData += site.totalGpus();
        else
            setup.excludedSites.push_back(
                site.id + ": " + site.zoneKey + " has no intensity data for " + formatIsoUtc(needed.begin) +
                " .. " + formatIsoUtc(needed.end));
    }
    // Room for jobs that miss their SLO and start late: two more weeks, and on a fleet the
    // workload overloads, twice the time its backlog needs to drain (a job that finds no room
    // before the ledger ends is left unplaced, and its emissions go uncounted).
    const UtcTime drained = fluidMakespan(jobs, gpusWithData);
    const Seconds overrun = std::max(Seconds{0}, drained - lastFinish);
    const UtcTime end = std::chrono::ceil<Hours>(lastFinish) + Days{14} + 2 * overrun;
    setup.hours = static_cast<std::size_t>(std::chrono::ceil<Hours>(end - setup.origin).count());
    return setup;
}

TimeWindow hoursNeedingData(const std::vector<Job>& jobs)
{
    if (jobs.empty())
        return {};
    UtcTime first = jobs.front().submit;
    UtcTime last = first;
    for (const Job& job : jobs) {
        first = std::min(first, job.submit);
        last = std::max(last, job.submit);
    }
    return {std::chrono::floor<Hours>(first), std::chrono::floor<Hours>(last) + Hours{1}};
}

UtcTime fluidMakespan(const std::vector<Job>& jobs, int gpus)
{
    if (jobs.empty() || gpus <= 0)
        return jobs.empty() ? UtcTime{} : jobs.back().submit;
    std::vector<const Job*> bySubmit;
    bySubmit.reserve(jobs.size());
    for (const Job& job : jobs)
        bySubmit.push_back(&job);
    std::stable_sort(bySubmit.begin(), bySubmit.end(),
                     [](const Job* a, const Job* b) { return a->submit < b->submit; });
    const double capacity = static_cast<double>(gpus); // GPU-seconds per second
    double backlog = 0.0;                               // GPU-seconds of work not yet done
    UtcTime clock = bySubmit.front()->submit;
    UtcTime done = clock;
    for (const Job* job : bySubmit) {
        const double elapsed = static_cast<double>((job->submit - clock).count());
        backlog = std::max(0.0, backlog - capacity * elapsed);
        backlog += static_cast<double>(job->gpus) * static_cast<double>(job->duration.count());
        clock = job->submit;
        const auto drain = Seconds{static_cast<long long>(std::ceil(backlog / capacity))};
        done = std::max(done, clock + std::max(drain, job->duration));
    }
    return done;
}

namespace {

SimulationRecord recordFor(const Job& job, const Placement& placement, const Fleet& fleet,
                           const std::vector<const IntensitySeries*>& series,
                           const FacilityIntensity& facility)
{
    SimulationRecord record;
    record.jobId = job.id;
    record.homeSite = job.homeSite;
    record.gpus = job.gpus;
    record.submit = job.submit;
    record.reason = placement.reason;
    if (placement.plan.segments.empty()) {
        // No room before the ledger ends, which is past the job's deadline: a miss.
        record.reason = placement.status.toString();
        record.deadlineMissed = true;
        return record;
    }
    const Plan& plan = placement.plan;
    const Site& site = fleet.sites()[plan.site];
    record.placed = true;
    record.site = plan.site;
    record.start = plan.start();
    record.finish = plan.finish();
    record.parts = plan.segments.size();
    record.segments = plan.segments;
    record.deadlineMissed = placement.deadlineMissed;
    record.needsApproval = placement.permit == PermitVerdict::NeedsHuman;
    record.budgetState = placement.budgetState;
    record.expectedKg = plan.score() / 1000.0;
    double hours = 0.0;
    double pueHours = 0.0;
    double integral = 0.0; // ∫ intensity × PUE(t)
    for (const TimeWindow& w : plan.segments) {
        hours += static_cast<double>(w.length().count()) / 3600.0;
        pueHours += facility.pueHours(plan.site, w);
        integral += actualIntegralWrapped(facility.series(plan.site), w).value_or(0.0);
    }
    const double powerKw = jobPowerKw(job, site);
    record.itEnergyKwh = powerKw * hours;
    record.facilityEnergyKwh = powerKw * pueHours;
    double grams = powerKw * integral;
    if (plan.site != job.homeSite && job.dataSizeGb > 0) {
        const double homeIntensity =
            actualIntegralWrapped(series[job.homeSite], {record.start, record.start + Hours{1}}).value_or(0.0);
        const double migrationGrams = site.migrationKwhPerGb * job.dataSizeGb * homeIntensity;
        record.migrationKg = migrationGrams / 1000.0;
        grams += migrationGrams;
    }
    record.emissionsKg = grams / 1000.0;
    return record;
}

// Wraps a trace reading wrapPeriod() away, as actualIntegralWrapped does.
std::optional<IntensitySample> sampleWrapped(const IntensitySeries& series, UtcTime t)
{
    const TimeWindow cover = series.coverage();
    const Seconds kYear = wrapPeriod(cover);
    if (kYear > Seconds{0}) {
        while (t >= cover.end)
            t -= kYear;
        while (t < cover.begin)
            t += kYear;
    }
    return series.sampleAt(t);
}

// The hour-by-hour inventory of the run per site: IT energy from the records' segments, the
// grid's hourly intensity (and carbon-free share) over the ledger, the site's physics.
void accountSites(SimulationRun& run, const Fleet& fleet,
                  const std::vector<const IntensitySeries*>& series,
                  const FacilityIntensity& facility, const std::vector<Job>& jobs,
                  const SimulationSetup& setup, TimeWindow ledger)
{
    // The inventory's period is the hours the work ran, first start to last finish, not the
    // ledger's horizon (which adds the SLOs and room for a backlog): annual certificates and PPAs
    // count a share of their volume by the period's share of the year, and the horizon claimed
    // 60 times too much for a short run.
    std::optional<UtcTime> firstStart;
    std::optional<UtcTime> lastFinish;
    for (const SimulationRecord& record : run.records) {
        if (!record.placed || record.segments.empty())
            continue;
        firstStart = firstStart ? std::min(*firstStart, record.segments.front().begin) : record.segments.front().begin;
        lastFinish = lastFinish ? std::max(*lastFinish, record.segments.back().end) : record.segments.back().end;
    }
    if (!firstStart || ledger.end <= ledger.begin)
        return;
    const TimeWindow period{std::max<UtcTime>(ledger.begin, std::chrono::floor<Hours>(*firstStart)),
                            std::min<UtcTime>(ledger.end, std::chrono::ceil<Hours>(*lastFinish))};
    if (period.end <= period.begin)
        return;
    const auto hours = static_cast<std::size_t>((period.end - period.begin) / Hours{1});
    std::vector<std::vector<double>> itKwh(fleet.sites().size(), std::vector<double>(hours, 0.0));
    std::size_t placed = 0;
    for (std::size_t i = 0; i < run.records.size(); ++i) {
        const SimulationRecord& record = run.records[i];
        if (!record.placed)
            continue;
        ++placed;
        const double powerKw = jobPowerKw(jobs[i], fleet.sites()[record.site]);
        for (const TimeWindow& w : record.segments) {
            for (UtcTime t = std::max(w.begin, period.begin); t < std::min(w.end, period.end);) {
                const UtcTime next = std::min<UtcTime>(std::chrono::floor<Hours>(t) + Hours{1}, w.end);
                const auto h = static_cast<std::size_t>((std::chrono::floor<Hours>(t) - period.begin) / Hours{1});
                itKwh[record.site][h] += powerKw * static_cast<double>((next - t).count()) / 3600.0;
                t = next;
            }
        }
    }
    run.fleetKpis = SiteKpis{};
    run.fleetKpis.siteId = "fleet";
    for (std::size_t s = 0; s < fleet.sites().size(); ++s) {
        if (!series[s] || !setup.siteHasData[s])
            continue;
        IntensitySeries::Columns columns;
        for (std::size_t h = 0; h < hours; ++h) {
            const UtcTime t = period.begin + Hours{static_cast<long long>(h)};
            columns.lifecycleGPerKwh.push_back(actualIntegralWrapped(series[s], {t, t + Hours{1}}).value_or(0.0));
            if (series[s]->hasDirect()) // Scope 2 counts generation only (see computeSiteKpis)
                columns.directGPerKwh.push_back(
                    actualIntegralWrapped(series[s], {t, t + Hours{1}}, IntensitySignal::Direct).value_or(0.0));
            // The hour's mean of a share over its steps, not its first step's share.
            auto hourMean = [&](auto share) {
                double sum = 0.0;
                long long steps = 0;
                for (UtcTime at = t; at < t + Hours{1}; at += series[s]->step(), ++steps) {
                    const auto sample = sampleWrapped(*series[s], at);
                    sum += sample ? share(*sample).value_or(0.0) : 0.0;
                }
                return steps > 0 ? sum / static_cast<double>(steps) : 0.0;
            };
            if (series[s]->hasCarbonFree())
                columns.carbonFreePct.push_back(hourMean([](const IntensitySample& x) { return x.carbonFreePct; }));
            if (series[s]->hasRenewable())
                columns.renewablePct.push_back(hourMean([](const IntensitySample& x) { return x.renewablePct; }));
        }
        const IntensitySeries grid =
            IntensitySeries::create(series[s]->zoneKey(), period.begin, Hours{1}, std::move(columns)).value();
        const Site& site = fleet.sites()[s];
        const SitePhysics physics = facility.physics(s)
                                        ? facility.physics(s)->resampled(period)
                                        : SitePhysics::compute(site, nullptr, period);
        Result<SiteKpis> k = computeSiteKpis(
            {site, physics, grid, itKwh[s], fleet.residualMixFor(site.zoneKey)}, period);
        if (!k.ok())
            continue;
        run.fleetKpis.add(k.value());
        run.siteKpis.push_back(std::move(k).value());
    }
    run.fleetKpis.pueBasis = "sum of sites";
    run.sciGramsPerJob = placed ? run.fleetKpis.locationGrams / static_cast<double>(placed) : 0.0;
}

} // namespace

std::vector<const IntensitySeries*> gridSeries(const Fleet& fleet, const TraceLibrary& traces)
{
    std::vector<const IntensitySeries*> series;
    for (const Site& site : fleet.sites())
        series.push_back(traces.find(site.zoneKey));
    return series;
}

std::shared_ptr<const FacilityIntensity> runFacility(const Fleet& fleet, const TraceLibrary& traces,
                                                     const SimulationSetup& setup)
{
    return setup.facility ? setup.facility : std::make_shared<const FacilityIntensity>(fleet, traces);
}

SimulationRun simulate(const Fleet& fleet, const TraceLibrary& traces, const std::vector<Job>& jobs,
                       SchedulingPolicy& policy, const IntensityOutlook& outlook,
                       const SimulationSetup& setup)
{
    const auto started = std::chrono::steady_clock::now();
    SimulationRun run;
    run.policy = policy.name();
    run.outlook = outlook.name();
    CapacityLedger ledger(fleet, setup.origin, setup.hours);
    PlanningContext ctx{fleet, outlook, ledger, setup.approval, setup.siteHasData, {}};
    ctx.guestShareLimit = setup.guestShareLimit;
    std::optional<CarbonBudget> budget;
    if (setup.budget) {
        budget.emplace(*setup.budget);
        ctx.budget = &*budget;
    }
    const std::vector<const IntensitySeries*> series = gridSeries(fleet, traces);
    const std::shared_ptr<const FacilityIntensity> facility = runFacility(fleet, traces, setup);
    std::unordered_map<std::string, std::size_t> indexOf;
    indexOf.reserve(jobs.size());
    for (std::size_t i = 0; i < jobs.size(); ++i)
        indexOf.emplace(jobs[i].id, i);

    run.records.reserve(jobs.size());
    // Holds are settled with the actual emissions once a job has finished (as seen at `now`).
    std::multimap<UtcTime, std::size_t> toSettle;
    auto settleUpTo = [&](UtcTime now) {
        while (budget && !toSettle.empty() && toSettle.begin()->first <= now) {
            const std::size_t i = toSettle.begin()->second;
            toSettle.erase(toSettle.begin());
            if (run.records[i].placed && run.records[i].finish <= now)
                budget->settle(jobs[i].id, run.records[i].emissionsKg);
        }
    };
    // The record of job i as `placement` leaves it; with a budget, its hold is settled once the
    // job has finished.
    auto book = [&](std::size_t i, const Placement& placement) {
        run.records[i] = recordFor(jobs[i], placement, fleet, series, *facility);
        if (budget && run.records[i].placed)
            toSettle.emplace(run.records[i].finish, i);
    };
    // A job moved to make room for others gets a note in its record each time; on a crowded site
    // that can be dozens, so the record keeps the first few and then counts the rest, naming the
    // last (the plan it now has).
    constexpr std::size_t kNotesKept = 3;
    std::vector<std::size_t> notesOf(jobs.size(), 0);
    std::vector<std::size_t> summaryAt(jobs.size(), std::string::npos);
    auto addNote = [&](std::size_t i, const std::string& note) {
        std::string& reason = run.records[i].reason;
        if (notesOf[i] < kNotesKept) {
            reason += note;
        } else {
            if (summaryAt[i] == std::string::npos)
                summaryAt[i] = reason.size();
            reason.resize(summaryAt[i]);
            const std::size_t more = notesOf[i] - kNotesKept + 1;
            // The note without its brackets: " (paused at …)" → "paused at …".
            const bool bracketed = note.size() > 3 && note.starts_with(" (") && note.ends_with(")");
            const std::string last = bracketed ? note.substr(2, note.size() - 3) : note;
            reason += " (and " + std::to_string(more) + " more time" + (more == 1 ? "" : "s") +
                      " since, the last " + last + ")";
        }
        ++notesOf[i];
    };
    // A job that finds no room before the ledger ends gets more ledger rather than being left
    // out, while some site could ever take it: makeSetup sizes the horizon for a backlog that
    // drains like a fluid, and on a small fleet work that needs a whole site waits for it to
    // empty (a 1-GPU job was lost on an idle site). A failed placement changed nothing, so it
    // is simply asked again.
    // "Could ever": the policies' own filters pass it, and its GPUs fit the site's limit for it.
    const std::vector<std::unique_ptr<FilterPlugin>> filters = standardFilters();
    auto someSiteCouldTake = [&](const Job& job) {
        for (std::size_t site = 0; site < fleet.sites().size(); ++site) {
            const bool passes = std::all_of(filters.begin(), filters.end(), [&](const auto& filter) {
                return filter->filter(job, site, ctx).isOk();
            });
            if (passes && ctx.gpuLimitFor(job, site) >= job.gpus)
                return true;
        }
        return false;
    };
    constexpr Seconds kLongestLedger = Days{3660};
    auto placeWithRoom = [&](const Job& job) {
        Placement placement = policy.place(job, ctx);
        while (placement.plan.segments.empty() && placement.displaced.empty() && placement.paused.empty()
               && placement.status.code() == StatusCode::Unavailable
               && ledger.end() - ledger.origin() < kLongestLedger && someSiteCouldTake(job)) {
            ledger.extend(static_cast<std::size_t>(std::chrono::ceil<Hours>(ledger.end() - ledger.origin()).count()));
            placement = policy.place(job, ctx);
        }
        return placement;
    };
    // What a placement did to other jobs' plans: jobs whose plans made room for pinned work are
    // planned again, now (and may pause work in turn); jobs paused to make room keep their site
    // and get new parts, already reserved. Re-planned jobs are movable, so they displace no one:
    // this ends.
    std::function<void(const Job&, const Placement&)> applyKnockOns = [&](const Job& cause,
                                                                          const Placement& placement) {
        for (const std::string& id : placement.displaced) {
            const std::size_t i = indexOf.at(id);
            const Placement again = placeWithRoom(jobs[i]);
            book(i, again);
            notesOf[i] = 0; // planned afresh: its reason starts anew
            summaryAt[i] = std::string::npos;
            addNote(i, " (re-planned at " + formatIsoUtc(ctx.now) + " to make room for " + cause.id + ")");
            ++run.replans;
            applyKnockOns(jobs[i], again);
        }
        for (const Placement::Paused& paused : placement.paused) {
            const std::size_t i = indexOf.at(paused.id);
            Placement again;
            again.policy = policy.name();
            again.status = Status::ok();
            const std::size_t site = run.records[i].site;
            const PlanCost cost = expectedCost(jobs[i], site, paused.segments, ctx);
            again.plan = Plan{site, paused.segments, cost.runGrams, cost.migrationGrams};
            again.permit = permitFor(jobs[i], again.plan, ctx, policy.name());
            again.deadlineMissed = again.plan.finish() > jobs[i].deadline();
            holdInBudget(jobs[i], again.plan, ctx); // the overhead, and perhaps another day
            // A job whose start moved starts later; one that keeps its start is paused where its
            // parts first differ, and resumes at its next part.
            const std::vector<TimeWindow>& was = paused.before;
            const std::vector<TimeWindow>& now = paused.segments;
            std::string note;
            if (was.empty() || now.front().begin != was.front().begin) {
                note = " (starts at " + formatIsoUtc(now.front().begin) +
                       (was.empty() ? std::string() : " instead of " + formatIsoUtc(was.front().begin)) +
                       " to make room for " + cause.id + ")";
                ++run.delayedStarts;
            } else {
                std::size_t k = 0;
                while (k < was.size() && k < now.size() && was[k] == now[k])
                    ++k;
                UtcTime at = now.back().end;
                if (k < now.size() && k < was.size())
                    at = was[k].begin == now[k].begin ? std::min(was[k].end, now[k].end) : std::min(was[k].begin, now[k].begin);
                else if (k < now.size())
                    at = now[k].begin;
                else if (k < was.size())
                    at = was[k].begin;
                const auto next = std::find_if(now.begin(), now.end(), [&](const TimeWindow& w) { return w.begin > at; });
                note = " (paused at " + formatIsoUtc(at) + " to make room for " + cause.id +
                       (next == now.end() ? std::string(")") : ", resumes at " + formatIsoUtc(next->begin) + ")");
                ++run.pauses;
            }
            again.reason = run.records[i].reason;
            book(i, again);
            addNote(i, note);
        }
    };
    // Often enough that a cancel is felt within a few milliseconds, rarely enough to cost nothing.
    constexpr std::size_t kProgressEvery = 32;
    UtcTime lastObserved = UtcTime::min();
    for (std::size_t index = 0; index < jobs.size(); ++index) {
        if (setup.progress && index % kProgressEvery == 0 &&
            !setup.progress(static_cast<double>(index) / static_cast<double>(jobs.size()))) {
            run.cancelled = true;
            run.elapsedMs = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - started).count();
            return run;
        }
        const Job& job = jobs[index];
        ctx.now = job.submit;
        if (budget) {
            // A new day starts afresh at midnight, not at its first decision.
            if (const UtcTime day = std::chrono::floor<Days>(ctx.now); day > lastObserved)
                budget->observe(day);
            settleUpTo(ctx.now);
            budget->observe(ctx.now);
        }
        const Placement placement = placeWithRoom(job);
        run.records.emplace_back();
        book(index, placement);
        applyKnockOns(job, placement);
        if (budget) {
            // The decision's own hold may change the state: its transition is at this decision,
            // not at the next one.
            budget->observe(ctx.now);
            lastObserved = ctx.now;
        }
    }

    if (budget) {
        settleUpTo(UtcTime::max());
        const UtcTime end = jobs.empty() ? UtcTime{} : jobs.back().submit;
        run.finalBudgetState = budget->observe(end);
        run.budgetTransitions = budget->transitions();
    }
    std::vector<double> delays;
    delays.reserve(jobs.size());
    for (std::size_t i = 0; i < run.records.size(); ++i) {
        const SimulationRecord& record = run.records[i];
        ++run.jobs;
        if (!record.placed) {
            ++run.unplaced;
            ++run.deadlineMisses;
            continue;
        }
        run.itEnergyKwh += record.itEnergyKwh;
        run.facilityEnergyKwh += record.facilityEnergyKwh;
        run.emissionsKg += record.emissionsKg;
        run.gpuHours += jobs[i].gpus * static_cast<double>(jobs[i].duration.count()) / 3600.0;
        run.deadlineMisses += record.deadlineMissed;
        run.approvalsNeeded += record.needsApproval;
        run.approvalsBudgetOnly += record.needsApproval && record.site == record.homeSite && record.start <= record.submit;
        run.migrations += record.site != record.homeSite;
        delays.push_back(static_cast<double>((record.start - record.submit).count()) / 3600.0);
    }
    if (!delays.empty()) {
        std::sort(delays.begin(), delays.end());
        run.p95DelayHours = delays[static_cast<std::size_t>(std::ceil(0.95 * static_cast<double>(delays.size()))) - 1];
        double sum = 0.0;
        for (const double d : delays)
            sum += d;
        run.meanDelayHours = sum / static_cast<double>(delays.size());
    }
    double capacityGpuHours = 0.0;
    const double periodHours =
        std::max(1.0, static_cast<double>(setup.submitPeriod.length().count()) / 3600.0);
    for (std::size_t s = 0; s < fleet.sites().size(); ++s) {
        if (setup.siteHasData[s])
            capacityGpuHours += fleet.sites()[s].totalGpus() * periodHours;
    }
    run.utilisation = capacityGpuHours > 0 ? run.gpuHours / capacityGpuHours : 0.0;
    accountSites(run, fleet, series, *facility, jobs, setup, {ledger.origin(), ledger.end()});
    run.elapsedMs = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - started).count();
    return run;
}

} // namespace greenlight
