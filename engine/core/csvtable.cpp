#include "csvtable.h"

namespace greenlight {

std::optional<std::size_t> CsvTable::column(std::string_view name) const
{
    for (std::size_t i = 0; i < header.size(); ++i) {
        if (header[i] == name)
            return i;
    }
    return std::nullopt;
}

Result<CsvTable> parseCsvTable(std::string_view text, std::string_view fileLabel)
{
    CsvTable table;
    table.fileLabel = std::string(fileLabel);
    // Spreadsheets often save UTF-8 with a byte-order mark: it is not part of the first name.
    if (text.starts_with("\xEF\xBB\xBF"))
        text.remove_prefix(3);
    std::size_t line = 1;
    std::size_t rowLine = 1;
    std::vector<std::string> row;
    std::string field;
    bool inQuotes = false;
    bool fieldWasQuoted = false;
    auto fail = [&](std::size_t at, const std::string& what) {
        return Status(StatusCode::InvalidArgument,
                      table.fileLabel + ":" + std::to_string(at) + ": " + what, "csv reader");
    };
    auto endRow = [&]() -> Status {
        row.push_back(std::move(field));
        field.clear();
        fieldWasQuoted = false;
        const bool blank = row.size() == 1 && row[0].empty();
        if (!blank) {
            if (table.header.empty()) {
                table.header = std::move(row);
            } else if (row.size() != table.header.size()) {
                return fail(rowLine, "expected " + std::to_string(table.header.size()) +
                                         " fields, found " + std::to_string(row.size()));
            } else {
                table.rows.push_back(std::move(row));
                table.lineNumbers.push_back(rowLine);
            }
        }
        row.clear();
        return Status::ok();
    };

    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (inQuotes) {
            if (c == '"') {
                if (i + 1 < text.size() && text[i + 1] == '"') {
                    field.push_back('"');
                    ++i;
                } else {
                    inQuotes = false;
                }
            } else {
                if (c == '\n')
                    ++line;
                field.push_back(c);
            }
            continue;
        }
        switch (c) {
        case '"':
            if (!field.empty() || fieldWasQuoted)
                return fail(line, "stray quote inside an unquoted field");
            inQuotes = true;
            fieldWasQuoted = true;
            break;
        case ',':
            row.push_back(std::move(field));
            field.clear();
            fieldWasQuoted = false;
            break;
        case '\r': break;
        case '\n': {
            Status status = endRow();
            if (!status.isOk())
                return status;
            ++line;
            rowLine = line;
            break;
        }
        default:
            if (fieldWasQuoted)
                return fail(line, "text after a closing quote");
            field.push_back(c);
        }
    }
    if (inQuotes)
        return fail(rowLine, "unterminated quoted field");
    if (!field.empty() || !row.empty()) {
        Status status = endRow();
        if (!status.isOk())
            return status;
    }
    if (table.header.empty())
        return fail(1, "the file is empty (expected a header line)");
    return table;
}

std::string csvCell(std::string_view value)
{
    if (value.find_first_of(",\"\n\r") == std::string_view::npos)
        return std::string(value);
    std::string quoted = "\"";
    for (const char c : value) {
        if (c == '"')
            quoted += '"';
        quoted += c;
    }
    quoted += '"';
    return quoted;
}

std::string spreadsheetCell(std::string_view value)
{
    if (!value.empty() && std::string_view("=+-@\t\r").find(value.front()) != std::string_view::npos)
        return csvCell("'" + std::string(value));
    return csvCell(value);
}

} // namespace greenlight
