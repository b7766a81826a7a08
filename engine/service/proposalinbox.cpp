#include "service/proposalinbox.h"

#include "service/storeservice.h"
#include "store/proposalrepository.h"

namespace greenlight {

namespace {

struct Snapshot {
    bool ok = false;
    QString error;
    std::vector<Proposal> proposals;
    int expired = 0;
};

struct Decision {
    int succeeded = 0;
    QStringList refusals;
    QStringList approvedIds;
};

} // namespace

ProposalInbox::ProposalInbox(StoreService* store, QObject* parent) : QObject(parent), m_store(store)
{
    m_timer.setInterval(15'000);
    connect(&m_timer, &QTimer::timeout, this, &ProposalInbox::refresh);
    connect(store, &StoreService::opened, this, [this] {
        refresh();
        m_timer.start();
    });
    connect(store, &StoreService::openFailed, this, [this](const QString& reason) {
        emit failed(tr("The approval inbox needs the operations database: %1").arg(reason));
    });
}

void ProposalInbox::setRefreshInterval(int milliseconds) { m_timer.setInterval(milliseconds); }

void ProposalInbox::refresh()
{
    m_store
        ->run<Snapshot>([](StoreSession& s) {
            Snapshot snap;
            const Result<int> expired = s.flow->expireOverdue();
            snap.expired = expired.ok() ? expired.value() : 0;
            // Every proposal awaiting a decision, however many, and the newest 1,000 of the
            // others (the newest 1,000 of all hid older ones still awaiting an operator).
            Result<std::vector<Proposal>> awaiting = s.flow->list(s.user, ProposalState::Proposed);
            Result<std::vector<Proposal>> recent = awaiting.ok() ? s.flow->list(s.user, std::nullopt, 1000) : awaiting;
            snap.ok = recent.ok();
            if (!recent.ok()) {
                snap.error = QString::fromStdString(recent.status().message());
                return snap;
            }
            snap.proposals = std::move(awaiting.value());
            for (Proposal& p : recent.value()) {
                if (p.state != ProposalState::Proposed)
                    snap.proposals.push_back(std::move(p));
            }
            return snap;
        })
        .then(this, [this](const Snapshot& snap) {
            if (snap.expired > 0)
                emit expired(snap.expired);
            if (snap.ok)
                emit proposalsChanged(snap.proposals);
            else if (!snap.error.isEmpty())
                emit failed(snap.error);
        });
}

void ProposalInbox::approve(const QStringList& ids, const QString& reason) { decide(ids, reason, true); }
void ProposalInbox::reject(const QStringList& ids, const QString& reason) { decide(ids, reason, false); }

void ProposalInbox::decide(const QStringList& ids, const QString& reason, bool approve)
{
    m_store
        ->run<Decision>([ids, reason = reason.toStdString(), approve](StoreSession& s) {
            Decision d;
            for (const QString& id : ids) {
                Result<Proposal> r = approve ? s.flow->approve(s.user, id.toStdString(), reason)
                                             : s.flow->reject(s.user, id.toStdString(), reason);
                if (r.ok()) {
                    ++d.succeeded;
                    if (r->state == ProposalState::Approved)
                        d.approvedIds << id;
                } else
                    d.refusals << QString::fromStdString(r.status().message());
            }
            return d;
        }, Decision{0, {tr("the operations database is not open")}, {}})
        .then(this, [this, approve, total = ids.size()](const Decision& d) {
            const QString done = approve ? tr("%n approved", nullptr, d.succeeded) : tr("%n rejected", nullptr, d.succeeded);
            emit decided(d.refusals.isEmpty() ? done : done + QStringLiteral("; ") + d.refusals.first(),
                         d.succeeded == total);
            if (!d.approvedIds.isEmpty())
                emit approved(d.approvedIds);
            refresh();
        });
}

void ProposalInbox::loadTrail(const QString& id)
{
    m_store
        ->run<QStringList>([key = id.toStdString()](StoreSession& s) {
            QStringList lines;
            Result<std::vector<ProposalEvent>> events = ProposalRepository(s.db).events(key);
            if (!events.ok())
                return QStringList{QString::fromStdString(events.status().message())};
            for (const ProposalEvent& e : events.value())
                lines << QStringLiteral("%1  %2 → %3  by %4: %5")
                             .arg(QString::fromStdString(formatIsoUtc(e.at)), QString::fromUtf8(proposalStateName(e.from)),
                                  QString::fromUtf8(proposalStateName(e.to)), QString::fromStdString(e.actor),
                                  QString::fromStdString(e.reason));
            return lines;
        })
        .then(this, [this, id](const QStringList& lines) { emit trailLoaded(id, lines); });
}

} // namespace greenlight
