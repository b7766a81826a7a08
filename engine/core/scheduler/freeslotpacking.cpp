#include "freeslotpacking.h"

#include <algorithm>

namespace greenlight {
namespace {

// A running item keeps its GPUs against items with up to this much less to spare.
constexpr Seconds kKeepRunning = Hours{1};

} // namespace
std::optional<std::vector<TimeWindow>> earliestParts(const CapacityLedger& ledger, std::size_t site,
                                                     UtcTime from, UtcTime deadline, Seconds work,
                                                     int most, Seconds overhead, std::optional<UtcTime> ranUntil)
{
    const long long slots = ledger.slotIndex(ledger.end());
    // A part must do more than pay for its own resume.
    const Seconds shortest = 2 * overhead + ledger.slot();
    std::vector<TimeWindow> parts;
    Seconds owed = work;
    bool pays = ranUntil.has_value();
    long long index = std::max<long long>(0, ledger.slotIndex(from));
    UtcTime t = std::max(from, ledger.slotStart(index));
    while (t < deadline && index < slots) {
        long long last = index; // the free slots from t: [index, last)
        while (last < slots && ledger.slotStart(last) < deadline && ledger.used(site, ledger.slotStart(last)) <= most)
            ++last;
        const UtcTime freeEnd = std::min(ledger.slotStart(last), deadline);
        const Seconds cost = pays && t != ranUntil ? overhead : Seconds{0};
        if (freeEnd > t) {
            const Seconds length = freeEnd - t;
            if (length >= owed + cost) {
                parts.push_back({t, t + owed + cost});
                return parts;
            }
            if (length >= shortest) {
                parts.push_back({t, freeEnd});
                owed -= length - cost;
                pays = true;
            }
        }
        index = last + 1; // past the busy slot
        t = ledger.slotStart(index);
    }
    return std::nullopt;
}

std::vector<TimeWindow> joinedParts(std::vector<TimeWindow> head, const std::vector<TimeWindow>& parts)
{
    for (const TimeWindow& part : parts) {
        if (!head.empty() && head.back().end == part.begin)
            head.back().end = part.end;
        else
            head.push_back(part);
    }
    return head;
}

PackItem packItemFrom(const std::string& id, const CapacityLedger::Reservation& r, UtcTime cut)
{
    const CapacityLedger::PauseTerms pause = r.pause.value_or(CapacityLedger::PauseTerms{r.segments.back().end, Seconds{0}, 0});
    Seconds work{0};
    bool ranBefore = false;
    bool runsUpToCut = false;
    for (std::size_t k = 0; k < r.segments.size(); ++k) {
        const TimeWindow& w = r.segments[k];
        ranBefore = ranBefore || w.begin < cut;
        runsUpToCut = runsUpToCut || (w.begin < cut && w.end >= cut);
        if (w.end <= cut)
            continue;
        work += w.end - std::max(w.begin, cut);
        if (w.begin >= cut && k > 0)
            work -= pause.overhead; // the resume planned there; it is paid again where it resumes
    }
    PackItem item;
    item.id = id;
    item.gpus = r.gpus;
    item.work = work;
    // Work already planned past its deadline (it missed) must not end later than planned.
    item.deadline = std::max(pause.deadline, r.segments.back().end);
    item.overhead = pause.overhead;
    item.resuming = ranBefore;
    // Running up to the cut, it carries on there without a resume; a part planned to begin at
    // the cut is a resume (its overhead was taken out of the work above and is paid again).
    item.runningAtFrom = runsUpToCut;
    // Work that has not started keeps its planned start as its earliest: pulled forward it would
    // leave its cleanest hours and fill the ones work arriving next needs.
    if (!ranBefore)
        item.release = r.segments.front().begin;
    return item;
}

std::optional<std::vector<std::vector<TimeWindow>>> packByLaxity(const CapacityLedger& ledger,
                                                                 std::size_t site, UtcTime from,
                                                                 const std::vector<PackItem>& items)
{
    const std::size_t n = items.size();
    std::vector<std::vector<TimeWindow>> parts(n);
    std::vector<Seconds> owed(n);
    std::vector<bool> ranBefore(n);    // it has run: its next part is a resume
    std::vector<bool> runningAtEnd(n); // it ran up to the end of the last slot
    std::vector<std::size_t> order;
    for (std::size_t i = 0; i < n; ++i) {
        owed[i] = items[i].work;
        ranBefore[i] = items[i].resuming;
        runningAtEnd[i] = items[i].runningAtFrom;
        if (owed[i] > Seconds{0})
            order.push_back(i);
    }
    const long long slots = ledger.slotIndex(ledger.end());
    const int capacity = ledger.capacity(site);
    struct Rank {
        bool critical; // it cannot wait another slot: first, whatever its deadline
        Seconds key;   // its time to spare (less for a running one: it keeps its GPUs)
        bool waiting;
        std::size_t index;
        bool operator<(const Rank& o) const
        {
            if (critical != o.critical)
                return critical;
            if (key != o.key)
                return key < o.key;
            return waiting != o.waiting ? !waiting : index < o.index;
        }
    };
    std::vector<Rank> ranks;
    for (long long k = std::max<long long>(0, ledger.slotIndex(from)); !order.empty(); ++k) {
        if (k >= slots)
            return std::nullopt;
        // The first slot starts at `from`, the others on their boundaries.
        const UtcTime begin = std::max(from, ledger.slotStart(k));
        const UtcTime end = ledger.slotStart(k + 1);
        ranks.clear();
        for (const std::size_t i : order) {
            const Seconds resume = (!runningAtEnd[i] && ranBefore[i]) ? items[i].overhead : Seconds{0};
            const Seconds laxity = items[i].deadline - std::max(begin, items[i].release) - owed[i] - resume;
            if (laxity < Seconds{0}) // even running from now without a break it would be late
                return std::nullopt;
            // A running item keeps its GPUs unless another has clearly less time to spare:
            // items with about as much would otherwise take turns, paying a resume each time.
            // Waiting a slot costs a running item the slot and a resume.
            const Seconds wait = ledger.slot() + (runningAtEnd[i] ? items[i].overhead : Seconds{0});
            const Seconds key = runningAtEnd[i] ? laxity - kKeepRunning : laxity;
            ranks.push_back({laxity < wait, key, !runningAtEnd[i], i});
        }
        std::sort(ranks.begin(), ranks.end());
        int free = capacity - ledger.used(site, begin);
        for (const Rank& rank : ranks) {
            const std::size_t i = rank.index;
            if (items[i].gpus > free || end <= items[i].release) {
                runningAtEnd[i] = false;
                continue;
            }
            free -= items[i].gpus;
            const bool continuing = runningAtEnd[i];
            if (!continuing && ranBefore[i])
                owed[i] += items[i].overhead;
            const UtcTime partBegin = std::max(begin, items[i].release);
            const Seconds done = std::min(owed[i], end - partBegin);
            owed[i] -= done;
            if (continuing && !parts[i].empty())
                parts[i].back().end = partBegin + done;
            else
                parts[i].push_back({partBegin, partBegin + done});
            runningAtEnd[i] = partBegin + done == end;
            ranBefore[i] = true;
        }
        std::erase_if(order, [&](std::size_t i) { return owed[i] <= Seconds{0}; });
    }
    return parts;
}

} // namespace greenlight
