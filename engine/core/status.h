// Errors as values: a code that tells the caller what to do next, a message in words an operator
// understands, and who said it.
//
//   Result<IntensitySeries> r = loadIntensityCsv(path);
//   if (!r.ok()) std::cerr << r.status().toString() << '\n';
#pragma once

#include <string>
#include <utility>
#include <variant>

namespace greenlight {

enum class StatusCode {
    Invalid,            // never produced on purpose; a default-constructed code
    Ok,
    InvalidArgument,    // the input is malformed: fix the input
    NotFound,           // the named thing does not exist
    OutOfRange,         // the request lies outside the data we have
    FailedPrecondition, // a human must fix something before this can work
    PermissionDenied,   // the acting user's roles do not allow it; retrying will not help
    DataLoss,           // stored data is corrupt or incomplete
    Unavailable,        // transient: retry the call
    Aborted,            // the world changed underneath: retry the plan
    Internal,           // a bug
};

const char* statusCodeName(StatusCode code);

class Status {
public:
    Status() = default;
    Status(StatusCode code, std::string message, std::string source = {})
        : m_code(code), m_message(std::move(message)), m_source(std::move(source))
    {
    }

    static Status ok() { return Status(StatusCode::Ok, {}); }

    bool isOk() const { return m_code == StatusCode::Ok; }
    StatusCode code() const { return m_code; }
    const std::string& message() const { return m_message; }
    const std::string& source() const { return m_source; }

    // "source: message" (or just the message when nobody in particular said it).
    std::string toString() const;

private:
    StatusCode m_code = StatusCode::Ok;
    std::string m_message;
    std::string m_source;
};

// A value or the Status explaining why there is none.
template <typename T>
class Result {
public:
    Result(T value) : m_state(std::move(value)) {}
    Result(Status status) : m_state(std::move(status)) {}

    bool ok() const { return std::holds_alternative<T>(m_state); }
    const Status& status() const
    {
        static const Status kOk = Status::ok();
        return ok() ? kOk : std::get<Status>(m_state);
    }

    T& value() & { return std::get<T>(m_state); }
    const T& value() const& { return std::get<T>(m_state); }
    T&& value() && { return std::get<T>(std::move(m_state)); }

    T* operator->() { return &value(); }
    const T* operator->() const { return &value(); }

private:
    std::variant<T, Status> m_state;
};

} // namespace greenlight
