#include "dispatch/sshhostworker.h"

#include <utility>

namespace greenlight {

SshHostWorker::SshHostWorker(SshTarget target, SshWorkerOptions options)
    : m_target(std::move(target)), m_options(options), m_thread([this] { loop(); })
{
}

SshHostWorker::~SshHostWorker()
{
    {
        std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    m_wake.notify_all();
    m_thread.join();
}

std::string SshHostWorker::describe() const
{
    return m_target.user + "@" + m_target.host + ":" + std::to_string(m_target.port);
}

int SshHostWorker::connectionsOpened() const
{
    std::lock_guard lock(m_mutex);
    return m_connections;
}

void SshHostWorker::dropConnectionDuringNextChange()
{
    std::lock_guard lock(m_mutex);
    m_dropNextChange = true;
}

std::future<Result<CommandResult>> SshHostWorker::post(std::string command, CommandKind kind)
{
    auto task = std::make_shared<std::packaged_task<Result<CommandResult>()>>(
        [this, command = std::move(command), kind] { return execute(command, kind); });
    std::future<Result<CommandResult>> future = task->get_future();
    {
        std::lock_guard lock(m_mutex);
        m_queue.emplace_back([task] { (*task)(); });
    }
    m_wake.notify_one();
    return future;
}

Result<CommandResult> SshHostWorker::run(const std::string& command, CommandKind kind)
{
    return post(command, kind).get();
}

void SshHostWorker::loop()
{
    for (;;) {
        std::function<void()> job;
        {
            std::unique_lock lock(m_mutex);
            m_wake.wait(lock, [this] { return m_stopping || !m_queue.empty(); });
            if (m_queue.empty())
                break; // stopping, and everything queued is done
            job = std::move(m_queue.front());
            m_queue.pop_front();
        }
        job();
    }
    m_session.reset(); // closed on the thread that used it
}

Result<CommandResult> SshHostWorker::execute(const std::string& command, CommandKind kind)
{
    if (m_options.minInterval.count() > 0 && m_lastCommand != std::chrono::steady_clock::time_point{}) {
        const auto next = m_lastCommand + m_options.minInterval;
        if (next > std::chrono::steady_clock::now())
            std::this_thread::sleep_until(next);
    }
    Status last = Status(StatusCode::Unavailable, "not attempted", "ssh");
    for (int attempt = 0; attempt <= m_options.reconnectAttempts; ++attempt) {
        if (!m_session || !m_session->isConnected()) {
            Result<std::unique_ptr<SshSession>> connected = SshSession::connect(m_target);
            if (!connected.ok()) {
                // A refused host key or key file will not fix itself: no retries.
                if (connected.status().code() == StatusCode::FailedPrecondition)
                    return connected.status();
                last = connected.status();
                continue;
            }
            m_session = std::move(connected.value());
            std::lock_guard lock(m_mutex);
            ++m_connections;
        }
        bool drop = false;
        if (kind == CommandKind::Change) {
            std::lock_guard lock(m_mutex);
            drop = std::exchange(m_dropNextChange, false);
        }
        m_lastCommand = std::chrono::steady_clock::now();
        if (drop) {
            (void)m_session->sendAndDrop(command);
            m_session.reset();
            return Status(StatusCode::Unavailable,
                          "the connection to " + describe() + " was cut before the answer arrived", "ssh");
        }
        Result<CommandResult> result = m_session->run(command, m_options.commandTimeout);
        if (result.ok())
            return result;
        last = result.status();
        m_session.reset();
        // A change may have reached the cluster before the connection broke: the caller decides
        // (dispatch looks the job up by its idempotency key before trying again).
        if (kind != CommandKind::Query)
            return last;
    }
    return last;
}

} // namespace greenlight
