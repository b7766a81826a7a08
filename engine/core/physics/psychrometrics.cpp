#include "psychrometrics.h"

#include <algorithm>
#include <cmath>

namespace greenlight {

double wetBulbStullC(double dryBulbC, double relativeHumidityPct)
{
    const double t = std::clamp(dryBulbC, -20.0, 50.0);
    const double rh = std::clamp(relativeHumidityPct, 5.0, 99.0);
    // RH^{3/2} as RH·√RH: std::pow is several times slower and this runs for every site-hour.
    const double wetBulb = t * std::atan(0.151977 * std::sqrt(rh + 8.313659)) + std::atan(t + rh) -
                           std::atan(rh - 1.676331) +
                           0.00391838 * rh * std::sqrt(rh) * std::atan(0.023101 * rh) - 4.686035;
    // Below the fit's range the air is cold enough that the wet bulb is within a degree of the
    // dry bulb; shifting the clamped result keeps the value monotone in the temperature.
    return std::min(dryBulbC, wetBulb + (dryBulbC - t));
}

double dewPointMagnusC(double dryBulbC, double relativeHumidityPct)
{
    constexpr double kA = 17.625;
    constexpr double kB = 243.04;
    const double rh = std::clamp(relativeHumidityPct, 0.1, 100.0);
    const double gamma = std::log(rh / 100.0) + kA * dryBulbC / (kB + dryBulbC);
    return kB * gamma / (kA - gamma);
}

} // namespace greenlight
