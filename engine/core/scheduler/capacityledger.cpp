#include "capacityledger.h"

#include <algorithm>

namespace greenlight {

CapacityLedger::CapacityLedger(const Fleet& fleet, UtcTime origin, std::size_t hours, Seconds slot)
    : m_origin(std::chrono::floor<Hours>(origin)), m_slot(slot > Seconds{0} ? slot : Seconds{300}),
      m_slots(static_cast<std::size_t>(Hours{static_cast<long long>(hours)} / m_slot))
{
    for (const Site& site : fleet.sites()) {
        m_capacity.push_back(site.totalGpus());
        m_used.emplace_back(m_slots, 0);
        m_blockPeak.emplace_back((m_slots + kBlock - 1) / kBlock, 0);
    }
    m_movable.resize(fleet.sites().size());
    m_pausable.resize(fleet.sites().size());
    m_longestPausable.assign(fleet.sites().size(), Seconds{0});
}

void CapacityLedger::extend(std::size_t hours)
{
    m_slots += static_cast<std::size_t>(Hours{static_cast<long long>(hours)} / m_slot);
    // The new slots are free; a partial last block keeps its peak, which zeros do not raise.
    for (std::size_t site = 0; site < m_used.size(); ++site) {
        m_used[site].resize(m_slots, 0);
        m_blockPeak[site].resize((m_slots + kBlock - 1) / kBlock, 0);
    }
}

long long CapacityLedger::slotIndex(UtcTime t) const
{
    const Seconds offset = t - m_origin;
    const long long index = offset / m_slot;
    return offset < Seconds{0} && offset % m_slot != Seconds{0} ? index - 1 : index;
}

int CapacityLedger::used(std::size_t site, UtcTime t) const
{
    const long long h = slotIndex(t);
    return h < 0 || h >= static_cast<long long>(m_slots) ? 0 : m_used[site][static_cast<std::size_t>(h)];
}

CapacityLedger::SlotSpan CapacityLedger::slotsOf(TimeWindow window) const
{
    if (window.isEmpty())
        return {};
    return {slotIndex(window.begin), slotIndex(window.end - Seconds{1})};
}

bool CapacityLedger::fits(std::size_t site, TimeWindow window, int gpus, int limit) const
{
    return fits(site, slotsOf(window), gpus, limit);
}

bool CapacityLedger::fits(std::size_t site, SlotSpan slots, int gpus, int limit) const
{
    if (slots.last < slots.first)
        return true;
    if (!inHorizon(slots))
        return false; // outside the planning horizon
    const int most = mostInUseFor(site, gpus, limit);
    // The blocks that cover the span usually have room: one look per block. Only when they do
    // not, look slot by slot.
    return blockPeak(site, slots) <= most || peak(site, slots) <= most;
}

int CapacityLedger::blockPeak(std::size_t site, SlotSpan slots) const
{
    const int* blocks = m_blockPeak[site].data();
    int coarse = blocks[slots.first / kBlock];
    for (long long b = slots.first / kBlock + 1; b <= slots.last / kBlock; ++b)
        coarse = std::max(coarse, blocks[b]);
    return coarse;
}

int CapacityLedger::peak(std::size_t site, SlotSpan slots) const
{
    const int* used = m_used[site].data();
    long long h = slots.first;
    int most = 0;
    // Single slots up to a block boundary, whole blocks, then the single slots after them.
    const long long firstWholeBlock = (h + kBlock - 1) / kBlock;
    const long long endWholeBlocks = (slots.last + 1) / kBlock;
    if (firstWholeBlock < endWholeBlocks) {
        for (; h < firstWholeBlock * kBlock; ++h)
            most = std::max(most, used[h]);
        const int* blocks = m_blockPeak[site].data();
        for (long long b = firstWholeBlock; b < endWholeBlocks; ++b)
            most = std::max(most, blocks[b]);
        h = endWholeBlocks * kBlock;
    }
    for (; h <= slots.last; ++h)
        most = std::max(most, used[h]);
    return most;
}

long long CapacityLedger::firstSlotOver(std::size_t site, SlotSpan span, int most) const
{
    const int* used = m_used[site].data();
    const int* blocks = m_blockPeak[site].data();
    for (long long h = span.first; h <= span.last;) {
        const long long b = h / kBlock;
        const long long blockLast = std::min(span.last, (b + 1) * kBlock - 1);
        if (blocks[b] > most) { // somewhere in this block: slot by slot
            for (; h <= blockLast; ++h) {
                if (used[h] > most)
                    return h;
            }
        }
        h = blockLast + 1;
    }
    return -1;
}

bool CapacityLedger::fits(std::size_t site, const std::vector<TimeWindow>& segments, int gpus) const
{
    // Our plans list segments in time order; a slot two of them touch holds the job once (as
    // reserve() books it), so each segment is checked from the slot after the last one checked.
    long long lastChecked = -1;
    bool first = true;
    for (const TimeWindow& w : segments) {
        if (w.isEmpty())
            continue;
        SlotSpan span = slotsOf(w);
        if (!first && span.first < lastChecked)
            return fitsUnordered(site, segments, gpus);
        if (!first)
            span.first = std::max(span.first, lastChecked + 1);
        if (!fits(site, span, gpus))
            return false;
        lastChecked = std::max(lastChecked, span.last);
        first = false;
    }
    return true;
}

bool CapacityLedger::fitsUnordered(std::size_t site, const std::vector<TimeWindow>& segments,
                                   int gpus) const
{
    // The combined demand slot by slot, each slot once.
    std::vector<long long> slots;
    for (const TimeWindow& w : segments) {
        if (w.isEmpty())
            continue;
        for (long long h = slotIndex(w.begin); h <= slotIndex(w.end - Seconds{1}); ++h)
            slots.push_back(h);
    }
    std::sort(slots.begin(), slots.end());
    slots.erase(std::unique(slots.begin(), slots.end()), slots.end());
    for (const long long h : slots) {
        if (h < 0 || h >= static_cast<long long>(m_slots) ||
            m_used[site][static_cast<std::size_t>(h)] + gpus > m_capacity[site])
            return false;
    }
    return true;
}

void CapacityLedger::apply(std::size_t site, TimeWindow window, int delta)
{
    if (window.isEmpty())
        return;
    const long long first = std::max(0LL, slotIndex(window.begin));
    const long long last = std::min(static_cast<long long>(m_slots) - 1, slotIndex(window.end - Seconds{1}));
    if (first > last)
        return;
    auto& used = m_used[site];
    for (long long h = first; h <= last; ++h)
        used[static_cast<std::size_t>(h)] += delta;
    // A block the window covers whole moves by delta, and so does its peak; only the (at most
    // two) blocks it covers in part are looked at again. Long reservations touch thousands of
    // slots, so this halves the work of booking them.
    auto& peaks = m_blockPeak[site];
    auto recompute = [&](long long b) {
        const auto from = used.begin() + b * kBlock;
        const auto to = used.begin() + std::min(static_cast<long long>(m_slots), (b + 1) * kBlock);
        peaks[static_cast<std::size_t>(b)] = *std::max_element(from, to);
    };
    for (long long b = first / kBlock; b <= last / kBlock; ++b) {
        const bool whole = b * kBlock >= first && std::min(static_cast<long long>(m_slots), (b + 1) * kBlock) - 1 <= last;
        if (whole)
            peaks[static_cast<std::size_t>(b)] += delta;
        else
            recompute(b);
    }
}

bool CapacityLedger::reserve(const std::string& id, std::size_t site,
                             const std::vector<TimeWindow>& segments, int gpus, bool pinned,
                             std::optional<PauseTerms> pause)
{
    if (m_reservations.count(id) || !fits(site, segments, gpus))
        return false;
    // In time order (as fits() counts them); segments that share a slot are applied once there.
    std::vector<TimeWindow> ordered = segments;
    std::sort(ordered.begin(), ordered.end(),
              [](const TimeWindow& a, const TimeWindow& b) { return a.begin < b.begin; });
    std::vector<TimeWindow> merged;
    long long lastHour = -1;
    for (const TimeWindow& w : ordered) {
        if (w.isEmpty())
            continue;
        TimeWindow clipped = w;
        if (slotIndex(w.begin) <= lastHour)
            clipped.begin = m_origin + m_slot * (lastHour + 1);
        if (!clipped.isEmpty())
            merged.push_back(clipped);
        lastHour = std::max(lastHour, slotIndex(w.end - Seconds{1}));
    }
    if (merged.empty())
        return false;
    for (const TimeWindow& w : merged)
        apply(site, w, gpus);
    if (!pinned)
        m_movable[site].emplace(merged.front().begin, Entry{merged.back().end, id});
    if (pause) {
        m_pausable[site].emplace(merged.front().begin, Entry{merged.back().end, id});
        m_longestPausable[site] = std::max(m_longestPausable[site], merged.back().end - merged.front().begin);
    }
    m_reservations.emplace(id, Reservation{site, std::move(merged), gpus, pinned, pause});
    return true;
}

std::optional<CapacityLedger::Reservation> CapacityLedger::reservation(const std::string& id) const
{
    const auto it = m_reservations.find(id);
    if (it == m_reservations.end())
        return std::nullopt;
    return it->second;
}

std::vector<std::string> CapacityLedger::movableBefore(std::size_t site, TimeWindow window,
                                                       UtcTime now) const
{
    std::vector<std::string> ids;
    const auto& bySite = m_movable[site];
    for (auto it = bySite.upper_bound(now); it != bySite.end() && it->first < window.end; ++it) {
        if (it->second.end > window.begin)
            ids.push_back(it->second.id);
    }
    std::reverse(ids.begin(), ids.end());
    return ids;
}

std::vector<std::string> CapacityLedger::pausableIn(std::size_t site, TimeWindow window, int forPriority) const
{
    std::vector<std::pair<Seconds, std::string>> found;
    // A reservation that began more than the longest one lasts before the window ended before it.
    const auto& bySite = m_pausable[site];
    for (auto it = bySite.lower_bound(window.begin - m_longestPausable[site]); it != bySite.end() && it->first < window.end; ++it) {
        if (it->second.end <= window.begin)
            continue;
        const Reservation& r = m_reservations.at(it->second.id);
        if (r.pause->priority > forPriority)
            continue;
        bool overlaps = false;
        for (const TimeWindow& w : r.segments)
            overlaps = overlaps || (w.begin < window.end && w.end > window.begin);
        if (overlaps)
            found.emplace_back(r.pause->deadline - r.segments.back().end, it->second.id);
    }
    std::sort(found.begin(), found.end(), [](const auto& a, const auto& b) {
        return a.first > b.first || (a.first == b.first && a.second < b.second);
    });
    std::vector<std::string> ids;
    for (auto& entry : found)
        ids.push_back(std::move(entry.second));
    return ids;
}

void CapacityLedger::unreserve(const std::string& id)
{
    const auto it = m_reservations.find(id);
    if (it == m_reservations.end())
        return;
    for (const TimeWindow& w : it->second.segments)
        apply(it->second.site, w, -it->second.gpus);
    auto forget = [&](std::multimap<UtcTime, Entry>& bySite) {
        const auto [from, to] = bySite.equal_range(it->second.segments.front().begin);
        for (auto m = from; m != to; ++m) {
            if (m->second.id == id) {
                bySite.erase(m);
                break;
            }
        }
    };
    if (!it->second.pinned)
        forget(m_movable[it->second.site]);
    if (it->second.pause)
        forget(m_pausable[it->second.site]);
    m_reservations.erase(it);
}

} // namespace greenlight
