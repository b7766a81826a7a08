// Fitting work into the GPUs a site has free, slot by slot, when no single window will do: the
// last resorts before a deadline is missed. Pure functions over the ledger; nothing is reserved.
#pragma once

#include "core/scheduler/capacityledger.h"

#include <optional>
#include <string>
#include <vector>

namespace greenlight {

// The earliest parts at `site`, from `from` on, that run `work` by `deadline` where at most
// `most` GPUs are in use, each resume paying `overhead`. `ranUntil`: the job ran until then and
// restarts from a checkpoint, so its first part pays too, unless it begins right then (it carries
// on). Parts begin on slot boundaries (the first at `from`) and run while the slots are free; a
// gap shorter than two overheads and a slot is passed over (it would do little more than pay
// for its own resume). nullopt when the free time before the deadline is not enough.
std::optional<std::vector<TimeWindow>> earliestParts(const CapacityLedger& ledger, std::size_t site,
                                                     UtcTime from, UtcTime deadline, Seconds work,
                                                     int most, Seconds overhead, std::optional<UtcTime> ranUntil);

// Work to pack: `work` still to run on `gpus` GPUs by `deadline`, paying `overhead` at each
// resume. `resuming`: it ran before `from`, so its first part is a resume too, unless
// `runningAtFrom` (it is running then and carries on). It does not start before `release`.
struct PackItem {
    std::string id;
    int gpus = 0;
    Seconds work{0};
    UtcTime deadline{};
    Seconds overhead{0};
    bool resuming = false;
    bool runningAtFrom = false;
    UtcTime release{}; // not before then
};

// `head` (the parts a job ran or keeps) followed by `parts`, a part that begins where the last
// one ends joined to it (no pause there after all).
std::vector<TimeWindow> joinedParts(std::vector<TimeWindow> head, const std::vector<TimeWindow>& parts);

// What is left of reservation `r` (with pause terms) from `cut` on, as an item to pack: the
// work after the cut without the resumes planned there, whether it has run before and runs up to
// the cut, and (not started) its planned start as its release. A deadline it already misses is
// moved to its planned end: packed again, it must not end later than that.
PackItem packItemFrom(const std::string& id, const CapacityLedger::Reservation& r, UtcTime cut);

// Least laxity first into the GPUs free at `site` from `from` on: in every slot the items are
// offered the free GPUs by how much time they could still lose (deadline − now − work left,
// counting the resume an item not running would pay), so a later item may run beside one that
// does not fit, and an item gives way (pauses, paying its overhead to resume) when one with
// less time to spare needs its GPUs (an hour less: items with about as much would otherwise take
// turns, paying a resume each time), except that an item that cannot wait another slot goes first
// whatever the others. The parts of each item, in `items`' order; nullopt as soon
// as one item can no longer make its deadline, or the ledger ends first.
std::optional<std::vector<std::vector<TimeWindow>>> packByLaxity(const CapacityLedger& ledger,
                                                                 std::size_t site, UtcTime from,
                                                                 const std::vector<PackItem>& items);

} // namespace greenlight
