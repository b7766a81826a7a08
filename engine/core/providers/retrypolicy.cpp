#include "retrypolicy.h"

#include <algorithm>
#include <array>
#include <charconv>
#include <cmath>
#include <string>

namespace greenlight {

Seconds nextPollDelay(const RetryPolicy& policy, Seconds interval, int consecutiveFailures,
                      std::optional<Seconds> retryAfter, double jitter01)
{
    Seconds delay = interval;
    if (consecutiveFailures > 0) {
        const int doublings = std::min(consecutiveFailures - 1, 30);
        const double backoff = std::min(static_cast<double>(policy.maxRetry.count()),
                                        static_cast<double>(policy.firstRetry.count())
                                            * std::ldexp(1.0, doublings));
        const double jitter = 1.0 + policy.jitterFraction * (2.0 * std::clamp(jitter01, 0.0, 1.0) - 1.0);
        delay = Seconds{std::max<long long>(1, std::llround(backoff * jitter))};
    }
    if (retryAfter)
        delay = std::max(delay, *retryAfter); // the server's word is a floor
    return delay;
}

std::optional<Seconds> parseRetryAfter(std::string_view header, UtcTime now)
{
    while (!header.empty() && header.front() == ' ')
        header.remove_prefix(1);
    while (!header.empty() && header.back() == ' ')
        header.remove_suffix(1);
    if (header.empty())
        return std::nullopt;
    long long seconds = 0;
    auto [end, ec] = std::from_chars(header.data(), header.data() + header.size(), seconds);
    if (ec == std::errc() && end == header.data() + header.size())
        return seconds >= 0 ? std::optional<Seconds>(Seconds{seconds}) : std::nullopt;

    // IMF-fixdate: "Wed, 21 Oct 2015 07:28:00 GMT".
    if (header.size() != 29 || header.substr(25) != " GMT" || header[3] != ',')
        return std::nullopt;
    static constexpr std::array<std::string_view, 12> kMonths = {
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    std::size_t month = 0;
    while (month < kMonths.size() && kMonths[month] != header.substr(8, 3))
        ++month;
    if (month == kMonths.size())
        return std::nullopt;
    std::string iso = std::string(header.substr(12, 4)) + "-" + (month < 9 ? "0" : "")
        + std::to_string(month + 1) + "-" + std::string(header.substr(5, 2)) + "T"
        + std::string(header.substr(17, 8)) + "Z";
    std::optional<UtcTime> at = parseIsoUtc(iso);
    if (!at)
        return std::nullopt;
    return std::max(Seconds{0}, *at - now);
}

} // namespace greenlight
