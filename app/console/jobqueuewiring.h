// The job queue dock: the planned bundled workload, each job's state at the replayed now, and the
// plan's SLO tiles.
//
//   new JobQueueWiring(context, parent);
#pragma once

#include "panelcontext.h"
#include "replaythrottle.h"

#include "core/simulation/plannedjob.h"

#include <QObject>

#include <memory>
#include <vector>

namespace greenlight {

class JobQueueModel;
class JobQueuePanel;

class JobQueueWiring : public QObject {
    Q_OBJECT
public:
    JobQueueWiring(const PanelContext& context, QObject* parent);

private:
    void showQueueAt(UtcTime now);

    JobQueueModel* m_jobs;
    JobQueuePanel* m_panel;
    std::shared_ptr<const std::vector<PlannedJob>> m_plannedJobs;
    ReplayThrottle m_shown{Seconds{60}}; // states follow the replayed clock; once a minute is enough
};

} // namespace greenlight
