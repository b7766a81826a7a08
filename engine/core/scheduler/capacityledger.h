// GPUs in use per site and time slot (5 minutes by default). A run occupies its GPUs in every
// slot it touches, so a plan that fits the ledger fits the cluster. Reservations have ids:
// Unreserve is idempotent.
//
//   CapacityLedger ledger(fleet, origin, hours);
//   if (ledger.fits(site, window, 8)) ledger.reserve("job-1", site, {window}, 8);
#pragma once

#include "core/fleet/fleet.h"
#include "core/utctime.h"

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
    int capacity(std::size_t site) const { return m_capacity[site]; }
    int used(std::size_t site, UtcTime t) const; // in the slot containing t

    // `limit`: the most GPUs that may be in use in any slot (-1: the site's capacity).
    bool fits(std::size_t site, TimeWindow window, int gpus, int limit = -1) const;
    bool fits(std::size_t site, const std::vector<TimeWindow>& segments, int gpus) const;

    struct Reservation {
        std::size_t site;
        std::vector<TimeWindow> segments;
        int gpus;
        bool pinned; // may not go elsewhere (data sovereignty)
    };

    // False (and nothing changes) when it does not fit or the id is already held.
    bool reserve(const std::string& id, std::size_t site, const std::vector<TimeWindow>& segments,
                 int gpus, bool pinned = false);
    // Releases a reservation; a second call, or an unknown id, is a no-op.
    void unreserve(const std::string& id);
    bool holds(const std::string& id) const { return m_reservations.count(id) != 0; }
    std::optional<Reservation> reservation(const std::string& id) const;

    // Reservations at `site` that could still be moved: not pinned, not started by `now`, and
    // overlapping `window`; the latest-starting first.
    std::vector<std::string> movableBefore(std::size_t site, TimeWindow window, UtcTime now) const;

    // Slot index of t relative to the origin (t may lie outside the ledger).
    long long slotIndex(UtcTime t) const;

private:
    void apply(std::size_t site, TimeWindow window, int delta);

    UtcTime m_origin;
    Seconds m_slot;
    std::size_t m_slots;
    std::vector<int> m_capacity;
    std::vector<std::vector<int>> m_used; // [site][slot]
    std::unordered_map<std::string, Reservation> m_reservations;
    // Movable reservations per site by start time, for movableBefore().
    std::vector<std::multimap<UtcTime, std::string>> m_movable;
};

} // namespace greenlight
