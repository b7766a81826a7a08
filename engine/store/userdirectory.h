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

// The OS account running this process ($USER, else the passwd entry, else "unknown").
std::string osUserName();

// Accepts letters, digits and . _ - @ (1–64 characters): names reach logs, CSV and shells.
Status validateUserName(const std::string& name);

} // namespace greenlight
