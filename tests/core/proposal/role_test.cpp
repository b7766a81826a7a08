#include "core/access/role.h"

#include <gtest/gtest.h>

namespace greenlight {
namespace {

struct PermissionRow {
    Permission permission;
    bool viewer, operatorRole, admin, executive;
};

// The permission table as the issue states it: operators decide, admins administer, executives
// read reports; everyone may look and verify.
TEST(Role, PermissionTableMatchesTheRoles)
{
    using P = Permission;
    const PermissionRow rows[] = {
        {P::ViewDashboards, true, true, true, true},
        {P::ViewProposals, true, true, true, true},
        {P::FileProposal, false, true, false, false},
        {P::ApproveProposal, false, true, false, false},
        {P::RejectProposal, false, true, false, false},
        {P::DispatchProposal, false, true, false, false},
        {P::EditFleet, false, false, true, false},
        {P::EditProviders, false, false, true, false},
        {P::EditRules, false, false, true, false},
        {P::EditUsers, false, false, true, false},
        {P::ReadReports, true, false, true, true},
        {P::VerifyAudit, true, true, true, true},
        {P::ExportAudit, false, false, true, true},
    };
    for (const PermissionRow& row : rows) {
        SCOPED_TRACE(permissionName(row.permission));
        EXPECT_EQ(roleAllows(Role::Viewer, row.permission), row.viewer);
        EXPECT_EQ(roleAllows(Role::Operator, row.permission), row.operatorRole);
        EXPECT_EQ(roleAllows(Role::Admin, row.permission), row.admin);
        EXPECT_EQ(roleAllows(Role::Executive, row.permission), row.executive);
        EXPECT_FALSE(roleAllows(Role::Invalid, row.permission));
    }
}

TEST(Role, NamesRoundTripAndUnknownNamesAreInvalid)
{
    for (Role r : {Role::Viewer, Role::Operator, Role::Admin, Role::Executive})
        EXPECT_EQ(roleFromName(roleName(r)), r);
    EXPECT_EQ(roleFromName("root"), Role::Invalid);
    EXPECT_EQ(roleFromName("Admin"), Role::Invalid);
}

TEST(Role, GrantingRoleIsTheFirstThatAllows)
{
    EXPECT_EQ(grantingRole({Role::Viewer, Role::Operator}, Permission::ApproveProposal), Role::Operator);
    EXPECT_EQ(grantingRole({Role::Viewer}, Permission::ApproveProposal), std::nullopt);
    EXPECT_EQ(grantingRole({}, Permission::ViewDashboards), std::nullopt);
}

} // namespace
} // namespace greenlight
