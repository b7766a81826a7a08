#include "jobqueuewiring.h"

#include "screenshotgate.h"

#include "models/jobqueuemodel.h"
#include "service/planfeed.h"
#include "service/replayfeed.h"
#include "widgets/jobqueuepanel.h"

namespace greenlight {

JobQueueWiring::JobQueueWiring(const PanelContext& context, QObject* parent)
    : QObject(parent), m_jobs(new JobQueueModel(this)), m_panel(new JobQueuePanel(m_jobs))
{
    m_panel->setSummary(tr("Planning the bundled job trace on the demo fleet…"));
    context.addPanel(m_panel, tr("Job queue"), QStringLiteral("jobQueueDock"), QStringLiteral("jobs"));
    ScreenshotGate* gate = context.gate;
    if (context.isShownPanel(QStringLiteral("jobs")))
        gate->expect(QStringLiteral("plan"));
    ReplayFeed* feed = context.feed;
    connect(context.plan, &PlanFeed::planned, this,
            [this, feed, gate](std::shared_ptr<const std::vector<PlannedJob>> jobs, const QStringList& sites,
                               const QString& summary, const PlanSlos& slos) {
                m_plannedJobs = std::move(jobs);
                m_panel->setSlos(slos);
                m_panel->setSites(sites);
                m_panel->setSummary(summary);
                showQueueAt(feed->replayedNow());
                gate->settle(QStringLiteral("plan"));
            });
    connect(context.plan, &PlanFeed::failed, this, [this, gate](const QString& message) {
        m_panel->setSummary(tr("The job queue could not be planned: %1").arg(message));
        gate->settle(QStringLiteral("plan"));
    });
    connect(feed, &ReplayFeed::snapshotChanged, this, [this](const GridSnapshot& snapshot) {
        // States follow the replayed clock; once a minute is enough for a queue.
        if (m_plannedJobs && m_shown.due(snapshot.time))
            showQueueAt(snapshot.time);
    });
}

void JobQueueWiring::showQueueAt(UtcTime now)
{
    m_shown.mark(now);
    m_jobs->setSnapshot(std::make_shared<const JobQueueSnapshot>(queueRowsAt(*m_plannedJobs, now)));
}

} // namespace greenlight
