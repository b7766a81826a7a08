#include "job.h"

#include <algorithm>

namespace greenlight {

const char* jobKindName(JobKind kind)
{
    switch (kind) {
    case JobKind::Training: return "training";
    case JobKind::FineTuning: return "fine-tuning";
    case JobKind::BatchInference: return "batch-inference";
    case JobKind::OnlineInference: return "online-inference";
    case JobKind::Invalid: break;
    }
    return "invalid";
}

JobKind jobKindFromName(const std::string& name)
{
    for (const JobKind kind : {JobKind::Training, JobKind::FineTuning, JobKind::BatchInference,
                               JobKind::OnlineInference}) {
        if (name == jobKindName(kind))
            return kind;
    }
    return JobKind::Invalid;
}

bool Job::allows(const std::string& jurisdiction) const
{
    return allowedJurisdictions.empty() ||
           std::find(allowedJurisdictions.begin(), allowedJurisdictions.end(), jurisdiction) !=
               allowedJurisdictions.end();
}

} // namespace greenlight
