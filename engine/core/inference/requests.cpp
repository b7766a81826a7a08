#include "requests.h"

#include "core/csvtable.h"
#include "core/traceloader.h"
#include "core/workload/workload.h"

#include <algorithm>
#include <charconv>
#include <sstream>
#include <unordered_map>

namespace greenlight {

std::string RequestRules::describe() const
{
    std::ostringstream out;
    out << "latency SLA " << latencySlaMs << " ms; quality floors by tier share";
    for (const double s : floorShares)
        out << ' ' << s * 100 << " %";
    out << "; user regions spread evenly (stable hash of the request id)";
    return out.str();
}

Result<std::vector<InferenceRequest>> parseRequestsCsv(std::string_view text, std::string_view label,
                                                       const Fleet& fleet,
                                                       const std::vector<ModelTier>& tiers,
                                                       const RequestRules& rules)
{
    const std::string file(label);
    auto fail = [&](std::size_t line, const std::string& what) {
        return Status(StatusCode::InvalidArgument, file + ":" + std::to_string(line) + ": " + what,
                      "request loader");
    };
    if (fleet.userRegions().empty())
        return Status(StatusCode::FailedPrecondition,
                      "the fleet file names no user_regions to route requests from", "request loader");
    Result<CsvTable> table = parseCsvTable(text, label);
    if (!table.ok())
        return table.status();
    const auto colId = table->column("request_id");
    const auto colTime = table->column("timestamp_utc");
    const auto colContext = table->column("context_tokens");
    const auto colGenerated = table->column("generated_tokens");
    if (!colId || !colTime || !colContext || !colGenerated)
        return fail(1, "wrong header: the request layout needs request_id, timestamp_utc, "
                       "context_tokens and generated_tokens");
    std::vector<ModelTier> sorted = tiers;
    std::sort(sorted.begin(), sorted.end(), [](const ModelTier& a, const ModelTier& b) { return a.quality < b.quality; });
    std::vector<InferenceRequest> out;
    out.reserve(table->rows.size());
    std::unordered_map<std::string, std::size_t> lineOfId;
    lineOfId.reserve(table->rows.size());
    for (std::size_t r = 0; r < table->rows.size(); ++r) {
        const auto& row = table->rows[r];
        const std::size_t line = table->lineNumbers[r];
        InferenceRequest q;
        q.id = row[*colId];
        // Fractional seconds are dropped (routing works on the second), offsets converted.
        const auto arrival = parseIsoInstant(row[*colTime]);
        if (!arrival)
            return fail(line, "bad timestamp_utc '" + row[*colTime] + "' (" + kIsoInstantForm + ")");
        q.arrival = *arrival;
        for (const auto& [col, target] : {std::pair{*colContext, &q.contextTokens}, std::pair{*colGenerated, &q.generatedTokens}}) {
            const std::string& v = row[col];
            const auto [p, ec] = std::from_chars(v.data(), v.data() + v.size(), *target);
            // Ten million tokens is ten times the longest context windows served today: past
            // it a row is a corrupt export, not a request.
            constexpr long long kMostTokens = 10'000'000;
            if (ec == std::errc::result_out_of_range || (ec == std::errc() && p == v.data() + v.size() && *target > kMostTokens))
                return fail(line, "token count '" + v + "' is more than " + std::to_string(kMostTokens) + " tokens");
            if (ec != std::errc() || p != v.data() + v.size() || *target < 0)
                return fail(line, "token count '" + v + "' must be a whole number ≥ 0");
        }
        // Ids are unique: the budget, the review flags and the records know requests by id.
        if (q.id.empty())
            return fail(line, "empty request_id");
        if (const auto [it, fresh] = lineOfId.emplace(q.id, line); !fresh)
            return fail(line, "request_id '" + q.id + "' is already on line " + std::to_string(it->second));
        const std::uint64_t h = stableHash(q.id);
        // The region that draws best for the request: the same whatever order the fleet file
        // lists its regions in.
        std::uint64_t bestDraw = 0;
        for (std::size_t region = 0; region < fleet.userRegions().size(); ++region) {
            const std::uint64_t draw = rendezvousHash(q.id, fleet.userRegions()[region].id);
            if (region == 0 || draw > bestDraw) {
                q.userRegion = region;
                bestDraw = draw;
            }
        }
        const double u = static_cast<double>((h >> 20) % 10'000) / 10'000.0;
        double acc = 0.0;
        std::size_t floorTier = 0;
        for (std::size_t t = 0; t < rules.floorShares.size() && t < sorted.size(); ++t) {
            acc += rules.floorShares[t];
            floorTier = t;
            if (u < acc)
                break;
        }
        q.qualityFloor = sorted.empty() ? 0.0 : sorted[floorTier].quality;
        q.latencySlaMs = rules.latencySlaMs;
        out.push_back(std::move(q));
    }
    return out;
}

Result<std::vector<InferenceRequest>> loadRequestsCsv(const std::filesystem::path& path,
                                                      const Fleet& fleet,
                                                      const std::vector<ModelTier>& tiers,
                                                      const RequestRules& rules)
{
    Result<std::string> text = readTextFile(path);
    if (!text.ok())
        return text.status();
    return parseRequestsCsv(text.value(), path.filename().string(), fleet, tiers, rules);
}

} // namespace greenlight
