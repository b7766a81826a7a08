#include "workload.h"

#include "core/csvtable.h"
#include "core/traceloader.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <sstream>
#include <unordered_map>

namespace greenlight {

std::uint64_t stableHash(std::string_view text)
{
    std::uint64_t hash = 1469598103934665603ULL;
    for (const char c : text) {
        hash ^= static_cast<unsigned char>(c);
        hash *= 1099511628211ULL;
    }
    return hash;
}

std::string WorkloadRules::describe() const
{
    std::ostringstream out;
    out << "max delay " << maxDelayLong.count() / 3600 << " h for jobs longer than "
        << longJobThreshold.count() / 60 << " min, " << maxDelayShort.count() / 3600
        << " h otherwise; jobs over " << interruptibleAbove.count() / 3600
        << " h checkpoint (" << checkpointOverhead.count() / 60 << " min per resume); "
        << dataGbPerGpu << " GB data per GPU; " << sovereignShare * 100
        << " % of jobs pinned to their home jurisdiction; homes by capacity share";
    if (homeDraw != 0)
        out << "; home draw " << homeDraw;
    if (shiftWeeks != 0)
        out << "; trace shifted " << shiftWeeks << " weeks";
    return out.str();
}

namespace {

// A run time beyond this is a broken row, not a job (and would overflow the clock).
constexpr double kLongestRunS = 366.0 * 24 * 3600;

// A home in proportion to the sites' GPUs, among the sites that can hold `gpus` (a job drawn to
// a site too small for it used to move to the largest site, in whatever jurisdiction, unsaid).
// The loader skips jobs larger than every site, so there is always one.
std::size_t homeFor(const std::string& jobId, const Fleet& fleet, int gpus)
{
    std::vector<std::size_t> holding;
    for (std::size_t i = 0; i < fleet.sites().size(); ++i) {
        if (fleet.sites()[i].totalGpus() >= gpus)
            holding.push_back(i);
    }
    return drawSiteByCapacity(jobId, fleet, holding).value_or(0);
}

} // namespace

std::uint64_t rendezvousHash(std::string_view key, std::string_view member)
{
    std::uint64_t h = stableHash(std::string(key) + "@" + std::string(member));
    // splitmix64's finaliser: FNV-1a mixes the last characters into few bits.
    h ^= h >> 30;
    h *= 0xbf58476d1ce4e5b9ULL;
    h ^= h >> 27;
    h *= 0x94d049bb133111ebULL;
    h ^= h >> 31;
    return h;
}

std::optional<std::size_t> drawSiteByCapacity(std::string_view key, const Fleet& fleet,
                                              const std::vector<std::size_t>& candidates)
{
    // Weighted rendezvous hashing: every candidate draws a number from (key, its site id), and
    // the least −ln(u) / GPUs wins. Each site wins in proportion to its GPUs, the draw does not
    // depend on the order of the sites in the fleet file (the cumulative draw it replaces moved
    // every home when the sites were listed in another order), and without one candidate each
    // of its keys goes where it would have gone had that site never been there.
    std::optional<std::size_t> best;
    double bestScore = 0.0;
    for (const std::size_t s : candidates) {
        const Site& site = fleet.sites()[s];
        if (site.totalGpus() <= 0)
            continue;
        const std::uint64_t h = rendezvousHash(key, site.id);
        const double u = (static_cast<double>(h >> 11) + 0.5) / 9007199254740992.0; // in (0, 1)
        const double score = -std::log(u) / static_cast<double>(site.totalGpus());
        if (!best || score < bestScore || (score == bestScore && site.id < fleet.sites()[*best].id)) {
            best = s;
            bestScore = score;
        }
    }
    if (!best && !candidates.empty())
        best = *std::min_element(candidates.begin(), candidates.end(),
                                 [&](std::size_t x, std::size_t y) { return fleet.sites()[x].id < fleet.sites()[y].id; });
    return best;
}

Result<Workload> parseWorkloadCsv(std::string_view text, std::string_view label,
                                  const WorkloadRules& rules, const Fleet& fleet)
{
    const std::string file(label);
    auto fail = [&](std::size_t line, const std::string& what) {
        return Status(StatusCode::InvalidArgument, file + ":" + std::to_string(line) + ": " + what,
                      "workload loader");
    };
    if (fleet.sites().empty())
        return Status(StatusCode::FailedPrecondition, "the fleet has no sites", "workload loader");
    Result<CsvTable> table = parseCsvTable(text, label);
    if (!table.ok())
        return table.status();
    const auto colId = table->column("job_id");
    const auto colSubmit = table->column("submit_time_utc");
    const auto colDuration = table->column("duration_s");
    const auto colGpus = table->column("gpus");
    const auto colStatus = table->column("status");
    const auto colQueue = table->column("queue"); // optional: a QoS class in Kubernetes traces
    const auto colGpuMilli = table->column("gpu_milli"); // optional: thousandths of one GPU asked
    if (!colId || !colSubmit || !colDuration || !colGpus || !colStatus)
        return fail(1, "wrong header: the job layout needs job_id, submit_time_utc, duration_s, "
                       "gpus and status");
    std::optional<std::size_t> pinnedHome;
    if (!rules.homeSiteId.empty()) {
        pinnedHome = fleet.indexOf(rules.homeSiteId);
        if (!pinnedHome)
            return Status(StatusCode::NotFound, "home site " + rules.homeSiteId + " is not in the fleet",
                          "workload loader");
    }
    int largestSite = 0;
    for (const Site& site : fleet.sites())
        largestSite = std::max(largestSite, site.totalGpus());

    Workload workload;
    // Jobs are known by id everywhere (capacity holds, records, proposals): one id, one job.
    std::unordered_map<std::string, std::size_t> lineOfId;
    lineOfId.reserve(table->rows.size());
    for (std::size_t r = 0; r < table->rows.size(); ++r) {
        const auto& row = table->rows[r];
        const std::size_t line = table->lineNumbers[r];
        Job job;
        job.id = row[*colId];
        if (job.id.empty())
            return fail(line, "empty job_id");
        const auto submit = parseIsoInstant(row[*colSubmit]);
        if (!submit)
            return fail(line, "bad submit_time_utc '" + row[*colSubmit] + "' (" + kIsoInstantForm + ")");
        double durationS = 0;
        const std::string& d = row[*colDuration];
        const auto [dp, de] = std::from_chars(d.data(), d.data() + d.size(), durationS);
        if (de != std::errc() || dp != d.data() + d.size() || !std::isfinite(durationS) ||
            durationS < 0)
            return fail(line, "duration_s '" + d + "' must be a number ≥ 0");
        int gpus = 0;
        const std::string& g = row[*colGpus];
        const auto [gp, ge] = std::from_chars(g.data(), g.data() + g.size(), gpus);
        if (ge == std::errc::result_out_of_range)
            return fail(line, "gpus '" + g + "' is out of range (a whole number from 0 to 2147483647)");
        if (ge != std::errc() || gp != g.data() + g.size() || gpus < 0)
            return fail(line, "gpus '" + g + "' must be a whole number ≥ 0");
        const std::string& status = row[*colStatus];
        if (gpus == 0) {
            ++workload.skippedCpuOnly;
            continue;
        }
        if (durationS == 0) {
            ++workload.skippedZeroDuration; // e.g. pods that failed before they ran
            continue;
        }
        if (status == "pending") {
            ++workload.skippedNeverStarted;
            continue;
        }
        if (gpus > largestSite) {
            ++workload.skippedTooLarge;
            continue;
        }
        // Checked only for rows that become jobs: skipped rows (a CPU service, a pending entry
        // logged before the run under the same id) never reach the clock or the ledger.
        if (durationS > kLongestRunS)
            return fail(line, "duration_s '" + d + "' is longer than a year: not a job's run time");
        if (const auto [it, fresh] = lineOfId.emplace(job.id, line); !fresh)
            return fail(line, "job_id '" + job.id + "' is already on line " + std::to_string(it->second));
        job.kind = rules.kind;
        job.gpus = gpus;
        job.duration = Seconds{static_cast<long long>(std::ceil(durationS))};
        job.submit = *submit + Days{7 * rules.shiftWeeks};
        const bool isLong = job.duration > rules.longJobThreshold;
        job.maxDelay = isLong ? rules.maxDelayLong : rules.maxDelayShort;
        job.interruptible = job.duration > rules.interruptibleAbove;
        // A GPU-sharing pod (one GPU, fewer than 1000 thousandths of it) draws its share's power.
        if (colGpuMilli && gpus == 1 && !row[*colGpuMilli].empty()) {
            const std::string& m = row[*colGpuMilli];
            int milli = 0;
            const auto [mp, me] = std::from_chars(m.data(), m.data() + m.size(), milli);
            if (me != std::errc() || mp != m.data() + m.size() || milli < 1 || milli > 1000)
                return fail(line, "gpu_milli '" + m + "' must be a whole number of thousandths from 1 to 1000");
            job.gpuShare = milli / 1000.0;
            workload.gpuSharing += milli < 1000;
        }
        job.priority = kPriorityNormal;
        const std::string qos = colQueue ? row[*colQueue] : std::string();
        if (qos == "LS" || qos == "Guaranteed") {
            job.kind = JobKind::OnlineInference;
            job.priority = kPriorityLatencySensitive;
            job.maxDelay = rules.maxDelayLatencySensitive;
            job.interruptible = false; // a service serving requests is not checkpointed
            ++workload.latencySensitive;
        } else if (qos == "BE") {
            job.priority = kPriorityBestEffort;
            ++workload.bestEffort;
        }
        job.checkpointOverhead = job.interruptible ? rules.checkpointOverhead : Seconds{0};
        if (rules.homeDraw != 0)
            job.homeDrawKey = job.id + "#draw" + std::to_string(rules.homeDraw);
        job.homeSite = pinnedHome && fleet.sites()[*pinnedHome].totalGpus() >= gpus
                           ? *pinnedHome
                           : homeFor(job.homeDrawKey.empty() ? job.id : job.homeDrawKey, fleet, gpus);
        const double pin = static_cast<double>(stableHash(job.id + "#sovereign") % 10'000) / 10'000.0;
        if (pin < rules.sovereignShare)
            job.allowedJurisdictions = {fleet.sites()[job.homeSite].jurisdiction};
        job.dataSizeGb = rules.dataGbPerGpu * gpus;
        workload.jobs.push_back(std::move(job));
    }
    // Jobs submitted in the same second are decided in the order of their ids, not of the file's
    // rows: the same jobs listed in another order give the same run (ids are unique).
    std::sort(workload.jobs.begin(), workload.jobs.end(),
              [](const Job& a, const Job& b) { return a.submit != b.submit ? a.submit < b.submit : a.id < b.id; });
    return workload;
}

Result<Workload> loadWorkloadCsv(const std::filesystem::path& path, const WorkloadRules& rules,
                                 const Fleet& fleet)
{
    Result<std::string> text = readTextFile(path);
    if (!text.ok())
        return text.status();
    return parseWorkloadCsv(text.value(), path.filename().string(), rules, fleet);
}

} // namespace greenlight
