#include "core/dispatch/slurmcommands.h"

#include "core/dispatch/shellquote.h"

#include <algorithm>
#include <cctype>

namespace greenlight {

std::string slurmUtcTime(UtcTime t)
{
    std::string iso = formatIsoUtc(t); // "2025-01-01T02:00:00Z"
    iso.pop_back();
    return iso;
}

Status validateSlurmJobId(const std::string& jobId)
{
    const bool ok = !jobId.empty() && jobId.size() <= 32 && std::isdigit(static_cast<unsigned char>(jobId.front()))
        && std::all_of(jobId.begin(), jobId.end(), [](char c) { return std::isdigit(static_cast<unsigned char>(c)) || c == '_'; });
    if (ok)
        return Status::ok();
    return Status(StatusCode::InvalidArgument, "'" + jobId + "' is not a Slurm job id", "slurm");
}

Result<std::string> sbatchCommand(const ClusterJobSpec& spec)
{
    if (Status s = validateIdempotencyKey(spec.idempotencyKey); !s.isOk())
        return s;
    if (spec.command.empty())
        return Status(StatusCode::InvalidArgument, "the job has no command", "slurm");
    if (spec.cpus < 1 || spec.gpus < 0)
        return Status(StatusCode::InvalidArgument, "a job needs at least one CPU and no negative GPUs", "slurm");
    for (const std::string* text : {&spec.name, &spec.partition, &spec.command, &spec.workingDirectory}) {
        if (text->find('\0') != std::string::npos)
            return Status(StatusCode::InvalidArgument, "job fields cannot contain NUL bytes", "slurm");
    }
    std::string line = "env TZ=UTC sbatch --parsable";
    line += ' ' + shellQuote("--job-name=" + (spec.name.empty() ? spec.idempotencyKey : spec.name));
    line += ' ' + shellQuote(std::string("--comment=") + kCommentPrefix + spec.idempotencyKey);
    if (!spec.partition.empty())
        line += ' ' + shellQuote("--partition=" + spec.partition);
    line += ' ' + shellQuote("--chdir=" + spec.workingDirectory);
    line += ' ' + shellQuote("--cpus-per-task=" + std::to_string(spec.cpus));
    if (spec.gpus > 0)
        line += ' ' + shellQuote("--gres=gpu:" + std::to_string(spec.gpus));
    if (spec.timeLimit > Seconds{0})
        line += ' ' + shellQuote("--time=" + std::to_string((spec.timeLimit.count() + 59) / 60));
    if (spec.begin)
        line += ' ' + shellQuote("--begin=" + slurmUtcTime(*spec.begin));
    line += ' ' + shellQuote("--wrap=" + spec.command);
    return line;
}

namespace {

Result<std::string> jobCommand(const char* program, const std::string& jobId)
{
    if (Status s = validateSlurmJobId(jobId); !s.isOk())
        return s;
    return std::string(program) + ' ' + shellQuote(jobId);
}

} // namespace

Result<std::string> scontrolHoldCommand(const std::string& jobId) { return jobCommand("scontrol hold", jobId); }
Result<std::string> scontrolReleaseCommand(const std::string& jobId) { return jobCommand("scontrol release", jobId); }
Result<std::string> scancelCommand(const std::string& jobId) { return jobCommand("scancel", jobId); }

Result<std::string> scontrolUpdateStartCommand(const std::string& jobId, UtcTime start)
{
    if (Status s = validateSlurmJobId(jobId); !s.isOk())
        return s;
    return "env TZ=UTC scontrol update " + shellQuote("JobId=" + jobId) + ' '
        + shellQuote("StartTime=" + slurmUtcTime(start));
}

std::string squeueJsonCommand() { return "squeue --me --json"; }
std::string sinfoJsonCommand() { return "sinfo --json"; }

} // namespace greenlight
