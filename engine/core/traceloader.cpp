#include "traceloader.h"

#include <array>
#include <charconv>
#include <cmath>
#include <fstream>
#include <sstream>
#include <type_traits>

namespace greenlight {
namespace {

constexpr const char* kSource = "trace loader";

enum class Column { Invalid, Timestamp, Lifecycle, Direct, CarbonFree, Renewable, Estimated };

Column columnFromName(std::string_view name)
{
    if (name == "timestamp_utc")
        return Column::Timestamp;
    if (name == "carbon_intensity_gco2_per_kwh")
        return Column::Lifecycle;
    if (name == "carbon_intensity_direct_gco2_per_kwh")
        return Column::Direct;
    if (name == "carbon_free_percentage")
        return Column::CarbonFree;
    if (name == "renewable_percentage")
        return Column::Renewable;
    if (name == "is_estimated")
        return Column::Estimated;
    return Column::Invalid;
}

// Splits one line at commas without copying. Trace files never quote fields; a quote is an
// error reported by the caller as a non-numeric value.
void splitFields(std::string_view line, std::vector<std::string_view>& out)
{
    out.clear();
    std::size_t begin = 0;
    while (true) {
        const std::size_t comma = line.find(',', begin);
        if (comma == std::string_view::npos) {
            out.push_back(line.substr(begin));
            return;
        }
        out.push_back(line.substr(begin, comma - begin));
        begin = comma + 1;
    }
}

std::optional<double> parseNumber(std::string_view field)
{
    double value = 0.0;
    const char* first = field.data();
    const char* last = field.data() + field.size();
    const auto [ptr, ec] = std::from_chars(first, last, value);
    if (ec != std::errc() || ptr != last || !std::isfinite(value))
        return std::nullopt;
    return value;
}

class TraceParser {
public:
    TraceParser(std::string_view fileLabel, std::string zoneKey)
        : m_file(fileLabel), m_zoneKey(std::move(zoneKey))
    {
    }

    Result<IntensitySeries> parse(std::string_view text)
    {
        // A byte-order mark (spreadsheet exports) is not part of the first column's name.
        std::size_t pos = text.starts_with("\xEF\xBB\xBF") ? 3 : 0;
        std::size_t lineNumber = 0;
        bool headerSeen = false;
        std::vector<std::string_view> fields;
        while (pos < text.size()) {
            std::size_t eol = text.find('\n', pos);
            if (eol == std::string_view::npos)
                eol = text.size();
            std::string_view line = text.substr(pos, eol - pos);
            pos = eol + 1;
            ++lineNumber;
            if (!line.empty() && line.back() == '\r')
                line.remove_suffix(1);
            if (line.empty()) {
                // Blank lines at the end (editors and exports leave them) are fine; inside the
                // data they are not.
                if (pos >= text.size() || text.find_first_not_of("\r\n", pos) == std::string_view::npos)
                    break;
                return error(lineNumber, "empty line");
            }
            splitFields(line, fields);
            Status status = headerSeen ? parseRow(lineNumber, fields) : parseHeader(fields);
            if (!status.isOk())
                return status;
            if (headerSeen)
                fillPendingGap();
            headerSeen = true;
        }
        if (!headerSeen)
            return error(1, "the file is empty (expected a header line)");
        if (m_columns.lifecycleGPerKwh.empty())
            return error(lineNumber, "no data rows after the header");
        if (m_columns.lifecycleGPerKwh.size() < 2)
            return error(lineNumber, "only one data row: at least two are needed to know the step");
        flagFilledRows();
        Result<IntensitySeries> series = IntensitySeries::create(m_zoneKey, m_start, m_step, std::move(m_columns));
        if (series.ok())
            series->setFilledSteps(m_filledRows.size());
        return series;
    }

private:
    Status error(std::size_t line, const std::string& what) const
    {
        std::ostringstream out;
        out << m_file << ':' << line << ": " << what;
        return Status(StatusCode::InvalidArgument, out.str(), kSource);
    }

    Status parseHeader(const std::vector<std::string_view>& names)
    {
        if (names.size() < 2 || names[0] != "timestamp_utc" ||
            names[1] != "carbon_intensity_gco2_per_kwh")
            return error(1, "wrong header: expected it to start with "
                            "'timestamp_utc,carbon_intensity_gco2_per_kwh'");
        std::array<bool, 7> seen{};
        for (const std::string_view name : names) {
            const Column column = columnFromName(name);
            if (column == Column::Invalid)
                return error(1, "wrong header: unknown column '" + std::string(name) + "'");
            if (seen[static_cast<std::size_t>(column)])
                return error(1, "wrong header: column '" + std::string(name) + "' appears twice");
            seen[static_cast<std::size_t>(column)] = true;
            m_layout.push_back(column);
        }
        return Status::ok();
    }

    Status parseRow(std::size_t line, const std::vector<std::string_view>& fields)
    {
        if (fields.size() != m_layout.size()) {
            return error(line, "expected " + std::to_string(m_layout.size()) + " fields, found " +
                                   std::to_string(fields.size()));
        }
        for (std::size_t i = 0; i < fields.size(); ++i) {
            Status status = parseField(line, m_layout[i], fields[i]);
            if (!status.isOk())
                return status;
        }
        return Status::ok();
    }

    Status parseField(std::size_t line, Column column, std::string_view field)
    {
        switch (column) {
        case Column::Timestamp: return parseTimestamp(line, field);
        case Column::Lifecycle:
            return parseValue(line, field, "carbon_intensity_gco2_per_kwh", 1e5,
                              m_columns.lifecycleGPerKwh);
        case Column::Direct:
            return parseValue(line, field, "carbon_intensity_direct_gco2_per_kwh", 1e5,
                              m_columns.directGPerKwh);
        case Column::CarbonFree:
            return parseValue(line, field, "carbon_free_percentage", 100.0,
                              m_columns.carbonFreePct);
        case Column::Renewable:
            return parseValue(line, field, "renewable_percentage", 100.0, m_columns.renewablePct);
        case Column::Estimated:
            if (field == "true" || field == "True" || field == "1") {
                m_columns.estimated.push_back(1);
                return Status::ok();
            }
            if (field == "false" || field == "False" || field == "0") {
                m_columns.estimated.push_back(0);
                return Status::ok();
            }
            return error(line, "is_estimated: '" + std::string(field) + "' is not true or false");
        case Column::Invalid: break;
        }
        return error(line, "internal: unknown column");
    }

    Status parseValue(std::size_t line, std::string_view field, const char* name, double maximum,
                      std::vector<double>& out)
    {
        if (field.empty())
            return error(line, std::string(name) + ": missing value");
        const std::optional<double> value = parseNumber(field);
        if (!value)
            return error(line, std::string(name) + ": '" + std::string(field) +
                                   "' is not a finite number");
        if (*value < 0.0)
            return error(line, std::string(name) + ": negative value " + std::string(field));
        if (*value > maximum)
            return error(line, std::string(name) + ": value " + std::string(field) +
                                   " is above the plausible maximum");
        out.push_back(*value);
        return Status::ok();
    }

    Status parseTimestamp(std::size_t line, std::string_view field)
    {
        const std::optional<UtcTime> t = parseIsoUtc(field);
        if (!t)
            return error(line, "bad timestamp '" + std::string(field) +
                                   "' (expected YYYY-MM-DDTHH:MM:SSZ, UTC)");
        const std::size_t row = m_columns.lifecycleGPerKwh.size();
        if (row == 0) {
            m_start = *t;
        } else if (*t == m_previous) {
            return error(line, "duplicate timestamp " + std::string(field));
        } else if (*t < m_previous) {
            return error(line, "rows are not sorted: " + std::string(field) + " comes after " +
                                   formatIsoUtc(m_previous));
        } else if (row == 1) {
            m_step = *t - m_previous;
            // Policies plan on hourly means: a step must fill an hour evenly. (A 7-minute trace
            // passed the check and broke the back-test; a 1-second one took minutes to forecast.)
            if (m_step < Seconds{60} || m_step > Seconds{3600} || Seconds{3600} % m_step != Seconds{0})
                return error(line, "step of " + std::to_string(m_step.count()) +
                                       " s: the step must fill an hour evenly, from 1 to 60 minutes (e.g. 5, 15, 30 or 60)");
        } else if (*t - m_previous != m_step) {
            const Seconds delta = *t - m_previous;
            if (delta > m_step && delta % m_step == Seconds{0} && delta - m_step <= kMaxFilledGap) {
                m_pendingGap = static_cast<std::size_t>(delta / m_step - 1); // filled once the row is read
            } else if (delta > m_step && delta % m_step == Seconds{0}) {
                return error(line, "gap: " + std::to_string(delta / m_step - 1) +
                                       " missing step(s) between " + formatIsoUtc(m_previous) +
                                       " and " + std::string(field) + " (gaps up to " +
                                       std::to_string(kMaxFilledGap.count()) + " h are filled in)");
            } else {
                return error(line, "irregular step: " + std::string(field) + " is " +
                                       std::to_string(delta.count()) + " s after the previous row; the "
                                       "file's step is " + std::to_string(m_step.count()) + " s");
            }
        }
        m_previous = *t;
        return Status::ok();
    }

    // Inserts the steps of a short gap before the row just read, each column carrying the last
    // value before the gap forward, and remembers them (flagged estimated once the file is read).
    // Carried forward, not interpolated: a line to the row after the gap put a value observed
    // later into hours a forecast issued inside or just after the gap reads as history.
    void fillPendingGap()
    {
        const std::size_t n = m_pendingGap;
        if (n == 0)
            return;
        m_pendingGap = 0;
        auto fill = [n](auto& column) {
            if (column.size() < 2)
                return;
            using T = typename std::decay_t<decltype(column)>::value_type;
            const T before = column[column.size() - 2];
            column.insert(column.end() - 1, n, before);
        };
        fill(m_columns.lifecycleGPerKwh);
        fill(m_columns.directGPerKwh);
        fill(m_columns.carbonFreePct);
        fill(m_columns.renewablePct);
        fill(m_columns.estimated); // overwritten below
        const std::size_t row = m_columns.lifecycleGPerKwh.size() - 1; // the row just read
        for (std::size_t k = n; k >= 1; --k)
            m_filledRows.push_back(row - k);
    }

    // The filled steps flagged estimated (a flag column is added if the file has none).
    void flagFilledRows()
    {
        if (m_filledRows.empty())
            return;
        std::vector<std::uint8_t>& estimated = m_columns.estimated;
        if (estimated.empty())
            estimated.assign(m_columns.lifecycleGPerKwh.size(), 0);
        for (const std::size_t row : m_filledRows)
            estimated[row] = 1;
    }

    std::string m_file;
    std::string m_zoneKey;
    std::vector<Column> m_layout;
    IntensitySeries::Columns m_columns;
    UtcTime m_start{};
    UtcTime m_previous{};
    Seconds m_step{0};
    std::size_t m_pendingGap = 0;         // steps missing before the row being read
    std::vector<std::size_t> m_filledRows; // rows filled in so far
};

} // namespace

Result<IntensitySeries> parseIntensityCsv(std::string_view text, std::string_view fileLabel,
                                          std::string zoneKey)
{
    return TraceParser(fileLabel, std::move(zoneKey)).parse(text);
}

Result<std::string> readTextFile(const std::filesystem::path& path)
{
    // A directory opens as a stream on Linux and reports a size near 2^63: refuse it by name.
    std::error_code error;
    if (std::filesystem::is_directory(path, error))
        return Status(StatusCode::InvalidArgument, path.string() + " is a directory, not a file",
                      kSource);
    std::ifstream in(path, std::ios::binary);
    if (!in)
        return Status(StatusCode::NotFound, "cannot open " + path.string(), kSource);
    std::string text;
    if (!std::filesystem::is_regular_file(path, error)) {
        // A pipe or device: no size to ask for, read it to the end.
        std::ostringstream whole;
        whole << in.rdbuf();
        return whole.str();
    }
    in.seekg(0, std::ios::end);
    const std::streamoff size = in.tellg();
    if (size < 0)
        return Status(StatusCode::DataLoss, "cannot read " + path.string(), kSource);
    text.resize(static_cast<std::size_t>(size));
    in.seekg(0, std::ios::beg);
    in.read(text.data(), size);
    if (!in)
        return Status(StatusCode::DataLoss, "short read from " + path.string(), kSource);
    return text;
}

Result<IntensitySeries> loadIntensityCsv(const std::filesystem::path& path)
{
    Result<std::string> text = readTextFile(path);
    if (!text.ok())
        return text.status();
    return parseIntensityCsv(text.value(), path.filename().string(), path.stem().string());
}

} // namespace greenlight
