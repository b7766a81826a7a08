#include "providerbatch.h"

#include <chrono>

namespace greenlight {

const char* requestKindName(RequestKind kind)
{
    switch (kind) {
    case RequestKind::Latest: return "latest";
    case RequestKind::History: return "history";
    case RequestKind::Forecast: return "forecast";
    case RequestKind::Mix: return "mix";
    case RequestKind::Invalid: break;
    }
    return "invalid";
}

UtcTime systemUtcNow()
{
    return std::chrono::floor<Seconds>(std::chrono::system_clock::now());
}

} // namespace greenlight
