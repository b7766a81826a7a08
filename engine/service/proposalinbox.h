// The operators' approval inbox, engine side: reads proposals from the store and carries out
// approve / reject intents (one or many, with a reason) on the store's thread, as the signed-in
// user, so the engine checks the role and audits every step. Results come back as signals.
//
//   auto* inbox = new ProposalInbox(store, parent);
//   connect(inbox, &ProposalInbox::proposalsChanged, model, &ProposalTableModel::setProposals);
//   inbox->approve({"P-42"}, "fits the SLO");
#pragma once

#include "core/proposal/proposal.h"

#include <QObject>
#include <QStringList>
#include <QTimer>

#include <vector>

namespace greenlight {

class StoreService;

class ProposalInbox : public QObject {
    Q_OBJECT
public:
    explicit ProposalInbox(StoreService* store, QObject* parent = nullptr);

    // Re-reads now (and every refreshInterval): expires overdue proposals first.
    void refresh();
    void setRefreshInterval(int milliseconds);
    void approve(const QStringList& ids, const QString& reason);
    void reject(const QStringList& ids, const QString& reason);
    // The proposal's lifecycle events, oldest first, as lines for the detail pane.
    void loadTrail(const QString& id);

signals:
    void proposalsChanged(const std::vector<greenlight::Proposal>& proposals);
    // "2 approved" or the first refusal, in the engine's words.
    void decided(const QString& summary, bool allSucceeded);
    // The proposals this decision approved (for dispatch).
    void approved(const QStringList& ids);
    void trailLoaded(const QString& id, const QStringList& lines);
    // Proposals this refresh expired (deadline out of reach, or nobody decided in time): said,
    // not left to vanish from the "awaiting" list unexplained.
    void expired(int count);
    void failed(const QString& message);

private:
    void decide(const QStringList& ids, const QString& reason, bool approve);

    StoreService* m_store;
    QTimer m_timer;
};

} // namespace greenlight
