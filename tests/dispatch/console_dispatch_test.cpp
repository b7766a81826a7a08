// The whole console end to end, offscreen, on the demo fleet and the real test cluster (sshd +
// Slurm from cluster.sh): a proposal filed in the operations database appears in the approval
// inbox; an operator approves it in the window; the console dispatches it over SSH and the
// single-node Slurm holds the job with the proposal's begin time; the inbox shows it confirmed.
// A viewer's approve in the same window is refused by the engine, and nothing reaches Slurm.
#include "clustertestenv.h"

#include "compositionroot.h"
#include "mainwindow.h"

#include "core/json/json.h"
#include "core/proposal/proposaljson.h"
#include "dispatch/runnerpool.h"
#include "dispatch/slurmdispatcher.h"
#include "models/proposaltablemodel.h"
#include "store/storefile.h"
#include "store/workflow.h"
#include "widgets/approvalinbox.h"

#include <QItemSelectionModel>
#include <QLineEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <fstream>

using namespace greenlight;

class ConsoleDispatchTest : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void anOperatorApprovesAndSlurmReceivesTheJobWithItsBeginTime();
    void aViewersApproveIsRefusedAndNothingIsDispatched();

private:
    // Files a deferral of a demo-fleet job (fra1, 5 h later, in 2030) under a fresh id.
    std::string fileProposal(const std::string& label);
    // Starts the console as `user` and waits until its inbox lists the proposal `id`.
    void openConsole(std::unique_ptr<CompositionRoot>& root, const char* user, const std::string& id);
    void approveInWindow(ApprovalInbox* inbox, const std::string& id);
    std::optional<ClusterJob> jobAtSlurm(const std::string& key);

    std::optional<testing::ClusterTestEnv> m_env;
    QTemporaryDir m_dir;
    QString m_db;
    QString m_clusters;
};

void ConsoleDispatchTest::initTestCase()
{
    m_env = testing::loadClusterEnv();
    QVERIFY2(m_env, "the test cluster is not up (tests/dispatch/cluster.sh)");
    QVERIFY(m_dir.isValid());
    m_db = m_dir.filePath(QStringLiteral("ops.db"));
    m_clusters = m_dir.filePath(QStringLiteral("clusters.json"));
    const testing::ClusterTestEnv& e = *m_env;
    std::ofstream(m_clusters.toStdString())
        << R"({"clusters": [{"site": "fra1", "kind": "slurm-ssh", "host": ")" << e.get("GREENLIGHT_TEST_SSH_HOST")
        << R"(", "port": )" << e.get("GREENLIGHT_TEST_SSH_PORT") << R"(, "user": ")" << e.get("GREENLIGHT_TEST_SSH_USER")
        << R"(", "identity": ")" << e.get("GREENLIGHT_TEST_SSH_KEY") << R"(", "known_hosts": ")"
        << e.get("GREENLIGHT_TEST_KNOWN_HOSTS") << R"(", "partition": "site-a", "job_command": "sleep 600 # {job}"}]})";
    // ada opens the database first (admin), then names an operator and a viewer.
    Result<Database> db = openStore(m_db.toStdString());
    QVERIFY2(db.ok(), db.status().toString().c_str());
    Workflow flow(db.value(), [] { return std::chrono::time_point_cast<Seconds>(std::chrono::system_clock::now()); });
    QVERIFY(flow.signIn("ada").ok());
    QVERIFY(flow.addUser("ada", "olga", Role::Operator).isOk());
    QVERIFY(flow.addUser("ada", "vic", Role::Viewer).isOk());
}

std::string ConsoleDispatchTest::fileProposal(const std::string& label)
{
    const std::string id = "P-" + testing::uniqueKey(label);
    const std::string text = R"({"id": ")" + id + R"(", "policy": "carbon-window", "kind": "defer", "job": ")" + id
        + R"(-job", "source_site": "fra1", "target_site": "fra1", "source_jurisdiction": "EU",
        "target_jurisdiction": "EU", "original_start": "2030-01-01T01:00:00Z", "planned_start": "2030-01-01T06:00:00Z",
        "deadline": "2030-01-01T20:00:00Z", "run_hours": 4, "expected_saving_kg": 12.5, "saving_band_kg": [6.1, 17.9],
        "reasons": ["DE wind output peaks from 06:00: 38 % cleaner than starting at 01:00"], "budget_state": "NORMAL"})";
    Result<JsonValue> doc = parseJson(text, "proposal");
    Result<Proposal> proposal = proposalFromJson(doc.value(), "proposal");
    Result<Database> db = openStore(m_db.toStdString());
    Workflow flow(db.value(), [] { return std::chrono::time_point_cast<Seconds>(std::chrono::system_clock::now()); });
    Result<Proposal> filed = flow.file("olga", proposal.value());
    if (!filed.ok())
        qWarning("filing failed: %s", filed.status().toString().c_str());
    return id;
}

void ConsoleDispatchTest::openConsole(std::unique_ptr<CompositionRoot>& root, const char* user, const std::string& id)
{
    qputenv("USER", user);
    ConsoleOptions options;
    options.dataDir = QStringLiteral(GREENLIGHT_DATA_DIR);
    options.databasePath = m_db;
    options.clustersFile = m_clusters;
    options.panel = QStringLiteral("inbox");
    root = std::make_unique<CompositionRoot>(options);
    root->start();
    auto* model = root->findChild<ProposalTableModel*>();
    QVERIFY(model);
    const QString wanted = QString::fromStdString(id);
    QTRY_VERIFY2_WITH_TIMEOUT(model->proposal(wanted) != nullptr, "the proposal reaches the inbox", 30'000);
}

void ConsoleDispatchTest::approveInWindow(ApprovalInbox* inbox, const std::string& id)
{
    QTableView* table = inbox->table();
    const QAbstractItemModel* rows = table->model();
    for (int row = 0; row < rows->rowCount(); ++row) {
        if (rows->index(row, 0).data(ProposalTableModel::IdRole).toString() == QString::fromStdString(id))
            table->selectionModel()->select(rows->index(row, 0),
                                            QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    }
    QVERIFY2(inbox->selectedIds() == QStringList{QString::fromStdString(id)},
             qPrintable(QStringLiteral("%1 rows, selected: %2").arg(rows->rowCount()).arg(inbox->selectedIds().join(QLatin1Char(',')))));
    inbox->findChild<QLineEdit*>()->setText(QStringLiteral("clean hours in the morning, deadline kept"));
    QPushButton* approve = nullptr;
    for (QPushButton* b : inbox->findChildren<QPushButton*>())
        if (b->text() == QStringLiteral("Approve"))
            approve = b;
    QVERIFY(approve);
    if (approve->isEnabled()) {
        approve->click();
        return;
    }
    // The window keeps a non-operator's buttons off and says why; the intent is sent anyway, as a
    // crafted request would be, so that the engine's refusal is what is tested.
    QVERIFY2(approve->toolTip().contains(QStringLiteral("only operators")), qPrintable(approve->toolTip()));
    emit inbox->approveRequested({QString::fromStdString(id)}, QStringLiteral("crafted"));
}

std::optional<ClusterJob> ConsoleDispatchTest::jobAtSlurm(const std::string& key)
{
    RunnerPool runners(DispatchMode::Live);
    ClusterEndpoint endpoint;
    endpoint.ssh = m_env->target();
    SlurmDispatcher siteA(runners.forEndpoint(endpoint), "site-a");
    Result<std::optional<ClusterJob>> job = siteA.findByKey(key);
    return job.ok() ? job.value() : std::nullopt;
}

void ConsoleDispatchTest::anOperatorApprovesAndSlurmReceivesTheJobWithItsBeginTime()
{
    const std::string id = fileProposal("console-olga");
    std::unique_ptr<CompositionRoot> root;
    openConsole(root, "olga", id);
    auto* inbox = root->window()->findChild<ApprovalInbox*>();
    QVERIFY(inbox);
    approveInWindow(inbox, id);
    auto* model = root->findChild<ProposalTableModel*>();
    const QString wanted = QString::fromStdString(id);
    QTRY_VERIFY2_WITH_TIMEOUT(model->proposal(wanted) && model->proposal(wanted)->state == ProposalState::Confirmed,
                              qPrintable(inbox->resultText()), 60'000);
    QVERIFY2(inbox->resultText().contains(QStringLiteral("confirmed")), qPrintable(inbox->resultText()));

    const std::optional<ClusterJob> job = jobAtSlurm(id);
    QVERIFY2(job, "Slurm lists the job under the proposal's key");
    QVERIFY(job->eligibleTime.has_value());
    QCOMPARE(formatIsoUtc(*job->eligibleTime), std::string("2030-01-01T06:00:00Z"));
    QCOMPARE(job->partition, std::string("site-a"));
    // Leave the cluster as we found it.
    RunnerPool runners(DispatchMode::Live);
    ClusterEndpoint endpoint;
    endpoint.ssh = m_env->target();
    SlurmDispatcher siteA(runners.forEndpoint(endpoint), "site-a");
    QVERIFY(siteA.cancel(id).status.isOk());
}

void ConsoleDispatchTest::aViewersApproveIsRefusedAndNothingIsDispatched()
{
    const std::string id = fileProposal("console-vic");
    std::unique_ptr<CompositionRoot> root;
    openConsole(root, "vic", id);
    auto* inbox = root->window()->findChild<ApprovalInbox*>();
    QVERIFY(inbox);
    approveInWindow(inbox, id);
    QTRY_VERIFY2_WITH_TIMEOUT(inbox->resultText().contains(QStringLiteral("may not approve")),
                              qPrintable(inbox->resultText()), 30'000);
    auto* model = root->findChild<ProposalTableModel*>();
    QCOMPARE(model->proposal(QString::fromStdString(id))->state, ProposalState::Proposed);
    QVERIFY2(!jobAtSlurm(id), "nothing was sent to Slurm");
}

QTEST_MAIN(ConsoleDispatchTest)
#include "console_dispatch_test.moc"
