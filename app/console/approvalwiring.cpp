#include "approvalwiring.h"

#include "screenshotgate.h"

#include "models/proposaltablemodel.h"
#include "service/dispatchservice.h"
#include "service/proposalinbox.h"
#include "service/storeservice.h"
#include "store/userdirectory.h"
#include "widgets/approvalinbox.h"

#include <QSettings>

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
    connect(m_inbox, &ProposalInbox::expired, m_panel, [this](int count) {
        m_panel->showResult(tr("%n proposal(s) expired: the job can no longer meet its deadline, or no operator "
                               "decided within the rule's time (the job keeps its plan). Show \"All proposals\" to see them.",
                               nullptr, count),
                            false);
    });
    connect(m_inbox, &ProposalInbox::failed, m_panel,
            [this](const QString& message) { m_panel->showResult(message, false); });
    // Only operators decide; others see why the buttons are off (the engine refuses anyway).
    connect(context.store, &StoreService::opened, m_panel,
            [this](const QString& user, const QString& roles, int, const std::vector<Role>& held) {
                const bool mayDecide = grantingRole(held, Permission::ApproveProposal).has_value();
                m_panel->setDecisionsAllowed(mayDecide, tr("Signed in as %1 (%2): only operators approve or reject").arg(user, roles));
            });
    startDispatch(context);
}

void ApprovalWiring::startDispatch(const PanelContext& context)
{
    // Approved proposals go to the clusters of --clusters FILE (remembered); without one they
    // wait for `greenlight-cli dispatch`.
    QSettings settings;
    QString file = context.options->clustersFile;
    if (file.isEmpty())
        file = settings.value(QStringLiteral("dispatch/clustersFile")).toString();
    if (file.isEmpty())
        return;
    Result<ClusterConfig> clusters = loadClusterConfig(file.toStdString());
    if (!clusters.ok()) {
        m_panel->showResult(tr("Approved proposals will not be dispatched: %1")
                                .arg(QString::fromStdString(clusters.status().toString())),
                            false);
        return;
    }
    settings.setValue(QStringLiteral("dispatch/clustersFile"), file);
    m_dispatch = new DispatchService(context.store->path(), osUserName(context.store->path()), std::move(clusters.value()), this);
    connect(m_inbox, &ProposalInbox::approved, m_dispatch, &DispatchService::dispatch);
    connect(m_dispatch, &DispatchService::progress, m_panel, [this](const QString& id, const QString& step) {
        m_panel->showResult(tr("%1: %2…").arg(id, step), true);
    });
    connect(m_dispatch, &DispatchService::finished, this,
            [this](const QString& id, bool ok, const QString& state, const QString& detail) {
                m_panel->showResult(tr("%1 %2: %3").arg(id, state, detail), ok);
                m_inbox->refresh();
                m_inbox->loadTrail(id);
            });
}

} // namespace greenlight
