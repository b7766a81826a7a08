// Who may do what. Roles are enforced by the engine (the store's workflow checks every intent
// against this table), not only hidden in the UI.
//
//   if (!roleAllows(Role::Viewer, Permission::ApproveProposal)) refuse("viewers cannot approve");
//   Role r = roleFromName("operator");
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace greenlight {

enum class Role {
    Invalid,
    Viewer,    // sustainability officer: dashboards, read-only
    Operator,  // approves, rejects and dispatches proposals
    Admin,     // fleet, providers, rules and users
    Executive, // reports and the audit trail behind them
};

enum class Permission {
    Invalid,
    ViewDashboards,
    ViewProposals,
    FileProposal, // hand a policy's proposal to the workflow (the engine itself needs no role)
    ApproveProposal,
    RejectProposal,
    DispatchProposal,
    EditFleet,
    EditProviders,
    EditRules,
    EditUsers,
    ReadReports,
    VerifyAudit,
    ExportAudit,
};

const char* roleName(Role role);             // "operator"
Role roleFromName(std::string_view name);    // Invalid when unknown
const char* permissionName(Permission permission); // "approve-proposal"

// The permission table. Admins change the rules but do not approve their outcomes (separation of
// duties); an admin who must also approve grants themself the operator role, which is audited.
bool roleAllows(Role role, Permission permission);

// The first of `roles` that grants `permission`, if any (the role recorded in the audit log).
std::optional<Role> grantingRole(const std::vector<Role>& roles, Permission permission);

} // namespace greenlight
