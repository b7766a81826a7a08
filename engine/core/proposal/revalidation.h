// Before an approved proposal is dispatched it is checked again against fresh data: the world
// may have changed (a new forecast, a missed start), and a stale proposal expires instead.
//
//   Revalidation r = revalidate(proposal, now, freshSavingG);
//   if (!r.stillValid) expire(proposal, r.reason);
#pragma once

#include "core/proposal/proposal.h"

#include <string>

namespace greenlight {

struct Revalidation {
    bool stillValid = false;
    std::string reason; // plain words either way
};

// `freshSavingG`: the saving recomputed on the latest forecast. A proposal stays valid while it
// can still meet the deadline from `now` and keeps at least `keepFraction` of its promised saving.
Revalidation revalidate(const Proposal& proposal, UtcTime now, double freshSavingG,
                        double keepFraction = 0.5);

} // namespace greenlight
