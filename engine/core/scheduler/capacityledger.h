// GPUs in use per site and time slot (5 minutes by default). A run occupies its GPUs in every
// slot it touches, so a plan that fits the ledger fits the cluster. Reservations have ids:
// Unreserve is idempotent.
//
//   CapacityLedger ledger(fleet, origin, hours);
//   if (ledger.fits(site, window, 8)) ledger.reserve("job-1", site, {window}, 8);
#pragma once

#include "core/fleet/fleet.h"
#include "core/utctime.h"

#include <limits>
#include <map>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

namespace greenlight {

class CapacityLedger {
public:
    CapacityLedger(const Fleet& fleet, UtcTime origin, std::size_t hours,
                   Seconds slot = std::chrono::minutes{5});

    UtcTime origin() const { return m_origin; }
    UtcTime end() const { return m_origin + m_slot * static_cast<long long>(m_slots); }
    Seconds slot() const { return m_slot; }
    // More free time at the end: a backlog can outlast the horizon it was sized for.
    void extend(std::size_t hours);
    int capacity(std::size_t site) const { return m_capacity[site]; }
    int used(std::size_t site, UtcTime t) const; // in the slot containing t

    // The slots a window touches, first to last inclusive (empty: last < first). Planners that
    // test many sites over the same windows compute these once per window.
    struct SlotSpan {
        long long first = 0;
        long long last = -1;
    };
    SlotSpan slotsOf(TimeWindow window) const;

    // `limit`: the most GPUs that may be in use in any slot (-1: the site's capacity).
    bool fits(std::size_t site, TimeWindow window, int gpus, int limit = -1) const;
    bool fits(std::size_t site, SlotSpan span, int gpus, int limit = -1) const;
    // The most GPUs in use in any slot of the span (which must lie inside the horizon).
    int peak(std::size_t site, SlotSpan span) const;
    // The most GPUs in use in any slot of the hour blocks the span touches: ≥ peak(), and
    // cheaper, one look per block (the span must lie inside the horizon).
    int blockPeak(std::size_t site, SlotSpan span) const;
    // The first slot of the span with more than `most` GPUs in use, -1 when there is none (the
    // span must lie inside the horizon). A search for the earliest start that fits can skip every
    // start whose run would still touch that slot.
    long long firstSlotOver(std::size_t site, SlotSpan span, int most) const;
    // The start of slot `index`.
    UtcTime slotStart(long long index) const { return m_origin + m_slot * index; }
    // The earliest start in [first, latest] whose `length` run at `site` finds at most `most`
    // GPUs in use in every slot it touches: `first`, then the starts `nextStart(t)` gives (the
    // first start to try at or after t > first). Starts whose run would still touch the first
    // full slot found are skipped without a look. nullopt when none fits inside the horizon.
    template <typename NextStart>
    std::optional<UtcTime> earliestFit(std::size_t site, UtcTime first, UtcTime latest, Seconds length,
                                       int most, NextStart nextStart) const
    {
        for (UtcTime start = first; start <= latest;) {
            const SlotSpan span = slotsOf({start, start + length});
            if (span.last < span.first)
                return start; // nothing to hold
            if (span.first < 0) { // before the ledger: nothing fits there
                start = nextStart(m_origin);
                continue;
            }
            if (!inHorizon(span))
                return std::nullopt; // past its end, and so is every later start
            const long long over = firstSlotOver(site, span, most);
            if (over < 0)
                return start;
            start = nextStart(slotStart(over + 1));
        }
        return std::nullopt;
    }
    // The most GPUs `gpus`-GPU work may find in use and still fit (`limit` as for fits()).
    int mostInUseFor(std::size_t site, int gpus, int limit = -1) const
    {
        return (limit < 0 ? m_capacity[site] : std::min(limit, m_capacity[site])) - gpus;
    }
    bool inHorizon(SlotSpan span) const
    {
        return span.first >= 0 && span.last < static_cast<long long>(m_slots);
    }
    bool fits(std::size_t site, const std::vector<TimeWindow>& segments, int gpus) const;

    // How a reservation may be paused to make room for pinned work: the job checkpoints, resumes
    // later at the same site paying `overhead`, and must still finish by `deadline`.
    struct PauseTerms {
        UtcTime deadline{};
        Seconds overhead{0};
        int priority = 0; // paused only for work of this priority or higher
    };

    struct Reservation {
        std::size_t site;
        std::vector<TimeWindow> segments;
        int gpus;
        bool pinned; // may not go elsewhere (data sovereignty)
        std::optional<PauseTerms> pause; // set for interruptible work
    };

    // False (and nothing changes) when it does not fit or the id is already held.
    bool reserve(const std::string& id, std::size_t site, const std::vector<TimeWindow>& segments,
                 int gpus, bool pinned = false, std::optional<PauseTerms> pause = std::nullopt);
    // Releases a reservation; a second call, or an unknown id, is a no-op.
    void unreserve(const std::string& id);
    bool holds(const std::string& id) const { return m_reservations.count(id) != 0; }
    std::optional<Reservation> reservation(const std::string& id) const;

    // Reservations at `site` that could still be moved: not pinned, not started by `now`, and
    // overlapping `window`; the latest-starting first.
    std::vector<std::string> movableBefore(std::size_t site, TimeWindow window, UtcTime now) const;
    // Reservations at `site` that may be paused (they have pause terms, pinned or not: paused
    // work resumes at the same site) and hold GPUs in
    // `window`; the ones with the most slack before their deadline first. Only work of
    // `forPriority` or lower is paused for a job of that priority.
    std::vector<std::string> pausableIn(std::size_t site, TimeWindow window,
                                        int forPriority = std::numeric_limits<int>::max()) const;

    // Slot index of t relative to the origin (t may lie outside the ledger).
    long long slotIndex(UtcTime t) const;

private:
    void apply(std::size_t site, TimeWindow window, int delta);
    // fits() for segments out of time order (or overlapping): slot by slot.
    bool fitsUnordered(std::size_t site, const std::vector<TimeWindow>& segments, int gpus) const;

    UtcTime m_origin;
    Seconds m_slot;
    std::size_t m_slots;
    std::vector<int> m_capacity;
    std::vector<std::vector<int>> m_used; // [site][slot]
    // The peak of m_used over blocks of kBlock slots, so that long spans are checked a block at
    // a time.
    static constexpr long long kBlock = 12;
    std::vector<std::vector<int>> m_blockPeak; // [site][slot / kBlock]
    std::unordered_map<std::string, Reservation> m_reservations;
    // A reservation in the indexes below, by its start: its end is kept beside its id, since
    // most entries a query meets ended before its window.
    struct Entry {
        UtcTime end;
        std::string id;
    };
    // Movable reservations per site by start time, for movableBefore().
    std::vector<std::multimap<UtcTime, Entry>> m_movable;
    // Reservations with pause terms per site by start time, for pausableIn().
    std::vector<std::multimap<UtcTime, Entry>> m_pausable;
    // Per site, the longest any of them has lasted (first start to last end; never lowered), so
    // that pausableIn() skips those that ended before its window without looking them up.
    std::vector<Seconds> m_longestPausable;
};

} // namespace greenlight
