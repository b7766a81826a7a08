#include "schedulertestfixture.h"

#include "core/physics/coolingmodel.h"
#include "core/physics/weatherlibrary.h"
#include "core/scheduler/facilityintensity.h"
#include "core/scheduler/policyregistry.h"
#include "core/simulation/simulator.h"

#include <gtest/gtest.h>

namespace greenlight {
namespace {

using testing::makeJob;
using testing::t0;

// Two EU sites on equally clean grids: "hot" has the better design PUE on paper, but its weather
// is 35 °C all the time; "cold" sits at 0 °C. Both cool with legacy air (chillers all year).
Fleet twoSites()
{
    const std::string json = R"({"name":"pue","sites":[
      {"id":"hot","name":"H","zone":"ZA","jurisdiction":"EU","location":{"lat":40,"lon":0},
       "gpus":{"A100":8},"power_per_gpu_kw":0.5,"pue":1.1,"cooling":"air","migration_kwh_per_gb":0},
      {"id":"cold","name":"C","zone":"ZB","jurisdiction":"EU","location":{"lat":60,"lon":10},
       "gpus":{"A100":8},"power_per_gpu_kw":0.5,"pue":1.3,"cooling":"air","migration_kwh_per_gb":0}]})";
    return parseFleetJson(json, "pue.json").value();
}

WeatherSeries constantWeather(const char* label, double celsius)
{
    const std::size_t hours = 24 * 21;
    return WeatherSeries::create(label, t0() - Days{7}, std::vector<double>(hours, celsius),
                                 std::vector<double>(hours, 50.0))
        .value();
}

FleetPhysics physicsOf(const Fleet& fleet, const std::vector<double>& celsius)
{
    WeatherLibrary weather;
    for (std::size_t s = 0; s < fleet.sites().size(); ++s)
        weather.add(constantWeather(fleet.sites()[s].zoneKey.c_str(), celsius[s]));
    return weather.physicsFor(fleet, {t0() - Days{7}, t0() + Days{14}}).value();
}

TEST(FacilityIntensity, IsIntensityTimesHourlyPue)
{
    const Fleet fleet = twoSites();
    const TraceLibrary traces = testing::syntheticTraces([](int, int h) { return 100.0 + h; });
    const FleetPhysics physics = physicsOf(fleet, {35.0, 0.0});
    const FacilityIntensity facility(fleet, traces, &physics);
    // Legacy air at 35 °C: PUE 1.69368 (coolingmodel_test); the first trace hour is 100 g/kWh.
    const double pueHot = CoolingModel(defaultCoolingParams(CoolingType::Air)).hour(35.0, 50.0).pue;
    EXPECT_NEAR(pueHot, 1.693676, 1e-5);
    const UtcTime start = t0() - Days{7};
    EXPECT_NEAR(*facility.series(0)->integralGPerKwhHours(IntensitySignal::Lifecycle,
                                                          {start, start + Hours{2}}),
                (100.0 + 101.0) * pueHot, 1e-9);
    EXPECT_NEAR(facility.pueHours(0, {start, start + std::chrono::minutes{90}}), 1.5 * pueHot,
                1e-12);
    // Without physics: the design PUE.
    const FacilityIntensity constant(fleet, traces);
    EXPECT_DOUBLE_EQ(constant.pueAt(1, start), 1.3);
    EXPECT_FALSE(constant.hourly());
}

TEST(FacilityIntensity, SimulatorAccountsFacilityEnergyAndEmissionsWithHourlyPue)
{
    const Fleet fleet = twoSites();
    const TraceLibrary traces = testing::syntheticTraces([](int, int) { return 300.0; });
    const FleetPhysics physics = physicsOf(fleet, {35.0, 0.0});
    const std::vector<Job> jobs = {makeJob("j", 2, Hours{3}, t0(), Hours{0})};
    SimulationSetup setup = makeSetup(fleet, traces, jobs);
    setup.facility = std::make_shared<const FacilityIntensity>(fleet, traces, &physics);
    const ActualOutlook outlook(fleet, traces, setup.facility.get());
    auto baseline = makePolicy("baseline").value();
    const SimulationRun run = simulate(fleet, traces, jobs, *baseline, outlook, setup);
    ASSERT_TRUE(run.records[0].placed);
    // 2 GPUs × 0.5 kW × 3 h = 3 IT kWh at the hot home site, × 1.69368 = 5.08103 kWh facility,
    // × 300 g/kWh = 1.52431 kg.
    EXPECT_NEAR(run.records[0].itEnergyKwh, 3.0, 1e-12);
    EXPECT_NEAR(run.records[0].facilityEnergyKwh, 3.0 * 1.693676, 1e-4);
    EXPECT_NEAR(run.records[0].emissionsKg, 3.0 * 1.693676 * 0.3, 1e-4);
    // The run's inventory agrees, and market = location without instruments.
    EXPECT_NEAR(run.fleetKpis.facilityKwh, run.facilityEnergyKwh, 1e-9);
    EXPECT_NEAR(run.fleetKpis.locationGrams / 1000.0, run.emissionsKg, 1e-9);
    EXPECT_DOUBLE_EQ(run.fleetKpis.marketGrams, run.fleetKpis.locationGrams);
    EXPECT_NEAR(run.fleetKpis.pue(), 1.693676, 1e-5);
    EXPECT_NEAR(run.sciGramsPerJob, 3.0 * 1.693676 * 300.0, 1e-1);
}

TEST(FacilityIntensity, SpatiotemporalFollowsHourlyPueNotTheDesignFigure)
{
    const Fleet fleet = twoSites();
    const TraceLibrary traces = testing::syntheticTraces([](int, int) { return 300.0; });
    const std::vector<Job> jobs = {makeJob("j", 2, Hours{3}, t0(), Hours{0})};
    auto policy = makePolicy("spatiotemporal").value();

    // Design PUE: the hot site looks better (1.1 < 1.3), so the job stays there.
    SimulationSetup constant = makeSetup(fleet, traces, jobs);
    const ActualOutlook designOutlook(fleet, traces);
    EXPECT_EQ(simulate(fleet, traces, jobs, *policy, designOutlook, constant).records[0].site, 0u);

    // PUE(t): at 35 °C the hot site needs 1.69, the cold one 1.52: the job moves.
    const FleetPhysics physics = physicsOf(fleet, {35.0, 0.0});
    SimulationSetup hourly = makeSetup(fleet, traces, jobs);
    hourly.facility = std::make_shared<const FacilityIntensity>(fleet, traces, &physics);
    const ActualOutlook physicsOutlook(fleet, traces, hourly.facility.get());
    const SimulationRun run = simulate(fleet, traces, jobs, *policy, physicsOutlook, hourly);
    EXPECT_EQ(run.records[0].site, 1u);
    EXPECT_LT(run.records[0].facilityEnergyKwh, 3.0 * 1.6);
}

} // namespace
} // namespace greenlight
