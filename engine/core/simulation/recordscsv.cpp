#include "recordscsv.h"

#include "core/csvtable.h"

#include <cstdio>
#include <fstream>
#include <sstream>

namespace greenlight {
namespace {

constexpr const char* kSource = "records";

// Full precision, so that the rows add up to the run's totals.
std::string number(double value)
{
    char text[32];
    std::snprintf(text, sizeof text, "%.10g", value);
    return text;
}

// "begin/end;begin/end": when the job ran, part by part.
std::string segmentsText(const SimulationRecord& r)
{
    std::string text;
    for (const TimeWindow& w : r.segments) {
        if (!text.empty())
            text += ';';
        text += formatIsoUtc(w.begin) + '/' + formatIsoUtc(w.end);
    }
    return text;
}

} // namespace

std::string recordsCsv(const Fleet& fleet, const SimulationRun& run)
{
    std::ostringstream out;
    out << "job_id,home_site,site,gpus,submit_utc,start_utc,finish_utc,parts,it_kwh,facility_kwh,"
           "emissions_kg,migration_kg,expected_kg,deadline_missed,needs_approval,reason,segments\n";
    for (const SimulationRecord& r : run.records) {
        out << spreadsheetCell(r.jobId) << ',' << csvCell(fleet.sites()[r.homeSite].id) << ','
            << (r.placed ? csvCell(fleet.sites()[r.site].id) : "") << ',' << r.gpus << ','
            << formatIsoUtc(r.submit) << ',' << (r.placed ? formatIsoUtc(r.start) : "") << ','
            << (r.placed ? formatIsoUtc(r.finish) : "") << ',' << (r.placed ? r.parts : 0) << ','
            << number(r.itEnergyKwh) << ',' << number(r.facilityEnergyKwh) << ','
            << number(r.emissionsKg) << ',' << number(r.migrationKg) << ',' << number(r.expectedKg)
            << ',' << r.deadlineMissed << ',' << r.needsApproval << ',' << spreadsheetCell(r.reason) << ','
            << segmentsText(r) << '\n';
    }
    return out.str();
}

Status writeRecordsCsv(const std::filesystem::path& path, const Fleet& fleet, const SimulationRun& run)
{
    std::error_code error;
    if (std::filesystem::is_directory(path, error))
        return Status(StatusCode::InvalidArgument,
                      "cannot write the records to " + path.string() + ": it is a directory", kSource);
    std::filesystem::path temporary = path;
    temporary += ".part";
    {
        std::ofstream out(temporary, std::ios::binary | std::ios::trunc);
        if (!out)
            return Status(StatusCode::FailedPrecondition,
                          "cannot write the records to " + path.string() +
                              ": cannot create a file there (does the folder exist, may we write in it?)",
                          kSource);
        out << recordsCsv(fleet, run);
        out.flush();
        if (!out) {
            out.close();
            std::filesystem::remove(temporary, error);
            return Status(StatusCode::DataLoss,
                          "cannot write the records to " + path.string() + ": the write failed (disk full?)",
                          kSource);
        }
    }
    std::filesystem::rename(temporary, path, error);
    if (error) {
        const std::string why = error.message();
        std::filesystem::remove(temporary, error);
        return Status(StatusCode::FailedPrecondition,
                      "cannot write the records to " + path.string() + ": " + why, kSource);
    }
    return Status::ok();
}

} // namespace greenlight
