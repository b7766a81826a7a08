// Moist-air properties the cooling model needs from a weather station's dry-bulb temperature and
// relative humidity: wet-bulb temperature (what evaporative cooling can reach) and dew point
// (whether outside air may enter the white space).
//
//   const double wetBulbC = wetBulbStullC(30.0, 50.0);  // 22.3 °C (Stull 2011, Table 1 case)
//   const double dewPointC = dewPointMagnusC(30.0, 50.0); // 18.4 °C
#pragma once

namespace greenlight {

// Stull, R. (2011): "Wet-Bulb Temperature from Relative Humidity and Air Temperature", J. Appl.
// Meteor. Climatol. 50, 2267–2269, eq. (1):
//   Tw = T·atan(0.151977·(RH + 8.313659)^½) + atan(T + RH) − atan(RH − 1.676331)
//        + 0.00391838·RH^{3/2}·atan(0.023101·RH) − 4.686035
// T in °C, RH in %. Valid at sea-level pressure for RH 5–99 % and T −20..50 °C, error −1..+0.65 °C.
// Outside that range the inputs are clamped to it and the result is capped at T (a wet bulb is
// never warmer than the air), which is what a cooling model needs: below −20 °C every cooling
// system is in free cooling anyway. Below about 5 °C the fit is not monotone in RH (errors up to
// 1 °C); the cooling model asks for the wet bulb only when the air is warmer than a set-point.
double wetBulbStullC(double dryBulbC, double relativeHumidityPct);

// Dew point by the Magnus formula with the coefficients of Alduchov & Eskridge (1996), J. Appl.
// Meteor. 35, 601–609: a = 17.625, b = 243.04 °C; error < 0.4 °C for −40..50 °C.
double dewPointMagnusC(double dryBulbC, double relativeHumidityPct);

} // namespace greenlight
