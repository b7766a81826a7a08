#include "dispatch/sshsession.h"

#include <libssh/libssh.h>

#include <chrono>

namespace greenlight {

namespace {

constexpr const char* kSource = "ssh";
constexpr std::size_t kMaxOutputBytes = 64u << 20;

std::string where(const SshTarget& t) { return t.user + "@" + t.host + ":" + std::to_string(t.port); }

// A session with our options, not connected yet.
ssh_session newSession(const SshTarget& target)
{
    ssh_session s = ssh_new();
    if (s == nullptr)
        return nullptr;
    int port = target.port;
    long timeout = static_cast<long>(target.connectTimeout.count());
    int no = 0;
    int yes = 1;
    ssh_options_set(s, SSH_OPTIONS_HOST, target.host.c_str());
    ssh_options_set(s, SSH_OPTIONS_PORT, &port);
    ssh_options_set(s, SSH_OPTIONS_USER, target.user.c_str());
    ssh_options_set(s, SSH_OPTIONS_KNOWNHOSTS, target.knownHosts.c_str());
    ssh_options_set(s, SSH_OPTIONS_GLOBAL_KNOWNHOSTS, "/dev/null");
    ssh_options_set(s, SSH_OPTIONS_PROCESS_CONFIG, &no); // ~/.ssh/config must not change what we trust
    ssh_options_set(s, SSH_OPTIONS_TIMEOUT, &timeout);
    // Commands and answers are small: without this, Nagle + delayed ACKs add ~40 ms per channel.
    ssh_options_set(s, SSH_OPTIONS_NODELAY, &yes);
    return s;
}

std::string fingerprintOf(ssh_session s)
{
    ssh_key key = nullptr;
    if (ssh_get_server_publickey(s, &key) != SSH_OK)
        return {};
    unsigned char* hash = nullptr;
    size_t length = 0;
    std::string text;
    if (ssh_get_publickey_hash(key, SSH_PUBLICKEY_HASH_SHA256, &hash, &length) == 0) {
        char* printable = ssh_get_fingerprint_hash(SSH_PUBLICKEY_HASH_SHA256, hash, length);
        if (printable != nullptr) {
            text = printable;
            ssh_string_free_char(printable);
        }
        ssh_clean_pubkey_hash(&hash);
    }
    ssh_key_free(key);
    return text;
}

HostKeyCheck checkHostKey(ssh_session s, const SshTarget& target)
{
    HostKeyCheck check;
    check.fingerprint = fingerprintOf(s);
    switch (ssh_session_is_known_server(s)) {
    case SSH_KNOWN_HOSTS_OK:
        check.verdict = HostKeyVerdict::Trusted;
        break;
    case SSH_KNOWN_HOSTS_CHANGED:
        check.verdict = HostKeyVerdict::Changed;
        check.message = "HOST KEY CHANGED for " + where(target) + ": the server now shows " + check.fingerprint
            + ", which is not the key in " + target.knownHosts.string()
            + ". Someone may be intercepting the connection; nothing was sent. An admin must check the "
              "server and replace the key.";
        break;
    case SSH_KNOWN_HOSTS_OTHER:
        check.verdict = HostKeyVerdict::OtherType;
        check.message = "the server " + where(target) + " shows a key of another type (" + check.fingerprint
            + ") than the one in " + target.knownHosts.string() + "; refusing, as for a changed key";
        break;
    case SSH_KNOWN_HOSTS_UNKNOWN:
    case SSH_KNOWN_HOSTS_NOT_FOUND:
        check.verdict = HostKeyVerdict::Unknown;
        check.message = "the host key of " + where(target) + " is not trusted yet; its fingerprint is "
            + check.fingerprint + ". An admin must compare it with the server's and accept it.";
        break;
    case SSH_KNOWN_HOSTS_ERROR:
    default:
        check.verdict = HostKeyVerdict::Error;
        check.message = std::string("cannot check the host key: ") + ssh_get_error(s);
        break;
    }
    return check;
}

} // namespace

SshSession::SshSession(SshTarget target) : m_target(std::move(target)) {}

SshSession::~SshSession()
{
    if (m_session != nullptr) {
        ssh_disconnect(m_session);
        ssh_free(m_session);
    }
}

Result<std::unique_ptr<SshSession>> SshSession::connect(const SshTarget& target)
{
    std::unique_ptr<SshSession> self(new SshSession(target));
    self->m_session = newSession(target);
    if (self->m_session == nullptr)
        return Status(StatusCode::Internal, "libssh could not create a session", kSource);
    if (ssh_connect(self->m_session) != SSH_OK)
        return Status(StatusCode::Unavailable,
                      "cannot connect to " + where(target) + ": " + ssh_get_error(self->m_session), kSource);
    const HostKeyCheck check = checkHostKey(self->m_session, target);
    if (check.verdict != HostKeyVerdict::Trusted)
        return Status(StatusCode::FailedPrecondition, check.message, kSource);

    int rc = SSH_AUTH_ERROR;
    if (target.identity.empty()) {
        rc = ssh_userauth_agent(self->m_session, nullptr);
    } else {
        ssh_key key = nullptr;
        if (ssh_pki_import_privkey_file(target.identity.c_str(), nullptr, nullptr, nullptr, &key) != SSH_OK)
            return Status(StatusCode::FailedPrecondition, "cannot read the key " + target.identity.string(), kSource);
        rc = ssh_userauth_publickey(self->m_session, nullptr, key);
        ssh_key_free(key);
    }
    if (rc != SSH_AUTH_SUCCESS)
        return Status(StatusCode::FailedPrecondition,
                      "public-key authentication as " + target.user + " failed at " + where(target) + ": "
                          + ssh_get_error(self->m_session),
                      kSource);
    return self;
}

HostKeyCheck SshSession::probeHostKey(const SshTarget& target)
{
    HostKeyCheck check;
    ssh_session s = newSession(target);
    if (s == nullptr || ssh_connect(s) != SSH_OK) {
        check.verdict = HostKeyVerdict::Error;
        check.message = "cannot connect to " + where(target) + (s ? std::string(": ") + ssh_get_error(s) : "");
    } else {
        check = checkHostKey(s, target);
        ssh_disconnect(s);
    }
    if (s != nullptr)
        ssh_free(s);
    return check;
}

Status SshSession::acceptHostKey(const SshTarget& target, const std::string& expectedFingerprint)
{
    ssh_session s = newSession(target);
    if (s == nullptr || ssh_connect(s) != SSH_OK) {
        Status failed(StatusCode::Unavailable, "cannot connect to " + where(target), kSource);
        if (s != nullptr)
            ssh_free(s);
        return failed;
    }
    const HostKeyCheck check = checkHostKey(s, target);
    Status result = Status::ok();
    if (check.fingerprint != expectedFingerprint)
        result = Status(StatusCode::FailedPrecondition,
                        "the server shows " + check.fingerprint + ", not the fingerprint accepted ("
                            + expectedFingerprint + "); nothing written",
                        kSource);
    else if (check.verdict == HostKeyVerdict::Changed || check.verdict == HostKeyVerdict::OtherType)
        result = Status(StatusCode::FailedPrecondition,
                        "a different key is on file for " + where(target) + "; remove it by hand first", kSource);
    else if (check.verdict == HostKeyVerdict::Unknown && ssh_session_update_known_hosts(s) != SSH_OK)
        result = Status(StatusCode::Unavailable, std::string("cannot write known_hosts: ") + ssh_get_error(s), kSource);
    ssh_disconnect(s);
    ssh_free(s);
    return result;
}

bool SshSession::isConnected() const { return m_session != nullptr && ssh_is_connected(m_session) != 0; }

Result<CommandResult> SshSession::run(const std::string& command, Seconds timeout)
{
    if (!isConnected())
        return Status(StatusCode::Unavailable, "not connected to " + where(m_target), kSource);
    ssh_channel channel = ssh_channel_new(m_session);
    if (channel == nullptr)
        return Status(StatusCode::Unavailable, std::string("cannot open a channel: ") + ssh_get_error(m_session), kSource);
    auto fail = [&](const std::string& what) {
        Status s(StatusCode::Unavailable, what + " on " + where(m_target) + ": " + ssh_get_error(m_session), kSource);
        ssh_channel_close(channel);
        ssh_channel_free(channel);
        return s;
    };
    if (ssh_channel_open_session(channel) != SSH_OK)
        return fail("cannot open a session channel");
    if (ssh_channel_request_exec(channel, command.c_str()) != SSH_OK)
        return fail("cannot start the command");

    CommandResult result;
    const auto deadline = std::chrono::steady_clock::now() + timeout;
    char buffer[16384];
    while (true) {
        bool progressed = false;
        for (int isStderr = 0; isStderr <= 1; ++isStderr) {
            const int n = ssh_channel_read_nonblocking(channel, buffer, sizeof buffer, isStderr);
            if (n == SSH_ERROR)
                return fail("the connection broke while reading");
            if (n > 0) {
                std::string& sink = isStderr ? result.err : result.out;
                if (sink.size() + static_cast<std::size_t>(n) > kMaxOutputBytes)
                    return fail("the command printed more than 64 MiB");
                sink.append(buffer, static_cast<std::size_t>(n));
                progressed = true;
            }
        }
        if (ssh_channel_is_eof(channel) && !progressed)
            break;
        if (std::chrono::steady_clock::now() > deadline) {
            // Appended piece by piece: GCC 12 at -O3 reports a false -Wrestrict for "'" + std::string.
            std::string what = "'";
            what.append(command, 0, 60);
            what += "' did not finish within " + std::to_string(timeout.count()) + " s on " + where(m_target);
            Status s(StatusCode::Unavailable, what, kSource);
            ssh_channel_close(channel);
            ssh_channel_free(channel);
            return s;
        }
        if (!progressed)
            ssh_channel_poll_timeout(channel, 100, 0); // wait for data instead of spinning
    }
    ssh_channel_send_eof(channel);
    result.exitStatus = ssh_channel_get_exit_status(channel);
    ssh_channel_close(channel);
    ssh_channel_free(channel);
    return result;
}

Status SshSession::sendAndDrop(const std::string& command)
{
    if (!isConnected())
        return Status(StatusCode::Unavailable, "not connected", kSource);
    ssh_channel channel = ssh_channel_new(m_session);
    if (channel == nullptr || ssh_channel_open_session(channel) != SSH_OK
        || ssh_channel_request_exec(channel, command.c_str()) != SSH_OK) {
        if (channel != nullptr)
            ssh_channel_free(channel);
        return Status(StatusCode::Unavailable, "cannot start the command", kSource);
    }
    ssh_channel_free(channel);
    ssh_disconnect(m_session); // the answer is never read: the connection is cut mid-command
    return Status::ok();
}

} // namespace greenlight
