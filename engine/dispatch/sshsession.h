// One SSH connection to a cluster's login node (libssh), with the host key checked against our
// own known_hosts file before anything is sent: unknown → refused with the fingerprint for an
// admin to accept; changed → refused loudly. Public-key auth from a key file or the agent.
// Not thread-safe: one thread owns a session (see SshHostWorker).
//
//   Result<std::unique_ptr<SshSession>> s = SshSession::connect(target);
//   Result<CommandResult> r = (*s)->run("squeue --me --json", Seconds{30});
#pragma once

#include "core/status.h"
#include "core/utctime.h"

#include <filesystem>
#include <memory>
#include <string>

struct ssh_session_struct;

namespace greenlight {

struct SshTarget {
    std::string host;
    int port = 22;
    std::string user;
    std::filesystem::path knownHosts; // ours, not ~/.ssh/known_hosts
    std::filesystem::path identity;   // private key file; empty: the SSH agent
    Seconds connectTimeout{10};
};

enum class HostKeyVerdict { Invalid, Trusted, Unknown, Changed, OtherType, Error };

struct HostKeyCheck {
    HostKeyVerdict verdict = HostKeyVerdict::Invalid;
    std::string fingerprint; // "SHA256:…" of the key the server showed
    std::string message;
};

struct CommandResult {
    int exitStatus = -1;
    std::string out;
    std::string err;
};

class SshSession {
public:
    static Result<std::unique_ptr<SshSession>> connect(const SshTarget& target);
    // Connects only far enough to see the host key, for an admin to compare and accept.
    static HostKeyCheck probeHostKey(const SshTarget& target);
    // Adds the server's current key to target.knownHosts (after an admin compared the fingerprint).
    static Status acceptHostKey(const SshTarget& target, const std::string& expectedFingerprint);

    SshSession(const SshSession&) = delete;
    SshSession& operator=(const SshSession&) = delete;
    ~SshSession();

    // Runs one command; Unavailable when the connection fails (the caller may reconnect),
    // DeadlineExceeded-like Unavailable on timeout. Output is capped at 64 MiB.
    Result<CommandResult> run(const std::string& command, Seconds timeout);
    // Sends the command and closes the connection at once without reading the answer: how the
    // tests cut a connection in the middle of a command.
    Status sendAndDrop(const std::string& command);
    bool isConnected() const;
    const SshTarget& target() const { return m_target; }

private:
    explicit SshSession(SshTarget target);

    SshTarget m_target;
    ssh_session_struct* m_session = nullptr;
};

} // namespace greenlight
