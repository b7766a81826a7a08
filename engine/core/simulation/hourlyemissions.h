// A simulated run's emissions hour by hour, for budget burn-down and "today vs baseline": each
// job's actual kg is booked over the time it ran, pro rata (a paused job over each of its
// segments), and the data it moved in the hour it started.
//
//   HourlyKg kg = hourlyEmissions(run);
//   double today = kg.sumIn({midnight, now});
#pragma once

#include "core/budget/hourlykg.h"
#include "core/simulation/simulator.h"

namespace greenlight {

HourlyKg hourlyEmissions(const SimulationRun& run);

} // namespace greenlight
