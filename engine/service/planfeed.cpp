#include "service/planfeed.h"

#include "core/forecast/forecasterregistry.h"
#include "core/inference/requests.h"
#include "core/inference/routereplay.h"
#include "core/physics/weatherlibrary.h"
#include "core/scheduler/intensityoutlook.h"
#include "core/scheduler/policyregistry.h"
#include "core/simulation/hourlyemissions.h"
#include "core/simulation/runpreparation.h"
#include "core/workload/workload.h"

#include <QElapsedTimer>
#include <QtConcurrent/QtConcurrentRun>

namespace greenlight {

PlanFeed::PlanFeed(Config config, QObject* parent) : QObject(parent), m_config(std::move(config))
{
    connect(&m_watcher, &QFutureWatcher<Outcome>::finished, this, [this] {
        const Outcome outcome = m_watcher.result();
        if (outcome.error.isEmpty()) {
            emit planned(outcome.jobs, outcome.sites, outcome.summary, outcome.slos);
            emit emissionsAccounted(outcome.emissions);
            emit reported(outcome.report);
        } else
            emit failed(outcome.error);
    });
}

PlanFeed::~PlanFeed() { m_watcher.waitForFinished(); }

void PlanFeed::start(std::shared_ptr<const TraceLibrary> traces)
{
    if (!traces)
        return;
    // Setting a new future detaches the watcher from the old one: its result is never shown.
    m_watcher.setFuture(QtConcurrent::run([config = m_config, traces] { return plan(config, *traces); }));
}

PlanFeed::Outcome PlanFeed::plan(const Config& config, const TraceLibrary& traces)
{
    QElapsedTimer timer;
    timer.start();
    Outcome outcome;
    auto fail = [&](const Status& s) {
        outcome.error = QString::fromStdString(s.toString());
        return outcome;
    };
    Result<Fleet> fleet = loadFleetFile(config.fleetFile.toStdString());
    if (!fleet.ok())
        return fail(fleet.status());
    Result<std::unique_ptr<SchedulingPolicy>> policy = makePolicy(config.policy.toStdString());
    Result<std::unique_ptr<SchedulingPolicy>> baselinePolicy = makePolicy("baseline");
    Result<std::unique_ptr<Forecaster>> forecaster = makeForecaster(config.forecast.toStdString());
    if (!policy.ok() || !baselinePolicy.ok() || !forecaster.ok())
        return fail(!policy.ok() ? policy.status() : !forecaster.ok() ? forecaster.status() : baselinePolicy.status());

    // Sites without intensity data for the trace's period are dropped and their jobs re-homed, as
    // the what-if's current plan and `greenlight-cli simulate` do.
    const std::string workloadFile = config.workloadFile.toStdString();
    std::size_t leftOut = 0; // rows of the trace that are no GPU job to plan
    Result<UsableFleet> usable = keepSitesWithData(fleet.value(), traces, [&](const Fleet& homes) -> Result<std::vector<Job>> {
        Result<Workload> workload = loadWorkloadCsv(workloadFile, WorkloadRules{}, homes);
        if (!workload.ok())
            return workload.status();
        leftOut = workload->skippedCpuOnly + workload->skippedNeverStarted + workload->skippedTooLarge
            + workload->skippedZeroDuration;
        if (workload->jobs.empty())
            return Status(StatusCode::NotFound, "the workload has no GPU jobs", "plan");
        return std::move(workload->jobs);
    });
    if (!usable.ok())
        return fail(usable.status());
    const Fleet& active = usable->fleet;
    const std::vector<Job>& jobs = usable->jobs;
    SimulationSetup& setup = usable->setup;
    // PUE(t) from the sites' weather over every hour the traces cover; the design PUE without it.
    Result<FacilitySetup> facility = facilityFor(active, traces, setup, nullptr);
    if (!config.weatherDir.isEmpty()) {
        Result<WeatherLibrary> weather = WeatherLibrary::loadDirectory(config.weatherDir.toStdString());
        Result<FacilitySetup> hourly = weather.ok() ? facilityFor(active, traces, setup, &weather.value())
                                                    : Result<FacilitySetup>(weather.status());
        if (!hourly.ok()) {
            // The plan still stands on the design PUEs; the report says why.
            facility->pueModel = "design PUE of every site (weather unusable: " + hourly.status().message() + ")";
        } else {
            facility = std::move(hourly);
            if (facility->sitesWithWeather == 0)
                facility->pueModel = "design PUE of every site (no weather for any site in " + config.weatherDir.toStdString() + ")";
        }
    }
    const std::shared_ptr<const FleetPhysics> physics = facility->physics;
    const std::string pueModel = facility->pueModel;
    setup.facility = facility->facility;
    const ForecastOutlook outlook(active, traces, *forecaster.value(), 48, setup.facility.get());
    outlook.prefetch(setup.submitPeriod);
    // The organisation's caps govern the plan, as in `simulate` and the what-if's current plan
    // (the budget panel judged the plan by caps the plan itself never saw).
    setup.budget = active.carbonBudget();
    const SimulationRun baseline = simulate(active, traces, jobs, *baselinePolicy.value(), outlook, setup);
    const SimulationRun run = simulate(active, traces, jobs, *policy.value(), outlook, setup);

    outcome.jobs = std::make_shared<const std::vector<PlannedJob>>(plannedJobs(active, jobs, baseline, run));
    for (const Site& site : active.sites())
        outcome.sites << QString::fromStdString(site.id);
    double expected = 0.0;
    double baselineExpected = 0.0;
    for (const PlannedJob& j : *outcome.jobs) {
        expected += j.expectedKg;
        baselineExpected += j.baselineExpectedKg;
    }
    outcome.summary = QObject::tr("%1 with the %2 forecast: %3 jobs, expected %4 t CO₂e vs %5 t for the baseline (%6 % less)")
                          .arg(config.policy, config.forecast)
                          .arg(outcome.jobs->size())
                          .arg(expected / 1000.0, 0, 'f', 2)
                          .arg(baselineExpected / 1000.0, 0, 'f', 2)
                          .arg(baselineExpected > 0 ? 100.0 * (baselineExpected - expected) / baselineExpected : 0.0, 0, 'f', 0);
    // The trace's row count is in the README: say why the plan has fewer jobs.
    if (leftOut > 0)
        outcome.summary += QObject::tr(" (%1 rows of the trace are no GPU job to plan: CPU-only, never started, "
                                       "no duration or larger than any site)")
                               .arg(leftOut);
    // Sites left out for want of intensity data change every figure: say so where the plan is read.
    if (!setup.excludedSites.empty()) {
        QStringList ids;
        for (const std::string& why : setup.excludedSites)
            ids << QString::fromStdString(why.substr(0, why.find(':')));
        outcome.summary += QObject::tr("; no intensity data for the period at %1, left out (%2)")
                               .arg(ids.join(QStringLiteral(", ")), QString::fromStdString(rehomingNote(usable.value())));
    }
    PlanSlos& slos = outcome.slos;
    slos.jobs = run.jobs;
    slos.deadlineMisses = run.deadlineMisses;
    slos.baselineDeadlineMisses = baseline.deadlineMisses;
    slos.p95DelayHours = run.p95DelayHours;
    slos.emissionsKg = run.emissionsKg;
    slos.baselineEmissionsKg = baseline.emissionsKg;
    double gpuHours = 0.0;
    double lowCarbonGpuHours = 0.0;
    for (const SimulationRecord& r : run.records) {
        if (!r.placed || r.facilityEnergyKwh <= 0.0)
            continue;
        const double hours = r.gpus * std::chrono::duration<double, std::ratio<3600>>(r.finish - r.start).count();
        gpuHours += hours;
        if (1000.0 * r.emissionsKg / r.facilityEnergyKwh <= PlanSlos::kLowCarbonGPerKwh)
            lowCarbonGpuHours += hours;
    }
    slos.lowCarbonShare = gpuHours > 0.0 ? lowCarbonGpuHours / gpuHours : 0.0;
    outcome.emissions = std::make_shared<const PlanEmissions>(
        PlanEmissions{hourlyEmissions(run), hourlyEmissions(baseline), active.carbonBudget()});
    if (!config.requestsFile.isEmpty()) {
        // The inference service's latency SLO: the request trace routed over the same fleet.
        const std::vector<ModelTier> tiers = defaultModelTiers();
        const RequestRules rules;
        Result<std::vector<InferenceRequest>> requests =
            loadRequestsCsv(config.requestsFile.toStdString(), active, tiers, rules);
        if (!requests.ok()) {
            slos.inferenceSkipped = requests.status().message(); // the job plan stands without it
        } else {
            std::vector<const IntensitySeries*> seriesBySite;
            for (const Site& site : active.sites())
                seriesBySite.push_back(traces.find(site.zoneKey));
            const RouteReplay routed = replayRoutes(
                {active, seriesBySite, physics.get(), tiers, RouterSettings{}, {}, false}, requests.value());
            slos.inferenceRequests = routed.requests;
            slos.inferenceSlaMetPct = routed.slaMetPct();
            slos.inferenceMeanLatencyMs = routed.meanLatencyMs();
            slos.inferenceSlaMs = rules.latencySlaMs;
        }
    }
    auto report = std::make_shared<PlanReport>();
    report->period = {setup.origin, setup.origin + Hours{static_cast<long long>(setup.hours)}};
    report->pueModel = pueModel;
    report->jobs = run.jobs;
    report->fleet = run.fleetKpis;
    report->baselineFleet = baseline.fleetKpis;
    report->sites = run.siteKpis;
    report->sciGramsPerJob = run.sciGramsPerJob;
    report->baselineSciGramsPerJob = baseline.sciGramsPerJob;
    outcome.report = std::move(report);
    outcome.elapsedMs = timer.elapsed();
    return outcome;
}

} // namespace greenlight
