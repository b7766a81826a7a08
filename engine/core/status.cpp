#include "status.h"

namespace greenlight {

const char* statusCodeName(StatusCode code)
{
    switch (code) {
    case StatusCode::Invalid: return "invalid";
    case StatusCode::Ok: return "ok";
    case StatusCode::InvalidArgument: return "invalid argument";
    case StatusCode::NotFound: return "not found";
    case StatusCode::OutOfRange: return "out of range";
    case StatusCode::FailedPrecondition: return "failed precondition";
    case StatusCode::DataLoss: return "data loss";
    case StatusCode::Unavailable: return "unavailable";
    case StatusCode::Aborted: return "aborted";
    case StatusCode::PermissionDenied: return "permission denied";
    case StatusCode::Internal: return "internal";
    }
    return "unknown";
}

std::string Status::toString() const
{
    if (isOk())
        return "ok";
    if (m_source.empty())
        return m_message;
    return m_source + ": " + m_message;
}

} // namespace greenlight
