#include "core/units.h"

#include <gtest/gtest.h>

#include <type_traits>

namespace greenlight {
namespace {

TEST(Units, EnergyTimesIntensityIsEmissions)
{
    const KilowattHours energy = energyOver(Kilowatts{0.4 * 8}, 3.0);
    EXPECT_DOUBLE_EQ(energy.value, 9.6);
    const GramsCo2 emitted = energy * GramsPerKwh{412.0};
    EXPECT_DOUBLE_EQ(emitted.value, 3955.2);
    EXPECT_DOUBLE_EQ(emitted.kilograms(), 3.9552);
    EXPECT_DOUBLE_EQ((GramsPerKwh{412.0} * energy).value, emitted.value);
}

TEST(Units, QuantitiesAddAndCompareWithinTheirUnitOnly)
{
    KilowattHours total{1.5};
    total += KilowattHours{2.0};
    EXPECT_DOUBLE_EQ(total.value, 3.5);
    EXPECT_LT(KilowattHours{1.0}, KilowattHours{2.0});
    EXPECT_DOUBLE_EQ(KilowattHours{3.0} / KilowattHours{1.5}, 2.0);
    // Different units do not mix: adding kWh to grams does not compile.
    static_assert(!std::is_convertible_v<KilowattHours, GramsCo2>);
    static_assert(!std::is_convertible_v<GramsPerKwh, KilowattHours>);
}

} // namespace
} // namespace greenlight
