// A small RFC 4180 reader for metadata tables (zones.csv, zone locations): quoted fields, doubled
// quotes, CRLF. Columns are looked up by header name; errors name the file and line. Traces use
// the faster, stricter parser in traceloader.h. csvCell() is the writing side.
//
//   Result<CsvTable> t = parseCsvTable(text, "zones.csv");
//   for (const auto& row : t->rows) use(row.at(t->column("zone")));
//   out << csvCell(name) << ',' << csvCell(note) << '\n';
#pragma once

#include "status.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace greenlight {

struct CsvTable {
    std::string fileLabel;
    std::vector<std::string> header;
    std::vector<std::vector<std::string>> rows;
    std::vector<std::size_t> lineNumbers; // source line of each row, for error messages

    std::optional<std::size_t> column(std::string_view name) const;
};

Result<CsvTable> parseCsvTable(std::string_view text, std::string_view fileLabel);

// One field for a CSV file (RFC 4180): as it is, or in double quotes with inner quotes doubled
// when it holds a comma, a double quote or a line break (CR or LF).
std::string csvCell(std::string_view value);
// csvCell for text from outside (job ids, reasons quoting them) in files people open in a
// spreadsheet: a leading = + - @ or tab would make the cell a formula, so it gets a leading '
// (OWASP's CSV-injection advice).
std::string spreadsheetCell(std::string_view value);

} // namespace greenlight
