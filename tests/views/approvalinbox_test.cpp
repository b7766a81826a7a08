// The approval inbox: the proposal table model (checked by QAbstractItemModelTester), the panel's
// approve/reject intents, and the whole path through the store thread with role checks.
#include "models/proposaltablemodel.h"
#include "service/proposalinbox.h"
#include "service/storeservice.h"
#include "widgets/approvalinbox.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace greenlight;

namespace {

const UtcTime kT0 = UtcTime{Seconds{1'893'456'000}}; // 2030-01-01T00:00:00Z

Proposal proposal(const std::string& id, double savingKg, ProposalState state = ProposalState::Proposed)
{
    Proposal p;
    p.id = id;
    p.policy = "carbon-window";
    p.kind = ProposalKind::Defer;
    p.jobId = "job-" + id;
    p.sourceSite = p.targetSite = "fra1";
    p.sourceJurisdiction = p.targetJurisdiction = "EU";
    p.originalStart = kT0;
    p.plannedStart = kT0 + Hours{5};
    p.deadline = kT0 + Hours{20};
    p.runDuration = Hours{2};
    p.expectedSavingG = savingKg * 1000;
    p.savingLowG = savingKg * 500;
    p.savingHighG = savingKg * 1500;
    p.reasons = {"wind picks up after 05:00"};
    p.state = state;
    return p;
}

} // namespace

class ApprovalInboxTest : public QObject {
    Q_OBJECT
private slots:
    void modelPassesTheTesterAndExposesRawValues();
    void panelForwardsApprovalOfTheSelectedRowsWithTheReason();
    void approvalGoesThroughTheStoreWithRoleChecks();
    void proposalsExpiredOnRefreshAreAnnounced();
};

void ApprovalInboxTest::modelPassesTheTesterAndExposesRawValues()
{
    ProposalTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    Proposal critical = proposal("P-2", 3.0);
    critical.budgetState = BudgetState::Critical;
    model.setProposals({proposal("P-1", 1.5), critical, proposal("P-3", 2.0, ProposalState::Approved)});
    QCOMPARE(model.rowCount(), 3);
    const QModelIndex saving = model.index(0, ProposalTableModel::SavingColumn);
    QCOMPARE(saving.data(ProposalTableModel::SavingGramsRole).toDouble(), 1500.0);
    QCOMPARE(saving.data().toString(), QStringLiteral("1.50 kg (0.8–2.3)"));
    QCOMPARE(model.index(0, ProposalTableModel::DelayColumn).data(ProposalTableModel::DelayHoursRole).toDouble(), 5.0);
    QVERIFY(model.index(1, 0).data(ProposalTableModel::CriticalRole).toBool());
    QVERIFY2(model.index(1, 0).data(Qt::ForegroundRole).isValid(), "CRITICAL items stand out");
    QVERIFY(!model.index(2, 0).data(ProposalTableModel::NeedsDecisionRole).toBool());
    model.setProposals({});
    QCOMPARE(model.rowCount(), 0);
}

void ApprovalInboxTest::panelForwardsApprovalOfTheSelectedRowsWithTheReason()
{
    ProposalTableModel model;
    model.setProposals({proposal("P-1", 1.0), proposal("P-2", 2.0), proposal("P-3", 3.0, ProposalState::Approved)});
    ApprovalInbox inbox(&model);
    inbox.resize(900, 400);
    inbox.show();
    auto* approve = inbox.findChildren<QPushButton*>().at(0);
    auto* reason = inbox.findChild<QLineEdit*>();
    QVERIFY(!approve->isEnabled());
    QCOMPARE(inbox.table()->model()->rowCount(), 2); // awaiting decision only, by default
    inbox.table()->selectAll();
    QVERIFY2(!approve->isEnabled(), "no reason yet");
    reason->setText(QStringLiteral("both fit their SLO"));
    QVERIFY(approve->isEnabled());
    QSignalSpy requested(&inbox, &ApprovalInbox::approveRequested);
    approve->click();
    QCOMPARE(requested.size(), 1);
    QStringList ids = requested.first().at(0).toStringList();
    ids.sort();
    QCOMPARE(ids, (QStringList{"P-1", "P-2"}));
    QCOMPARE(requested.first().at(1).toString(), QStringLiteral("both fit their SLO"));
}

void ApprovalInboxTest::approvalGoesThroughTheStoreWithRoleChecks()
{
    QTemporaryDir dir;
    const std::string path = dir.filePath(QStringLiteral("ops.db")).toStdString();
    // ada opens the database first (admin), makes olga an operator and files two proposals.
    {
        StoreService admin(path, "ada");
        QSignalSpy opened(&admin, &StoreService::opened);
        admin.start();
        QVERIFY(opened.wait(10'000));
        QFuture<bool> setup = admin.run<bool>([](StoreSession& s) {
            return s.flow->addUser("ada", "olga", Role::Operator).isOk() && s.flow->file(proposal("P-a", 4.0)).ok()
                && s.flow->file(proposal("P-b", 2.0)).ok();
        });
        QTRY_VERIFY(setup.isFinished());
        QVERIFY(setup.result());
    }
    for (const char* who : {"vic", "olga"}) {
        StoreService store(path, who);
        ProposalTableModel model;
        ProposalInbox inbox(&store);
        connect(&inbox, &ProposalInbox::proposalsChanged, &model, &ProposalTableModel::setProposals);
        store.start();
        QTRY_COMPARE_WITH_TIMEOUT(model.rowCount(), 2, 10'000);
        QSignalSpy decided(&inbox, &ProposalInbox::decided);
        inbox.approve({QStringLiteral("P-a")}, QStringLiteral("fits"));
        QTRY_COMPARE_WITH_TIMEOUT(decided.size(), 1, 10'000);
        const bool operatorUser = std::string(who) == "olga";
        QCOMPARE(decided.first().at(1).toBool(), operatorUser);
        if (!operatorUser) {
            QVERIFY2(decided.first().at(0).toString().contains(QStringLiteral("may not approve-proposal")),
                     qPrintable(decided.first().at(0).toString()));
        } else {
            QTRY_VERIFY_WITH_TIMEOUT(model.proposal(QStringLiteral("P-a")) != nullptr
                                         && model.proposal(QStringLiteral("P-a"))->state == ProposalState::Approved,
                                     10'000);
        }
    }
}

// A proposal filed for a window already past (from a simulation of recorded data) expires on the
// inbox's refresh; the inbox says so instead of the proposal vanishing from "awaiting".
void ApprovalInboxTest::proposalsExpiredOnRefreshAreAnnounced()
{
    QTemporaryDir dir;
    const std::string path = dir.filePath(QStringLiteral("ops.db")).toStdString();
    StoreService store(path, "ada");
    ProposalInbox inbox(&store);
    QSignalSpy expired(&inbox, &ProposalInbox::expired);
    QSignalSpy changed(&inbox, &ProposalInbox::proposalsChanged);
    store.start();
    QVERIFY(changed.wait(10'000)); // the inbox's own refresh on opening, before anything is filed
    QFuture<bool> filed = store.run<bool>([](StoreSession& s) {
        Proposal past = proposal("P-2022", 3.0);
        past.originalStart = UtcTime{Seconds{1'669'161'600}}; // 2022-11-23
        past.plannedStart = past.originalStart + Hours{5};
        past.deadline = past.originalStart + Hours{20};
        return s.flow->addUser("ada", "olga", Role::Operator).isOk() && s.flow->file("olga", past).ok()
            && s.flow->file("olga", proposal("P-2030", 2.0)).ok();
    });
    QTRY_VERIFY(filed.isFinished());
    QVERIFY(filed.result());
    const qsizetype before = changed.size();
    expired.clear();
    inbox.refresh();
    QTRY_COMPARE_WITH_TIMEOUT(changed.size(), before + 1, 10'000);
    QCOMPARE(expired.size(), 1);
    QCOMPARE(expired.first().at(0).toInt(), 1);
    inbox.refresh(); // nothing more to expire: nothing said
    QTRY_COMPARE_WITH_TIMEOUT(changed.size(), before + 2, 10'000);
    QCOMPARE(expired.size(), 1);
}

QTEST_MAIN(ApprovalInboxTest)
#include "approvalinbox_test.moc"
