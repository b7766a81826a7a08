#include "core/physics/psychrometrics.h"

#include <gtest/gtest.h>

namespace greenlight {
namespace {

TEST(Psychrometrics, WetBulbMatchesStullsWorkedExample)
{
    // Stull (2011): T = 20 °C, RH = 50 % gives Tw = 13.7 °C.
    EXPECT_NEAR(wetBulbStullC(20.0, 50.0), 13.7, 0.05);
}

TEST(Psychrometrics, WetBulbHandComputedCases)
{
    struct Case {
        double t;
        double rh;
        double expected; // eq. (1) evaluated by hand (Python, double precision)
    };
    const Case cases[] = {
        {30.0, 50.0, 22.2968},
        {27.0, 80.0, 24.2496},
    };
    for (const Case& c : cases)
        EXPECT_NEAR(wetBulbStullC(c.t, c.rh), c.expected, 1e-3) << c.t << " °C " << c.rh << " %";
}

TEST(Psychrometrics, WetBulbNeverAboveDryBulb)
{
    for (double t = -30.0; t <= 50.0; t += 5.0) {
        for (double rh = 0.0; rh <= 100.0; rh += 5.0)
            EXPECT_LE(wetBulbStullC(t, rh), t + 1e-9) << t << " °C " << rh << " %";
    }
}

TEST(Psychrometrics, WetBulbRisesWithHumidityWhereCoolingAsksForIt)
{
    // Stull's fit is not monotone in RH below about 5 °C (an error of up to 1 °C there); the
    // cooling model only asks for the wet bulb when the dry bulb is above a set-point (> 15 °C).
    for (double t = 5.0; t <= 50.0; t += 5.0) {
        double previous = -1e9;
        for (double rh = 5.0; rh <= 100.0; rh += 5.0) {
            const double tw = wetBulbStullC(t, rh);
            EXPECT_GE(tw, previous - 1e-9) << t << " °C " << rh << " %";
            previous = tw;
        }
    }
}

TEST(Psychrometrics, DewPointByMagnus)
{
    EXPECT_NEAR(dewPointMagnusC(30.0, 50.0), 18.447, 1e-3);
    EXPECT_NEAR(dewPointMagnusC(20.0, 100.0), 20.0, 1e-9); // saturated air: dew point = air
}

} // namespace
} // namespace greenlight
