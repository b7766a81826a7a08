// The job queue with 100,000 jobs (QtTest QBENCHMARK): a new snapshot swapped in, a sort by a
// numeric column and by text, and a free-text search, each through the filter proxy a view uses.
//   jobqueue_bench -minimumvalue 3  (prints ms per operation)
#include "models/jobqueuemodel.h"

#include <QTest>

using namespace greenlight;

namespace {

constexpr int kJobs = 100'000;

std::shared_ptr<const JobQueueSnapshot> bigQueue()
{
    auto snapshot = std::make_shared<JobQueueSnapshot>();
    snapshot->reserve(kJobs);
    const UtcTime t0 = UtcTime{Seconds{1'700'000'000}};
    const char* sites[] = {"fra1", "osl1", "lon1", "sjc1", "sin1", "tyo1", "bom1", "syd1"};
    for (int i = 0; i < kJobs; ++i) {
        JobQueueRow r;
        r.jobId = "philly-" + std::to_string(i * 7919 % kJobs);
        r.kind = i % 5 == 0 ? "fine-tuning" : "training";
        r.state = static_cast<QueueState>(1 + i % 5);
        r.homeSite = sites[i % 8];
        r.site = sites[(i * 3) % 8];
        r.gpus = 1 + i % 16;
        r.submit = t0 + Seconds{i * 37};
        r.deadline = r.submit + Hours{24};
        r.plannedStart = r.submit + Seconds{(i * 131) % 86'400};
        r.expectedKg = (i * 7 % 1000) / 10.0;
        r.baselineKg = r.expectedKg * 1.3;
        r.reason = i % 2 ? "moved to a hydro-powered site" : "waits for the evening wind";
        snapshot->push_back(std::move(r));
    }
    return snapshot;
}

} // namespace

class JobQueueBench : public QObject {
    Q_OBJECT
private slots:
    void swapSnapshot()
    {
        const auto snapshot = bigQueue();
        JobQueueModel model;
        JobQueueFilter filter;
        filter.setSourceModel(&model);
        filter.sort(JobQueueModel::SubmitColumn);
        int rows = 0;
        QBENCHMARK {
            model.setSnapshot(snapshot); // the proxy re-filters and re-sorts the new rows
            rows = filter.rowCount();
        }
        QCOMPARE(rows, kJobs);
    }
    void sortColumn_data()
    {
        QTest::addColumn<int>("column");
        QTest::newRow("expected kg (number)") << int(JobQueueModel::ExpectedColumn);
        QTest::newRow("job name (text)") << int(JobQueueModel::JobColumn);
    }
    void sortColumn()
    {
        QFETCH(int, column);
        JobQueueModel model;
        model.setSnapshot(bigQueue());
        JobQueueFilter filter;
        filter.setSourceModel(&model);
        bool descending = false;
        QBENCHMARK {
            descending = !descending;
            filter.sort(column, descending ? Qt::DescendingOrder : Qt::AscendingOrder);
        }
    }
    void searchText()
    {
        JobQueueModel model;
        model.setSnapshot(bigQueue());
        JobQueueFilter filter;
        filter.setSourceModel(&model);
        int found = 0;
        bool flip = false;
        QBENCHMARK {
            flip = !flip;
            filter.setSearch(flip ? QStringLiteral("hydro") : QStringLiteral("philly-4242"));
            found = filter.rowCount();
        }
        QVERIFY(found > 0);
    }
};

QTEST_GUILESS_MAIN(JobQueueBench)
#include "jobqueue_bench.moc"
