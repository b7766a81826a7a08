// Polls one provider for its zones on a schedule: the interval after a good poll; exponential
// backoff with jitter after transient failures; never before a 429's Retry-After. Keeps the
// provider's status (last success, last error, next poll) for the status view.
//
//   auto* poller = new ProviderPoller(provider, {{"DE"}, minutes(15)}, clock, parent);
//   connect(poller, &ProviderPoller::batchArrived, hub, &ProviderHub::accept);
//   poller->start();
#pragma once

#include "core/providers/retrypolicy.h"
#include "providers/carbonprovider.h"
#include "providers/providerstatus.h"

#include <QStringList>
#include <QTimer>

#include <functional>

namespace greenlight {

class ProviderPoller : public QObject {
    Q_OBJECT
public:
    struct Schedule {
        QStringList zones;
        Seconds interval{15 * 60};
        RetryPolicy retry;
    };

    // Takes ownership of `provider`. `random01` draws jitter in [0, 1] (tests pass a constant).
    ProviderPoller(CarbonProvider* provider, Schedule schedule, UtcClock clock,
                   std::function<double()> random01 = {}, QObject* parent = nullptr);

    CarbonProvider* provider() const { return m_provider; }
    const Schedule& schedule() const { return m_schedule; }
    const ProviderStatus& status() const { return m_status; }
    bool isPolling() const { return m_outstanding > 0; }
    // The delay chosen after the last poll (what the timer waits).
    Seconds lastDelay() const { return m_lastDelay; }

    void start();   // polls now, then on schedule
    void stop();
    void pollNow(); // ignored while a poll is answering

signals:
    void batchArrived(const greenlight::ProviderBatch& batch);
    void failureArrived(const greenlight::ProviderFailure& failure);
    void statusChanged(const greenlight::ProviderStatus& status);
    void pollFinished();

private:
    void onFetched(const ProviderBatch& batch);
    void onFailed(const ProviderFailure& failure);
    void answered();

    CarbonProvider* m_provider;
    Schedule m_schedule;
    UtcClock m_clock;
    std::function<double()> m_random01;
    QTimer m_timer;
    ProviderStatus m_status;
    int m_outstanding = 0;
    // This poll's outcome.
    int m_transientFailures = 0;
    int m_otherFailures = 0;
    int m_successes = 0;
    bool m_anyAnswer = false; // some HTTP answer came back (so we are not offline)
    bool m_rateLimited = false;
    bool m_stopped = false; // stop() holds even when a poll is still being answered
    std::optional<Seconds> m_retryAfter;
    Seconds m_lastDelay{0};
};

} // namespace greenlight
