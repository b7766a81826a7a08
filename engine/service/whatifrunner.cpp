#include "service/whatifrunner.h"

#include <QFileInfo>
#include <QPointer>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>

namespace greenlight {

WhatIfRunner::WhatIfRunner(Config config, QObject* parent) : QObject(parent), m_config(std::move(config))
{
    qRegisterMetaType<std::shared_ptr<const WhatIfComparison>>();
    connect(&m_watcher, &QFutureWatcher<Outcome>::finished, this, &WhatIfRunner::onFinished);
}

WhatIfRunner::~WhatIfRunner()
{
    if (m_feedback)
        m_feedback->cancel();
    m_watcher.waitForFinished();
    for (QFuture<Outcome>& f : m_superseded)
        f.waitForFinished();
}

void WhatIfRunner::setTraces(std::shared_ptr<const TraceLibrary> traces)
{
    m_traces = std::move(traces);
}

void WhatIfRunner::start(const Scenario& scenario)
{
    if (!m_traces) {
        emit failed(tr("The intensity traces are still loading; run the scenario again in a moment."));
        return;
    }
    if (m_feedback)
        m_feedback->cancel();
    if (m_watcher.isRunning())
        m_superseded.append(m_watcher.future());
    m_superseded.erase(std::remove_if(m_superseded.begin(), m_superseded.end(),
                                      [](const QFuture<Outcome>& f) { return f.isFinished(); }),
                       m_superseded.end());
    const int generation = ++m_generation;
    // Progress is posted to this object's thread and dropped once a newer run has started.
    QPointer<WhatIfRunner> self(this);
    m_feedback = std::make_shared<RunFeedback>([self, generation](double percent) {
        QMetaObject::invokeMethod(
            self,
            [self, generation, percent] {
                if (self && self->m_generation == generation && self->m_running)
                    emit self->progress(static_cast<int>(percent));
            },
            Qt::QueuedConnection);
    });
    m_running = true;
    emit started();
    m_watcher.setFuture(QtConcurrent::run(
        [config = m_config, traces = m_traces, inputs = m_inputs, scenario, feedback = m_feedback, generation] {
            Outcome o = run(config, traces, inputs, scenario, feedback.get());
            o.generation = generation;
            return o;
        }));
}

void WhatIfRunner::cancel()
{
    if (m_feedback && m_running)
        m_feedback->cancel();
}

void WhatIfRunner::onFinished()
{
    const Outcome outcome = m_watcher.result();
    if (outcome.inputs && !m_inputs)
        m_inputs = outcome.inputs;
    if (outcome.generation != m_generation)
        return;
    m_running = false;
    m_feedback.reset();
    if (outcome.cancelled)
        emit cancelled();
    else if (outcome.comparison)
        emit finished(outcome.comparison);
    else
        emit failed(outcome.error);
}

WhatIfRunner::Outcome WhatIfRunner::run(const Config& config, std::shared_ptr<const TraceLibrary> traces,
                                        std::shared_ptr<const WhatIfInputs> inputs, const Scenario& scenario,
                                        RunFeedback* feedback)
{
    Outcome outcome;
    if (!inputs) {
        auto loaded = std::make_shared<WhatIfInputs>();
        Result<Fleet> fleet = loadFleetFile(config.fleetFile.toStdString());
        if (!fleet.ok()) {
            outcome.error = QString::fromStdString(fleet.status().toString());
            return outcome;
        }
        loaded->fleet = std::move(fleet).value();
        if (!config.weatherDir.isEmpty() && QFileInfo(config.weatherDir).isDir()) {
            Result<WeatherLibrary> weather = WeatherLibrary::loadDirectory(config.weatherDir.toStdString());
            if (!weather.ok()) {
                outcome.error = QString::fromStdString(weather.status().toString());
                return outcome;
            }
            loaded->weather = std::make_shared<const WeatherLibrary>(std::move(weather).value());
        }
        loaded->workloadCsv = config.workloadFile.toStdString();
        loaded->traces = traces;
        loaded->forecasters = std::make_shared<ForecasterPool>();
        loaded->currentPlans = std::make_shared<CurrentPlanCache>();
        inputs = loaded;
    }
    outcome.inputs = inputs;
    WhatIfInputs in = *inputs;
    in.traces = traces; // the library the console has now
    Result<WhatIfComparison> r = runWhatIf(in, scenario, feedback);
    if (r.ok())
        outcome.comparison = std::make_shared<const WhatIfComparison>(std::move(r).value());
    else if (r.status().code() == StatusCode::Aborted && feedback && feedback->isCancelled())
        outcome.cancelled = true;
    else
        outcome.error = QString::fromStdString(r.status().toString());
    return outcome;
}

} // namespace greenlight
