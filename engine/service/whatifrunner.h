// The what-if job: runs a scenario against the current plan on a worker thread (core/whatif),
// reporting progress, and honours cancel() within a few milliseconds. A new start() supersedes
// the run in flight (it is cancelled and its result never shown). The fleet and weather are read
// on the worker thread the first time and reused; the forecasters' fitted models and the current
// plan's runs (per period) are kept between runs.
//
//   auto* runner = new WhatIfRunner({fleetFile, workloadFile, weatherDir}, parent);
//   runner->setTraces(replayFeed->library());
//   connect(runner, &WhatIfRunner::finished, panel, &WhatIfPanel::showComparison);
//   runner->start(scenario);   // … runner->cancel();
#pragma once

#include "core/runfeedback.h"
#include "core/tracelibrary.h"
#include "core/whatif/whatif.h"

#include <QFutureWatcher>
#include <QList>
#include <QObject>
#include <QString>

#include <memory>
#include <optional>

namespace greenlight {

class WhatIfRunner : public QObject {
    Q_OBJECT
public:
    struct Config {
        QString fleetFile;
        QString workloadFile;
        QString weatherDir; // empty or missing: design PUE everywhere
    };

    explicit WhatIfRunner(Config config, QObject* parent = nullptr);
    ~WhatIfRunner() override; // cancels and waits for the worker

    void setTraces(std::shared_ptr<const TraceLibrary> traces);
    bool hasTraces() const { return m_traces != nullptr; }
    const Config& config() const { return m_config; }

    void start(const Scenario& scenario);
    void cancel();
    bool isRunning() const { return m_running; }

    struct Outcome {
        int generation = 0;
        std::shared_ptr<const WhatIfComparison> comparison;
        std::shared_ptr<const WhatIfInputs> inputs; // loaded on the worker, for later runs
        QString error;
        bool cancelled = false;
    };
    // Runs on any thread; loads the fleet and weather when `inputs` is null.
    static Outcome run(const Config& config, std::shared_ptr<const TraceLibrary> traces,
                       std::shared_ptr<const WhatIfInputs> inputs, const Scenario& scenario,
                       RunFeedback* feedback);

signals:
    void started();
    void progress(int percent);
    void finished(std::shared_ptr<const greenlight::WhatIfComparison> comparison);
    void failed(const QString& message);
    void cancelled();

private:
    void onFinished();

    Config m_config;
    std::shared_ptr<const TraceLibrary> m_traces;
    std::shared_ptr<const WhatIfInputs> m_inputs;
    std::shared_ptr<RunFeedback> m_feedback; // of the run in flight
    QFutureWatcher<Outcome> m_watcher;
    QList<QFuture<Outcome>> m_superseded; // still stopping; waited for on destruction
    int m_generation = 0;
    bool m_running = false;
};

} // namespace greenlight
Q_DECLARE_METATYPE(std::shared_ptr<const greenlight::WhatIfComparison>)
