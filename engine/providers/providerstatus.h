// How one provider is doing, for the status view: last success, last error, next poll, whether
// it is backing off, rate limited or offline. A plain value, copied into the UI.
//
//   const ProviderStatus& s = poller->status();
//   label->setText(s.lastError.isEmpty() ? tr("ok") : s.lastError);
#pragma once

#include "core/utctime.h"

#include <QMetaType>
#include <QString>

#include <optional>

namespace greenlight {

enum class ProviderHealth {
    Invalid,
    Idle,        // not polled yet
    Ok,          // the last poll answered every request
    Degraded,    // some requests failed for a reason retrying will not fix (key lacks access …)
    BackingOff,  // transient failures: retrying with exponential backoff
    RateLimited, // HTTP 429: waiting at least the server's Retry-After
    Offline,     // no HTTP answer at all (refused, DNS, reset, timeout)
    Disabled,
};

const char* providerHealthName(ProviderHealth health);

struct ProviderStatus {
    QString provider;
    QString displayName;
    ProviderHealth health = ProviderHealth::Idle;
    std::optional<UtcTime> lastSuccess;
    std::optional<UtcTime> lastErrorTime;
    QString lastError; // in words; never contains a secret
    std::optional<UtcTime> nextPoll;
    int consecutiveFailures = 0;
};

} // namespace greenlight

Q_DECLARE_METATYPE(greenlight::ProviderStatus)
