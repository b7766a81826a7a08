// What the scheduler plans for a workload, computed off the UI thread: the bundled job trace
// replayed on the fleet with a policy and a forecast, next to the carbon-agnostic baseline. The
// job queue panel lists the result. A new start() supersedes a running one (its result is dropped).
//
//   auto* plan = new PlanFeed({fleetFile, workloadFile}, parent);
//   connect(plan, &PlanFeed::planned, panel, [](auto jobs, const QString& summary) { … });
//   plan->start(replayFeed->library());
#pragma once

#include "core/budget/budgetburn.h"
#include "core/simulation/plannedjob.h"
#include "core/tracelibrary.h"

#include <QFutureWatcher>
#include <QObject>
#include <QString>

#include <memory>
#include <string>
#include <vector>

namespace greenlight {

// The service levels an officer watches, from the same run (actual recorded intensity).
struct PlanSlos {
    std::size_t jobs = 0;
    std::size_t deadlineMisses = 0;
    std::size_t baselineDeadlineMisses = 0;
    double p95DelayHours = 0.0;
    // Share of GPU-hours in jobs whose average facility intensity was at most kLowCarbonGPerKwh.
    double lowCarbonShare = 0.0;
    double emissionsKg = 0.0;
    double baselineEmissionsKg = 0.0;
    // Inference: the request trace routed over the fleet (inference-route + budget-tier).
    std::size_t inferenceRequests = 0;
    double inferenceSlaMetPct = 0.0;
    double inferenceMeanLatencyMs = 0.0;
    double inferenceSlaMs = 0.0;
    // Why the request trace was not routed (e.g. a fleet without user regions); the job plan
    // stands without it. Empty when it was routed or there is none.
    std::string inferenceSkipped;
    static constexpr double kLowCarbonGPerKwh = 100.0;
};

// The plan's and the baseline's emissions hour by hour (actual recorded intensity), with the
// fleet's carbon budget: what the budget gauge and the emissions tiles read at each tick.
struct PlanEmissions {
    HourlyKg plannedKg;
    HourlyKg baselineKg;
    std::optional<BudgetCaps> caps;
};

// What the executives read: the plan's period accounted like an inventory (sitekpis.h) — energy,
// location- and market-based Scope 2, PUE, CFE, WUE, ERF, SCI — for the plan and the baseline.
struct PlanReport {
    TimeWindow period;
    std::string pueModel; // where PUE(t) came from, in words
    std::size_t jobs = 0;
    SiteKpis fleet;
    SiteKpis baselineFleet;
    std::vector<SiteKpis> sites;
    double sciGramsPerJob = 0.0;
    double baselineSciGramsPerJob = 0.0;
};

class PlanFeed : public QObject {
    Q_OBJECT
public:
    struct Config {
        QString fleetFile;
        QString workloadFile;
        QString policy = QStringLiteral("spatiotemporal");
        QString forecast = QStringLiteral("ridge");
        QString weatherDir; // PUE(t) from the sites' weather; empty: their design PUE
        QString requestsFile; // inference requests for the latency SLO; empty: none
    };
    struct Outcome {
        std::shared_ptr<const std::vector<PlannedJob>> jobs;
        QStringList sites; // the fleet's site ids, for filters
        QString summary;   // one line: policy, jobs, expected vs baseline
        PlanSlos slos;
        std::shared_ptr<const PlanEmissions> emissions;
        std::shared_ptr<const PlanReport> report;
        QString error;     // set when nothing could be planned
        qint64 elapsedMs = 0;
    };

    explicit PlanFeed(Config config, QObject* parent = nullptr);
    ~PlanFeed() override;

    void start(std::shared_ptr<const TraceLibrary> traces);
    bool isRunning() const { return m_watcher.isRunning(); }

    // Runs on any thread.
    static Outcome plan(const Config& config, const TraceLibrary& traces);

signals:
    void planned(std::shared_ptr<const std::vector<greenlight::PlannedJob>> jobs, const QStringList& sites,
                 const QString& summary, const greenlight::PlanSlos& slos);
    // After planned(), from the same run.
    void emissionsAccounted(std::shared_ptr<const greenlight::PlanEmissions> emissions);
    void reported(std::shared_ptr<const greenlight::PlanReport> report);
    void failed(const QString& message);

private:
    Config m_config;
    QFutureWatcher<Outcome> m_watcher;
    int m_generation = 0;
};

} // namespace greenlight
Q_DECLARE_METATYPE(greenlight::PlanSlos)
