#pragma once
// Reads CSV text as RFC 4180 describes it, the way spreadsheets write it: fields
// separated by commas, rows by CRLF or LF; a field in double quotes may hold
// commas, line breaks and doubled quotes (""). Text must be UTF-8, with or
// without a byte order mark. Every problem goes to a LocatedErrors with its
// line and column (1-based, columns in characters, counted after the byte order
// mark, as an editor shows them).
//
// Rows are handed over one at a time, so a big file never sits in memory twice.
#include <cstddef>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "core/role/located_errors.hpp"
#include "core/role/text_position.hpp"

namespace rex::core {

// A spreadsheet row never has this many cells; past it the input is something else
// and holding its fields would only eat memory.
inline constexpr std::size_t kMaxCsvFields = 1000;

struct CsvField {
  std::string text;       // quotes removed, "" read as ", a line break inside quotes as "\n"
  TextPosition position;  // its first character (the opening quote of a quoted field)
};

struct CsvRow {
  std::vector<CsvField> fields;  // at least one
  TextPosition end;              // where the row's line break is (or the end of the text)

  // Every field empty or white space: a spacer row, not data.
  bool IsBlank() const;
};

// Calls `on_row` for each row in order. A line with no characters at all is no
// row. Spaces between a delimiter and an opening quote, or between a closing
// quote and the delimiter, are ignored (hand-written CSV has them). The text is
// refused as a whole (one error, no rows) when it is UTF-16, not valid UTF-8,
// holds control characters, or is a workbook, JSON or HTML; a row whose quoted
// field never ends is not handed over.
void ReadCsv(std::string_view text, LocatedErrors& errors, const std::function<void(const CsvRow&)>& on_row);

// The same, collected: for tests and small inputs.
std::vector<CsvRow> ReadCsvRows(std::string_view text, LocatedErrors& errors);

// The text after a UTF-8 byte order mark, if it starts with one. Positions from
// ReadCsv count from here.
std::string_view WithoutByteOrderMark(std::string_view text);

}  // namespace rex::core
