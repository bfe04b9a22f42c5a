#pragma once
// A competency matrix as people keep one in a spreadsheet: a row per competency
// (category, name, optional description and importance) and a column per level,
// each cell saying what that competency looks like at that level. The columns
// and every rule are in docs/content-format.md, "Spreadsheets".
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/role/importance.hpp"
#include "core/role/located_errors.hpp"

namespace rex::core {

// With "Not yet" below them, 9 level columns make the 10 levels a scale may have.
inline constexpr std::size_t kMaxMatrixLevels = 9;

struct Competency {
  std::string category;  // exactly as in CompetencyMatrix::categories
  std::string name;
  std::string description;
  std::optional<Importance> importance;
  std::vector<std::string> level_texts;  // one per level column; "" = no words for that level
};

struct CompetencyMatrix {
  std::vector<std::string> levels;       // the level columns' headers, left to right
  std::vector<std::string> categories;   // in order of first appearance
  std::vector<Competency> competencies;  // in row order
};

// Reads the matrix out of CSV text (csv_table.hpp). Every problem goes to
// `errors` with its line and column; the matrix means something only when there
// are none. Names are one line: a line break or run of spaces in a category,
// name or level header becomes one space. Categories that differ only in case
// are one category, spelt as it first appears.
CompetencyMatrix ReadCompetencyMatrix(std::string_view csv_text, LocatedErrors& errors);

}  // namespace rex::core
