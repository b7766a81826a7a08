// The approval inbox dock: proposals from the operations database, approve/reject by the signed-in
// operator, each proposal's audit trail.
//
//   new ApprovalWiring(context, parent);
#pragma once

#include "panelcontext.h"

#include <QObject>

namespace greenlight {

class ApprovalInbox;
class ProposalInbox;
class ProposalTableModel;

class ApprovalWiring : public QObject {
    Q_OBJECT
public:
    ApprovalWiring(const PanelContext& context, QObject* parent);

private:
    ProposalTableModel* m_proposals;
    ProposalInbox* m_inbox;
    ApprovalInbox* m_panel;
};

} // namespace greenlight
