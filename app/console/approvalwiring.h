// The approval inbox dock: proposals from the operations database, approve/reject by the signed-in
// operator, each proposal's audit trail, and dispatch of what was approved with its progress.
//
//   new ApprovalWiring(context, parent);
#pragma once

#include "panelcontext.h"

#include <QObject>

namespace greenlight {

class ApprovalInbox;
class DispatchService;
class ProposalInbox;
class ProposalTableModel;

class ApprovalWiring : public QObject {
    Q_OBJECT
public:
    ApprovalWiring(const PanelContext& context, QObject* parent);

private:
    void startDispatch(const PanelContext& context);

    ProposalTableModel* m_proposals;
    ProposalInbox* m_inbox;
    ApprovalInbox* m_panel;
    DispatchService* m_dispatch = nullptr; // when clusters are configured
};

} // namespace greenlight
