#include "core/access/role.h"

#include <algorithm>
#include <array>
#include <utility>

namespace greenlight {

namespace {

constexpr std::array<std::pair<Role, const char*>, 4> kRoleNames{{
    {Role::Viewer, "viewer"},
    {Role::Operator, "operator"},
    {Role::Admin, "admin"},
    {Role::Executive, "executive"},
}};

} // namespace

const char* roleName(Role role)
{
    for (const auto& [r, name] : kRoleNames)
        if (r == role)
            return name;
    return "invalid";
}

Role roleFromName(std::string_view name)
{
    for (const auto& [r, n] : kRoleNames)
        if (name == n)
            return r;
    return Role::Invalid;
}

const char* permissionName(Permission permission)
{
    switch (permission) {
    case Permission::Invalid: return "invalid";
    case Permission::ViewDashboards: return "view-dashboards";
    case Permission::ViewProposals: return "view-proposals";
    case Permission::FileProposal: return "file-proposal";
    case Permission::ApproveProposal: return "approve-proposal";
    case Permission::RejectProposal: return "reject-proposal";
    case Permission::DispatchProposal: return "dispatch-proposal";
    case Permission::EditFleet: return "edit-fleet";
    case Permission::EditProviders: return "edit-providers";
    case Permission::EditRules: return "edit-rules";
    case Permission::EditUsers: return "edit-users";
    case Permission::ReadReports: return "read-reports";
    case Permission::VerifyAudit: return "verify-audit";
    case Permission::ExportAudit: return "export-audit";
    }
    return "invalid";
}

bool roleAllows(Role role, Permission permission)
{
    using P = Permission;
    switch (permission) {
    case P::Invalid:
        return false;
    case P::ViewDashboards:
    case P::ViewProposals:
    case P::VerifyAudit: // anyone may check the chain; it reveals nothing the log does not
        return role != Role::Invalid;
    case P::FileProposal:
    case P::ApproveProposal:
    case P::RejectProposal:
    case P::DispatchProposal:
        return role == Role::Operator;
    case P::EditFleet:
    case P::EditProviders:
    case P::EditRules:
    case P::EditUsers:
        return role == Role::Admin;
    case P::ReadReports:
        return role == Role::Executive || role == Role::Viewer || role == Role::Admin;
    case P::ExportAudit:
        return role == Role::Executive || role == Role::Admin;
    }
    return false;
}

std::optional<Role> grantingRole(const std::vector<Role>& roles, Permission permission)
{
    const auto it = std::find_if(roles.begin(), roles.end(),
                                 [permission](Role r) { return roleAllows(r, permission); });
    if (it == roles.end())
        return std::nullopt;
    return *it;
}

} // namespace greenlight
