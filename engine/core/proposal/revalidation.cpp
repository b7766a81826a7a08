#include "core/proposal/revalidation.h"

#include <algorithm>
#include <cstdio>

namespace greenlight {

namespace {

std::string kg(double grams)
{
    char text[32];
    std::snprintf(text, sizeof text, "%.1f kg", grams / 1000.0);
    return text;
}

} // namespace

Revalidation revalidate(const Proposal& p, UtcTime now, double freshSavingG, double keepFraction)
{
    const UtcTime start = std::max(now, p.plannedStart);
    if (start + p.runDuration > p.deadline)
        return {false, "it can no longer finish before the job's deadline " + formatIsoUtc(p.deadline)};
    if (freshSavingG <= 0.0)
        return {false, "on fresh data it no longer saves carbon (" + kg(freshSavingG) + ")"};
    if (p.expectedSavingG > 0.0 && freshSavingG < keepFraction * p.expectedSavingG)
        return {false, "on fresh data the saving fell from " + kg(p.expectedSavingG) + " to "
                           + kg(freshSavingG)};
    return {true, "still valid: saves " + kg(freshSavingG) + " on fresh data"};
}

} // namespace greenlight
