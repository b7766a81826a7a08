// Poll scheduling: interval after success, doubling backoff with bounded jitter after failures,
// Retry-After as a floor in both of its forms.
#include "fixture.h"

#include "core/providers/retrypolicy.h"

#include <gtest/gtest.h>

namespace greenlight {
namespace {

using test::at;

TEST(RetryPolicy, SuccessWaitsTheInterval)
{
    EXPECT_EQ(nextPollDelay({}, Seconds{900}, 0, std::nullopt, 0.9), Seconds{900});
}

TEST(RetryPolicy, FailuresDoubleUpToTheCap)
{
    const RetryPolicy p{Seconds{30}, Seconds{600}, 0.2};
    EXPECT_EQ(nextPollDelay(p, Seconds{900}, 1, std::nullopt, 0.5), Seconds{30});
    EXPECT_EQ(nextPollDelay(p, Seconds{900}, 2, std::nullopt, 0.5), Seconds{60});
    EXPECT_EQ(nextPollDelay(p, Seconds{900}, 3, std::nullopt, 0.5), Seconds{120});
    EXPECT_EQ(nextPollDelay(p, Seconds{900}, 10, std::nullopt, 0.5), Seconds{600});
    EXPECT_EQ(nextPollDelay(p, Seconds{900}, 1000, std::nullopt, 0.5), Seconds{600});
}

TEST(RetryPolicy, JitterStaysWithinItsFraction)
{
    const RetryPolicy p{Seconds{100}, Seconds{600}, 0.2};
    EXPECT_EQ(nextPollDelay(p, Seconds{900}, 1, std::nullopt, 0.0), Seconds{80});
    EXPECT_EQ(nextPollDelay(p, Seconds{900}, 1, std::nullopt, 1.0), Seconds{120});
}

TEST(RetryPolicy, RetryAfterIsAFloor)
{
    EXPECT_EQ(nextPollDelay({}, Seconds{900}, 1, Seconds{7}, 0.5), Seconds{30});
    EXPECT_EQ(nextPollDelay({}, Seconds{900}, 1, Seconds{3600}, 0.5), Seconds{3600});
}

TEST(RetryPolicy, RetryAfterHeaderForms)
{
    const UtcTime now = at("2015-10-21T07:27:00Z");
    EXPECT_EQ(parseRetryAfter("120", now), Seconds{120});
    EXPECT_EQ(parseRetryAfter(" 7 ", now), Seconds{7});
    EXPECT_EQ(parseRetryAfter("Wed, 21 Oct 2015 07:28:00 GMT", now), Seconds{60});
    EXPECT_EQ(parseRetryAfter("Wed, 21 Oct 2015 07:00:00 GMT", now), Seconds{0});
    EXPECT_FALSE(parseRetryAfter("", now));
    EXPECT_FALSE(parseRetryAfter("-5", now));
    EXPECT_FALSE(parseRetryAfter("soon", now));
    EXPECT_FALSE(parseRetryAfter("Wed, 21 Foo 2015 07:28:00 GMT", now));
}

} // namespace
} // namespace greenlight
