// What a provider request hands back: a batch of readings (and mixes) for one zone, or a failure
// that says what went wrong in words, whether retrying helps, and when the server allows it.
//
//   connect(provider, &CarbonProvider::fetched, hub, [](const ProviderBatch& b) { … });
//   connect(provider, &CarbonProvider::failed, hub, [](const ProviderFailure& f) { … });
#pragma once

#include "core/providers/generationmix.h"
#include "core/providers/providerreading.h"
#include "core/status.h"

#include <QMetaType>
#include <QString>

#include <functional>
#include <optional>
#include <vector>

namespace greenlight {

enum class RequestKind {
    Invalid,
    Latest,   // the current value (WattTime: the signal-index percentile)
    History,  // the past day
    Forecast, // the provider's forecast, stored as issued
    Mix,      // generation / consumption mix
};

const char* requestKindName(RequestKind kind); // "latest", "history", …

struct ProviderBatch {
    QString provider;
    QString zone; // as asked for (a WattTime region or UK region may be named differently inside)
    RequestKind request = RequestKind::Invalid;
    UtcTime fetchedTime{};
    std::vector<ProviderReading> readings;
    std::vector<GenerationMix> mixes;
};

struct ProviderFailure {
    QString provider;
    QString zone;
    RequestKind request = RequestKind::Invalid;
    Status status;                      // Unavailable: transient; PermissionDenied: the key
    std::optional<Seconds> retryAfter;  // from a 429's Retry-After
    int httpStatus = 0;                 // 0 when no HTTP answer came (offline, timeout, reset)
    bool networkDown() const { return httpStatus == 0 && status.code() == StatusCode::Unavailable; }
};

// Every provider reads "now" through this, so tests run on a fake clock.
using UtcClock = std::function<UtcTime()>;
UtcTime systemUtcNow();

} // namespace greenlight

Q_DECLARE_METATYPE(greenlight::ProviderBatch)
Q_DECLARE_METATYPE(greenlight::ProviderFailure)
