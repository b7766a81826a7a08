// The job queue model and its filter: model contract (QAbstractItemModelTester), filters by site,
// state and free text, and sorting on raw values.
#include "models/jobqueuemodel.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace greenlight;

namespace {

std::shared_ptr<const JobQueueSnapshot> rows(int n)
{
    auto snapshot = std::make_shared<JobQueueSnapshot>();
    const UtcTime t0 = UtcTime{Seconds{1'700'000'000}};
    for (int i = 0; i < n; ++i) {
        JobQueueRow r;
        r.jobId = "job-" + std::to_string(i);
        r.kind = i % 3 == 0 ? "fine-tuning" : "training";
        r.state = i % 4 == 0 ? QueueState::Deferred : QueueState::Waiting;
        r.homeSite = "fra1";
        r.site = i % 2 == 0 ? "osl1" : "fra1";
        r.gpus = 1 + i % 8;
        r.submit = t0 + Seconds{i * 60};
        r.deadline = r.submit + Hours{24};
        r.plannedStart = r.submit + Hours{i % 5};
        r.expectedKg = 1.0 + (i * 37 % 100) / 10.0;
        r.baselineKg = r.expectedKg + (i % 2 == 0 ? 2.0 : 0.0);
        r.reason = i % 2 == 0 ? "hydro power in NO-NO1" : "kept at home";
        snapshot->push_back(std::move(r));
    }
    return snapshot;
}

} // namespace

class JobQueueTest : public QObject {
    Q_OBJECT
private slots:
    void modelPassesTheTester();
    void filtersBySiteStateAndText();
    void sortsOnRawValues();
};

void JobQueueTest::modelPassesTheTester()
{
    JobQueueModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setSnapshot(rows(200));
    QCOMPARE(model.rowCount(), 200);
    QCOMPARE(model.index(0, JobQueueModel::SiteColumn).data().toString(), QStringLiteral("osl1 (from fra1)"));
    QCOMPARE(model.index(0, JobQueueModel::VsBaselineColumn).data().toString(), QStringLiteral("-2.00"));
    QCOMPARE(model.index(3, JobQueueModel::GpusColumn).data(JobQueueModel::SortRole).toInt(), 4);
    // A difference too small to show reads 0.00 (not -0.00); a job that emits more is signed +.
    auto tiny = std::make_shared<JobQueueSnapshot>(*rows(2));
    (*tiny)[0].baselineKg = (*tiny)[0].expectedKg + 0.001;
    (*tiny)[1].baselineKg = (*tiny)[1].expectedKg - 0.5;
    model.setSnapshot(tiny);
    QCOMPARE(model.index(0, JobQueueModel::VsBaselineColumn).data().toString(), QStringLiteral("0.00"));
    QCOMPARE(model.index(1, JobQueueModel::VsBaselineColumn).data().toString(), QStringLiteral("+0.50"));
    model.setSnapshot(nullptr);
    QCOMPARE(model.rowCount(), 0);
}

void JobQueueTest::filtersBySiteStateAndText()
{
    JobQueueModel model;
    model.setSnapshot(rows(100));
    JobQueueFilter filter;
    QAbstractItemModelTester tester(&filter, QAbstractItemModelTester::FailureReportingMode::QtTest);
    filter.setSourceModel(&model);
    QCOMPARE(filter.rowCount(), 100);
    filter.setSite(QStringLiteral("osl1"));
    QCOMPARE(filter.rowCount(), 50);
    filter.setState(QueueState::Deferred);
    QCOMPARE(filter.rowCount(), 25);
    filter.setSite({});
    filter.setState(QueueState::Invalid);
    filter.setSearch(QStringLiteral("HYDRO"));
    QCOMPARE(filter.rowCount(), 50);
    filter.setSearch(QStringLiteral("job-42"));
    QCOMPARE(filter.rowCount(), 1);
}

void JobQueueTest::sortsOnRawValues()
{
    JobQueueModel model;
    model.setSnapshot(rows(100));
    JobQueueFilter filter;
    filter.setSourceModel(&model);
    filter.sort(JobQueueModel::GpusColumn, Qt::DescendingOrder);
    QCOMPARE(filter.index(0, JobQueueModel::GpusColumn).data().toInt(), 8);
    filter.sort(JobQueueModel::SubmitColumn, Qt::AscendingOrder);
    QCOMPARE(filter.index(0, JobQueueModel::JobColumn).data().toString(), QStringLiteral("job-0"));
    // "job-10" after "job-9" by submit time, though not by text.
    QCOMPARE(filter.index(10, JobQueueModel::JobColumn).data().toString(), QStringLiteral("job-10"));
}

QTEST_GUILESS_MAIN(JobQueueTest)
#include "jobqueue_test.moc"
