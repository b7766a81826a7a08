// Progress and cancel for long engine work (a what-if run, a site-planner pass), after QGIS's
// QgsFeedback: the caller keeps the object, the work reports progress into it and checks
// isCancelled() between steps; any thread may cancel. Pure C++, no Qt.
//
//   RunFeedback feedback([](double percent) { post(percent); });
//   Result<WhatIfComparison> r = runWhatIf(inputs, scenario, &feedback);   // feedback.cancel() elsewhere
#pragma once

#include <atomic>
#include <functional>

namespace greenlight {

class RunFeedback {
public:
    using ProgressSink = std::function<void(double percent)>;
    explicit RunFeedback(ProgressSink sink = {}) : m_sink(std::move(sink)) {}

    void cancel() noexcept { m_cancelled.store(true, std::memory_order_relaxed); }
    bool isCancelled() const noexcept { return m_cancelled.load(std::memory_order_relaxed); }

    // 0..100; the sink is called on the working thread, only when the whole percent changes.
    void setProgress(double percent);
    double progress() const noexcept { return m_percent.load(std::memory_order_relaxed); }

private:
    ProgressSink m_sink;
    std::atomic<bool> m_cancelled{false};
    std::atomic<double> m_percent{0.0};
    int m_lastReported = -1;
};

} // namespace greenlight
