#include "providerpoller.h"

#include <QRandomGenerator>

#include <algorithm>

namespace greenlight {

const char* providerHealthName(ProviderHealth health)
{
    switch (health) {
    case ProviderHealth::Idle: return "idle";
    case ProviderHealth::Ok: return "ok";
    case ProviderHealth::Degraded: return "degraded";
    case ProviderHealth::BackingOff: return "backing off";
    case ProviderHealth::RateLimited: return "rate limited";
    case ProviderHealth::Offline: return "offline";
    case ProviderHealth::Disabled: return "disabled";
    case ProviderHealth::Invalid: break;
    }
    return "invalid";
}

ProviderPoller::ProviderPoller(CarbonProvider* provider, Schedule schedule, UtcClock clock,
                               std::function<double()> random01, QObject* parent)
    : QObject(parent), m_provider(provider), m_schedule(std::move(schedule)),
      m_clock(clock ? std::move(clock) : UtcClock(&systemUtcNow)),
      m_random01(random01 ? std::move(random01)
                          : std::function<double()>([] { return QRandomGenerator::global()->generateDouble(); }))
{
    qRegisterMetaType<ProviderStatus>();
    m_provider->setParent(this);
    m_status.provider = m_provider->id();
    m_status.displayName = m_provider->displayName();
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &ProviderPoller::pollNow);
    connect(m_provider, &CarbonProvider::fetched, this, &ProviderPoller::onFetched);
    connect(m_provider, &CarbonProvider::failed, this, &ProviderPoller::onFailed);
}

void ProviderPoller::start()
{
    m_stopped = false;
    pollNow();
}

void ProviderPoller::stop()
{
    m_stopped = true;
    m_timer.stop();
    m_status.nextPoll.reset();
    m_status.health = ProviderHealth::Disabled;
    emit statusChanged(m_status);
}

void ProviderPoller::pollNow()
{
    if (m_outstanding > 0)
        return;
    m_timer.stop();
    m_transientFailures = m_otherFailures = m_successes = 0;
    m_anyAnswer = m_rateLimited = false;
    m_retryAfter.reset();
    const QList<RequestKind> kinds = m_provider->pollRequests();
    m_outstanding = static_cast<int>(m_schedule.zones.size() * kinds.size());
    if (m_outstanding == 0) {
        answered();
        return;
    }
    // Count first, then ask: a provider may answer synchronously from fetch().
    for (const QString& zone : m_schedule.zones) {
        for (RequestKind kind : kinds)
            m_provider->fetch(zone, kind);
    }
}

void ProviderPoller::onFetched(const ProviderBatch& batch)
{
    ++m_successes;
    m_anyAnswer = true;
    emit batchArrived(batch);
    if (m_outstanding > 0 && --m_outstanding == 0)
        answered();
}

void ProviderPoller::onFailed(const ProviderFailure& failure)
{
    if (failure.status.code() == StatusCode::Unavailable)
        ++m_transientFailures;
    else
        ++m_otherFailures;
    m_anyAnswer = m_anyAnswer || failure.httpStatus != 0;
    if (failure.httpStatus == 429)
        m_rateLimited = true;
    if (failure.retryAfter)
        m_retryAfter = std::max(m_retryAfter.value_or(Seconds{0}), *failure.retryAfter);
    m_status.lastError = QStringLiteral("%1 %2: %3")
                             .arg(failure.zone, QString::fromLatin1(requestKindName(failure.request)),
                                  QString::fromStdString(failure.status.message()));
    m_status.lastErrorTime = m_clock();
    emit failureArrived(failure);
    if (m_outstanding > 0 && --m_outstanding == 0)
        answered();
}

void ProviderPoller::answered()
{
    const UtcTime now = m_clock();
    // Only transient failures (timeouts, 5xx, 429, offline) speed up retries; a refused key or a
    // malformed body will not be fixed by asking again sooner.
    if (m_transientFailures > 0)
        ++m_status.consecutiveFailures;
    else
        m_status.consecutiveFailures = 0;
    if (m_successes > 0)
        m_status.lastSuccess = now;

    if (m_rateLimited)
        m_status.health = ProviderHealth::RateLimited;
    else if (m_transientFailures > 0 && !m_anyAnswer)
        m_status.health = ProviderHealth::Offline;
    else if (m_transientFailures > 0)
        m_status.health = ProviderHealth::BackingOff;
    else if (m_otherFailures > 0)
        m_status.health = ProviderHealth::Degraded;
    else
        m_status.health = ProviderHealth::Ok;

    m_lastDelay = nextPollDelay(m_schedule.retry, m_schedule.interval, m_status.consecutiveFailures,
                                m_retryAfter, m_random01());
    if (m_stopped) {
        m_status.health = ProviderHealth::Disabled;
        m_status.nextPoll.reset();
    } else {
        m_status.nextPoll = now + m_lastDelay;
        m_timer.start(std::chrono::duration_cast<std::chrono::milliseconds>(m_lastDelay));
    }
    emit statusChanged(m_status);
    emit pollFinished();
}

} // namespace greenlight
