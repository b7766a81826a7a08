// The window adapts to who signed in: operators start at the approval inbox, executives at the
// executive summary, officers (viewers) and admins at the carbon budget. Only when the command
// line did not ask for a panel; the engine enforces what each role may do either way.
//
//   new RoleLayout(context, parent);
#pragma once

#include "panelcontext.h"

#include "core/access/role.h"

#include <QObject>

#include <vector>

namespace greenlight {

class RoleLayout : public QObject {
    Q_OBJECT
public:
    RoleLayout(const PanelContext& context, QObject* parent);

    // The dock (object name) a user with these roles starts at.
    static QString dockFor(const std::vector<Role>& roles);
};

} // namespace greenlight
