// One worker thread per cluster login node: it owns the SSH connection, reuses it for every
// command, reconnects when it drops (resending only queries), and spaces commands by a minimum
// interval so Greenlight never floods a scheduler. Callers on any thread get results back through
// futures; the UI thread never waits on it.
//
//   SshHostWorker fra(target, {.minInterval = std::chrono::milliseconds{50}});
//   std::future<Result<CommandResult>> f = fra.post("sinfo --json", CommandKind::Query);
#pragma once

#include "dispatch/commandrunner.h"

#include <chrono>
#include <condition_variable>
#include <deque>
#include <functional>
#include <future>
#include <memory>
#include <mutex>
#include <thread>

namespace greenlight {

struct SshWorkerOptions {
    Seconds commandTimeout{60};
    std::chrono::milliseconds minInterval{0}; // rate limit: at least this between commands
    int reconnectAttempts = 2;
};

class SshHostWorker : public CommandRunner {
public:
    SshHostWorker(SshTarget target, SshWorkerOptions options = {});
    ~SshHostWorker() override; // finishes queued commands, then closes

    std::future<Result<CommandResult>> post(std::string command, CommandKind kind);
    // Blocking convenience for callers that are themselves off the UI thread (dispatch jobs).
    Result<CommandResult> run(const std::string& command, CommandKind kind) override;
    std::string describe() const override;

    int connectionsOpened() const; // for tests: reuse means this stays at 1
    // Test hook: the next Change command is sent and the connection cut before any answer.
    void dropConnectionDuringNextChange();

private:
    void loop();
    Result<CommandResult> execute(const std::string& command, CommandKind kind);

    SshTarget m_target;
    SshWorkerOptions m_options;
    std::unique_ptr<SshSession> m_session; // worker thread only
    std::chrono::steady_clock::time_point m_lastCommand{};

    mutable std::mutex m_mutex;
    std::condition_variable m_wake;
    std::deque<std::function<void()>> m_queue;
    bool m_stopping = false;
    int m_connections = 0;
    bool m_dropNextChange = false;
    std::thread m_thread; // last: starts after everything above exists
};

} // namespace greenlight
