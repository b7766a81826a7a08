#include "approvalwiring.h"

#include "screenshotgate.h"

#include "models/proposaltablemodel.h"
#include "service/proposalinbox.h"
#include "service/storeservice.h"
#include "widgets/approvalinbox.h"

namespace greenlight {

ApprovalWiring::ApprovalWiring(const PanelContext& context, QObject* parent)
    : QObject(parent),
      m_proposals(new ProposalTableModel(this)),
      m_inbox(new ProposalInbox(context.store, this)),
      m_panel(new ApprovalInbox(m_proposals))
{
    context.addPanel(m_panel, tr("Approval inbox"), QStringLiteral("approvalInboxDock"), QStringLiteral("inbox"));
    ScreenshotGate* gate = context.gate;
    gate->expect(QStringLiteral("store"));
    connect(m_inbox, &ProposalInbox::proposalsChanged, m_proposals, &ProposalTableModel::setProposals);
    // The database is open and the inbox has its first snapshot, or the database failed.
    connect(m_inbox, &ProposalInbox::proposalsChanged, gate, [gate] { gate->settle(QStringLiteral("store")); });
    connect(context.store, &StoreService::openFailed, gate, [gate] { gate->settle(QStringLiteral("store")); });
    connect(m_panel, &ApprovalInbox::approveRequested, m_inbox, &ProposalInbox::approve);
    connect(m_panel, &ApprovalInbox::rejectRequested, m_inbox, &ProposalInbox::reject);
    connect(m_panel, &ApprovalInbox::trailRequested, m_inbox, &ProposalInbox::loadTrail);
    connect(m_inbox, &ProposalInbox::trailLoaded, m_panel, &ApprovalInbox::showTrail);
    connect(m_inbox, &ProposalInbox::decided, m_panel, &ApprovalInbox::showResult);
    connect(m_inbox, &ProposalInbox::failed, m_panel,
            [this](const QString& message) { m_panel->showResult(message, false); });
}

} // namespace greenlight
