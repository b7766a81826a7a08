// Moves jobs onto a subset of a fleet's sites without touching the jobs whose home stays: a run
// that drops sites (no intensity data for the period, or a what-if that removes them) must
// compare the same work with the same homes, so only the dropped sites' jobs get new ones.
//
//   Rehoming r = rehomeOnSites(std::move(jobs), fleet, keep);   // keep[s]: site s stays
//   Fleet kept = fleet.withSites(sitesKept);                      // homes index this fleet
#pragma once

#include "job.h"

#include "core/fleet/fleet.h"

#include <cstddef>
#include <vector>

namespace greenlight {

struct Rehoming {
    std::vector<Job> jobs;       // homes index the kept sites, in fleet order
    std::size_t rehomed = 0;     // home dropped, a new one drawn
    std::size_t rehomedPinned = 0; // of those, pinned: the new home in a jurisdiction it may use
    std::size_t leftOut = 0;     // no kept site may take it (pinned, or too large)
};

// Each job whose home is dropped gets a new home drawn (from a hash of its id, in proportion to
// the sites' GPUs, as homes are first drawn) among the kept sites that can hold it and that it
// is allowed in: work pinned to a jurisdiction stays there, other work spreads over the fleet
// as a fleet without the dropped site would have homed it. A job no kept site may take is left
// out and counted. `keep` has one entry per fleet site.
Rehoming rehomeOnSites(std::vector<Job> jobs, const Fleet& fleet, const std::vector<bool>& keep);

} // namespace greenlight
