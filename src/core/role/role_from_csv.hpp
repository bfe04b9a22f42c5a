#pragma once
// A competency matrix spreadsheet (CSV) -> a role file. What the command line's
// `role from-csv` does, in the core so the browser app can take a CSV too.
// The columns, the mapping and the errors: docs/content-format.md, "Spreadsheets".
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/result.hpp"

namespace rex::core {

struct CsvRoleOptions {
  std::string id;     // lower-case kebab case; empty: RoleIdFromFileName(source)
  std::string title;  // empty: RoleTitleFromFileName(source)
};

struct CsvRoleResult {
  std::optional<std::string> role_json;  // set only when errors is empty; LoadRole accepts it
  std::vector<Error> errors;             // each "source:line:column", in the order found
  // What the role holds, for a one-line confirmation.
  std::size_t competencies = 0;
  std::size_t categories = 0;
  std::size_t levels = 0;
  std::string default_target;  // the name of the target a new assessment starts with
};

// Never throws. `source_name` (a path or a file name) names the input in errors
// and gives the role its id and title unless `options` does.
CsvRoleResult RoleFromCsv(std::string_view csv_text, const std::string& source_name, const CsvRoleOptions& options);

// "data/Engineering_matrix.v2.csv" -> "engineering-matrix-v2" ("imported-role"
// when the name has no letter or digit to make an id from).
std::string RoleIdFromFileName(std::string_view path);
// "data/engineering-matrix.csv" -> "Engineering Matrix".
std::string RoleTitleFromFileName(std::string_view path);

}  // namespace rex::core
