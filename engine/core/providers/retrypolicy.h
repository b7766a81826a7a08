// When to poll a provider next: its interval after a success; exponential backoff with jitter
// after failures; never earlier than the server's Retry-After. Pure, so tests need no clock.
//
//   Seconds wait = nextPollDelay(RetryPolicy{}, Minutes{15}, failures, retryAfter, random01());
//   std::optional<Seconds> ra = parseRetryAfter("120", now); // or an HTTP-date
#pragma once

#include "core/utctime.h"

#include <optional>
#include <string_view>

namespace greenlight {

struct RetryPolicy {
    Seconds firstRetry{30};     // after the first failure
    Seconds maxRetry{Hours{1}}; // backoff never grows beyond this
    double jitterFraction = 0.2; // ± this share of the backoff, so clients do not retry in step
};

// `jitter01` in [0, 1] (0.5 = no jitter). `consecutiveFailures` 0 means the last poll succeeded.
Seconds nextPollDelay(const RetryPolicy& policy, Seconds interval, int consecutiveFailures,
                      std::optional<Seconds> retryAfter, double jitter01);

// Retry-After: delay-seconds ("120") or an IMF-fixdate ("Wed, 21 Oct 2015 07:28:00 GMT").
// nullopt when absent or unreadable; a date in the past gives 0.
std::optional<Seconds> parseRetryAfter(std::string_view header, UtcTime now);

} // namespace greenlight
