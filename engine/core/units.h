// Small strong types for the quantities the engine multiplies together, so that energy times
// intensity can only give emissions, and a number never travels without its unit.
//
//   const KilowattHours energy{0.4 * 8 * 3.0};              // 8 GPUs at 0.4 kW for 3 h
//   const GramsCo2 emitted = energy * GramsPerKwh{412.0};    // 3,955 g
//   double kg = emitted.kilograms();
#pragma once

#include <compare>

namespace greenlight {

// A value of one unit; Tag only keeps the units apart.
template <typename Tag>
struct Quantity {
    double value = 0.0;

    constexpr Quantity() = default;
    constexpr explicit Quantity(double v) : value(v) {}

    constexpr Quantity operator+(Quantity other) const { return Quantity(value + other.value); }
    constexpr Quantity operator-(Quantity other) const { return Quantity(value - other.value); }
    constexpr Quantity operator*(double factor) const { return Quantity(value * factor); }
    constexpr Quantity operator/(double divisor) const { return Quantity(value / divisor); }
    constexpr double operator/(Quantity other) const { return value / other.value; }
    constexpr Quantity& operator+=(Quantity other)
    {
        value += other.value;
        return *this;
    }
    constexpr auto operator<=>(const Quantity&) const = default;
};

struct KilowattHoursTag {};
struct KilowattsTag {};
struct GramsPerKwhTag {};
struct GramsCo2Tag {};

using KilowattHours = Quantity<KilowattHoursTag>; // electrical energy
using Kilowatts = Quantity<KilowattsTag>;         // electrical power
using GramsPerKwh = Quantity<GramsPerKwhTag>;     // carbon intensity, gCO2eq/kWh

struct GramsCo2 : Quantity<GramsCo2Tag> {
    using Quantity::Quantity;
    constexpr GramsCo2(Quantity<GramsCo2Tag> q) : Quantity(q.value) {}
    constexpr double kilograms() const { return value / 1000.0; }
    constexpr double tonnes() const { return value / 1'000'000.0; }
};

constexpr GramsCo2 operator*(KilowattHours energy, GramsPerKwh intensity)
{
    return GramsCo2(energy.value * intensity.value);
}
constexpr GramsCo2 operator*(GramsPerKwh intensity, KilowattHours energy)
{
    return energy * intensity;
}
// Power held for a number of hours.
constexpr KilowattHours energyOver(Kilowatts power, double hours)
{
    return KilowattHours(power.value * hours);
}

} // namespace greenlight
