// The cheapest hours of a splittable job: the selection that orders only the dearest few slots
// takes the same hours, at the same cost, as sorting every slot and filling from the cheapest.
#include "core/simulation/lowerboundjobs.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <random>

namespace greenlight {
namespace {

// Sort every slot by (rate, slot) and fill from the cheapest until the run is covered.
double byFullSort(const SplittableJob& job, const std::vector<double>& price,
                  std::vector<double>& hoursBySlot)
{
    std::vector<std::pair<double, std::size_t>> order;
    for (std::size_t i = 0; i < job.slotHour.size(); ++i)
        order.emplace_back(job.gramsPerHour[0][i] + job.gpus * price[job.slotHour[i]], i);
    std::sort(order.begin(), order.end());
    double need = job.durationH;
    double grams = job.migrationGrams[0];
    hoursBySlot.assign(job.slotHour.size(), 0.0);
    for (const auto& [rate, i] : order) {
        if (need <= 0.0)
            break;
        const double take = std::min(need, job.slotHours[i]);
        grams += rate * take;
        hoursBySlot[i] = take;
        need -= take;
    }
    return grams;
}

TEST(CheapestSlots, SameHoursAndCostAsAFullSort)
{
    std::mt19937 rng(7);
    std::uniform_real_distribution<double> rate(10.0, 900.0);
    std::uniform_real_distribution<double> part(0.01, 1.0);
    std::uniform_int_distribution<int> wholeHours(0, 200);
    std::uniform_int_distribution<int> levels(0, 3); // few distinct rates: many ties
    std::vector<std::pair<double, std::size_t>> scratch;
    for (int trial = 0; trial < 500; ++trial) {
        SplittableJob job{};
        job.gpus = 1 + trial % 8;
        const int whole = wholeHours(rng);
        // A partial first slot, whole hours, a partial last slot.
        job.slotHours.push_back(part(rng));
        for (int h = 0; h < whole; ++h)
            job.slotHours.push_back(1.0);
        if (trial % 2 == 0)
            job.slotHours.push_back(part(rng));
        double total = 0.0;
        for (std::size_t i = 0; i < job.slotHours.size(); ++i) {
            job.slotHour.push_back(i);
            total += job.slotHours[i];
        }
        std::uniform_real_distribution<double> duration(0.05, total);
        job.durationH = trial % 10 == 0 ? total : duration(rng); // sometimes every slot
        const bool ties = trial % 3 == 0;
        std::vector<double> perHour;
        for (std::size_t i = 0; i < job.slotHours.size(); ++i)
            perHour.push_back(ties ? 100.0 * levels(rng) : rate(rng));
        job.gramsPerHour = {perHour};
        job.migrationGrams = {trial % 4 == 0 ? 55.0 : 0.0};
        job.sites = {0};
        std::vector<double> price(job.slotHours.size(), 0.0);
        for (double& p : price)
            p = trial % 5 == 0 ? 0.0 : rate(rng) / 10.0;

        std::vector<double> expectedHours;
        const double expected = byFullSort(job, price, expectedHours);
        std::vector<std::pair<std::size_t, double>> taken;
        const double grams = cheapestSlots(job, 0, &price, &taken, scratch);
        EXPECT_NEAR(grams, expected, 1e-9 * expected) << "trial " << trial;
        std::vector<double> hoursBySlot(job.slotHours.size(), 0.0);
        double takenHours = 0.0;
        for (const auto& [i, hours] : taken) {
            hoursBySlot[i] += hours;
            takenHours += hours;
        }
        EXPECT_NEAR(takenHours, job.durationH, 1e-9) << "trial " << trial;
        for (std::size_t i = 0; i < hoursBySlot.size(); ++i)
            EXPECT_NEAR(hoursBySlot[i], expectedHours[i], 1e-9) << "trial " << trial << " slot " << i;
        // Without prices: the same as prices of zero.
        const std::vector<double> zero(job.slotHours.size(), 0.0);
        EXPECT_NEAR(cheapestSlots(job, 0, nullptr, nullptr, scratch), byFullSort(job, zero, expectedHours),
                    1e-9 * expected) << "trial " << trial;
    }
}

} // namespace
} // namespace greenlight
