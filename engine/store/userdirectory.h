// Users and their roles, as stored. Identity defaults to the OS user; the first user ever seen
// becomes admin, later unknown users are registered as viewers (read-only) until an admin grants
// more. Role checks and their audit records live in Workflow; this is storage only.
//
//   UserDirectory users(db);
//   Result<std::vector<Role>> roles = users.rolesOf("alice");
#pragma once

#include "core/access/role.h"
#include "core/utctime.h"
#include "store/database.h"

#include <filesystem>
#include <string>
#include <vector>

namespace greenlight {

struct UserRecord {
    std::string name;
    UtcTime createdAt{};
    bool disabled = false;
    std::vector<Role> roles;
};

class UserDirectory {
public:
    explicit UserDirectory(Database& db) : m_db(db) {}

    Result<bool> exists(const std::string& name);
    Result<std::int64_t> count();
    Result<std::vector<Role>> rolesOf(const std::string& name); // empty for disabled users
    Result<std::vector<UserRecord>> list();

    Status add(const std::string& name, UtcTime now);
    Status grant(const std::string& name, Role role, const std::string& grantedBy, UtcTime now);
    Status revoke(const std::string& name, Role role);

private:
    Database& m_db;
};

// Who is acting: the OS account of the effective uid. $USER may name someone else only for a
// caller who could rewrite the store file anyway (root, or the file's owner; before the file
// exists, its folder's): a shared database, owned by a service account, cannot be fooled by
// `USER=admin greenlight-cli …`. `storePath` empty: $USER is never honoured over the account.
std::string osUserName(const std::filesystem::path& storePath = {});

// The rule osUserName applies, without the OS: `account` is the effective uid's name ("uid-N"
// when it has no passwd entry), `envUser` is $USER (may be null).
std::string chooseIdentity(const std::string& account, const char* envUser, bool callerMayRewriteStore);

// Accepts letters, digits and . _ - @ (1–64 characters): names reach logs, CSV and shells.
Status validateUserName(const std::string& name);

} // namespace greenlight
