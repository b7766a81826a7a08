#include "store/userdirectory.h"

#include <pwd.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cstdlib>

namespace greenlight {

namespace {
constexpr const char* kSource = "users";
}

std::string chooseIdentity(const std::string& account, const char* envUser, bool callerMayRewriteStore)
{
    const bool envValid = envUser != nullptr && validateUserName(envUser).isOk();
    if (envValid && callerMayRewriteStore)
        return envUser;
    if (!account.empty())
        return account;
    return "unknown";
}

std::string osUserName(const std::filesystem::path& storePath)
{
    const uid_t uid = ::geteuid();
    std::string account;
    if (const passwd* entry = ::getpwuid(uid); entry != nullptr && entry->pw_name != nullptr)
        account = entry->pw_name;
    else
        account = "uid-" + std::to_string(uid); // a container uid without a passwd entry
    bool mayRewrite = uid == 0;
    if (!mayRewrite && !storePath.empty()) {
        // The file, or the folder it will be created in: whoever owns it can edit it directly.
        struct stat info {};
        const std::filesystem::path owned =
            std::filesystem::exists(storePath) ? storePath : storePath.parent_path();
        mayRewrite = !owned.empty() && ::stat(owned.c_str(), &info) == 0 && info.st_uid == uid;
    }
    return chooseIdentity(account, std::getenv("USER"), mayRewrite);
}

Status validateUserName(const std::string& name)
{
    if (name.empty() || name.size() > 64)
        return Status(StatusCode::InvalidArgument, "a user name has 1 to 64 characters", kSource);
    for (char c : name) {
        const bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
            || c == '.' || c == '_' || c == '-' || c == '@';
        if (!ok)
            return Status(StatusCode::InvalidArgument,
                          "user name '" + name + "' may only use letters, digits and . _ - @", kSource);
    }
    return Status::ok();
}

Result<bool> UserDirectory::exists(const std::string& name)
{
    Result<Statement> q = m_db.prepare("SELECT 1 FROM users WHERE name = ?");
    if (!q.ok())
        return q.status();
    q->bind(1, name);
    return q->step();
}

Result<std::int64_t> UserDirectory::count() { return m_db.queryInt("SELECT count(*) FROM users"); }

Result<std::vector<Role>> UserDirectory::rolesOf(const std::string& name)
{
    Result<Statement> q = m_db.prepare(
        "SELECT r.role FROM user_roles r JOIN users u ON u.name = r.user "
        "WHERE r.user = ? AND u.disabled = 0 ORDER BY r.role");
    if (!q.ok())
        return q.status();
    q->bind(1, name);
    std::vector<Role> roles;
    Status s = forEachRow(q.value(), [&](const Statement& row) {
        if (Role r = roleFromName(row.columnText(0)); r != Role::Invalid)
            roles.push_back(r);
    });
    if (!s.isOk())
        return s;
    return roles;
}

Result<std::vector<UserRecord>> UserDirectory::list()
{
    Result<Statement> q = m_db.prepare(
        "SELECT u.name, u.created_at, u.disabled, coalesce(r.role, '') FROM users u "
        "LEFT JOIN user_roles r ON r.user = u.name ORDER BY u.name, r.role");
    if (!q.ok())
        return q.status();
    std::vector<UserRecord> users;
    Status s = forEachRow(q.value(), [&](const Statement& row) {
        const std::string name = row.columnText(0);
        if (users.empty() || users.back().name != name)
            users.push_back({name, UtcTime{Seconds{row.columnInt(1)}}, row.columnInt(2) != 0, {}});
        if (Role r = roleFromName(row.columnText(3)); r != Role::Invalid)
            users.back().roles.push_back(r);
    });
    if (!s.isOk())
        return s;
    return users;
}

Status UserDirectory::add(const std::string& name, UtcTime now)
{
    if (Status s = validateUserName(name); !s.isOk())
        return s;
    Result<Statement> q = m_db.prepare("INSERT INTO users(name, created_at) VALUES (?, ?)");
    if (!q.ok())
        return q.status();
    q->bind(1, name).bind(2, static_cast<std::int64_t>(now.time_since_epoch().count()));
    Status s = q->run();
    if (s.code() == StatusCode::FailedPrecondition)
        return Status(StatusCode::FailedPrecondition, "user '" + name + "' already exists", kSource);
    return s;
}

Status UserDirectory::grant(const std::string& name, Role role, const std::string& grantedBy, UtcTime now)
{
    if (role == Role::Invalid)
        return Status(StatusCode::InvalidArgument, "unknown role", kSource);
    Result<bool> known = exists(name);
    if (!known.ok())
        return known.status();
    if (!known.value())
        return Status(StatusCode::NotFound, "no user '" + name + "'", kSource);
    Result<Statement> q = m_db.prepare(
        "INSERT OR IGNORE INTO user_roles(user, role, granted_at, granted_by) VALUES (?, ?, ?, ?)");
    if (!q.ok())
        return q.status();
    q->bind(1, name).bind(2, roleName(role))
        .bind(3, static_cast<std::int64_t>(now.time_since_epoch().count())).bind(4, grantedBy);
    return q->run();
}

Status UserDirectory::revoke(const std::string& name, Role role)
{
    Result<Statement> q = m_db.prepare("DELETE FROM user_roles WHERE user = ? AND role = ?");
    if (!q.ok())
        return q.status();
    q->bind(1, name).bind(2, roleName(role));
    if (Status s = q->run(); !s.isOk())
        return s;
    if (m_db.changes() == 0)
        return Status(StatusCode::NotFound, "user '" + name + "' does not hold role " + roleName(role),
                      kSource);
    return Status::ok();
}

} // namespace greenlight
