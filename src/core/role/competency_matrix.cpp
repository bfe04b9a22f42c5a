#include "core/role/competency_matrix.hpp"

#include <array>
#include <map>

#include "core/role/csv_table.hpp"
#include "core/role/role.hpp"
#include "core/role/spelling.hpp"
#include "core/text/fold.hpp"

namespace rex::core {
namespace {

enum class ColumnRole { kCategory, kName, kDescription, kImportance, kLevel, kUnnamed, kDuplicate };

struct Column {
  ColumnRole role = ColumnRole::kUnnamed;
  std::string header;  // as written, on one line
  TextPosition position;
  std::size_t level = 0;             // kLevel: index into CompetencyMatrix::levels
  bool content_reported = false;     // kUnnamed: a cell with text was reported
};

constexpr std::array<Importance, 4> kImportances = {Importance::kCritical, Importance::kImportant,
                                                    Importance::kOptional, Importance::kContextSpecific};

constexpr const char* kHeaderExample = "category,name,description,importance,Level 1,Level 2,...";

bool IsSpace(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; }

std::string Trim(std::string_view text) {
  std::size_t begin = 0, end = text.size();
  while (begin < end && IsSpace(text[begin])) ++begin;
  while (end > begin && IsSpace(text[end - 1])) --end;
  return std::string(text.substr(begin, end - begin));
}

// A name on one line: runs of white space (line breaks too) become one space.
std::string OneLine(std::string_view text) {
  std::string line;
  for (const char c : text) {
    if (!IsSpace(c)) {
      line += c;
    } else if (!line.empty() && line.back() != ' ') {
      line += ' ';
    }
  }
  if (!line.empty() && line.back() == ' ') line.pop_back();
  return line;
}

// Header names and importances are matched ignoring case (and accents in names).
std::string MatchKey(std::string_view text) { return Fold(OneLine(text), Accents::kKeep).text; }

std::string Quoted(std::string_view text) { return "\"" + std::string(text) + "\""; }

std::string Where(TextPosition position) {
  return std::to_string(position.line) + ":" + std::to_string(position.column);
}

ColumnRole RoleOfHeader(const std::string& key) {
  if (key == "category") return ColumnRole::kCategory;
  if (key == "name" || key == "competency") return ColumnRole::kName;
  if (key == "description") return ColumnRole::kDescription;
  if (key == "importance") return ColumnRole::kImportance;
  return key.empty() ? ColumnRole::kUnnamed : ColumnRole::kLevel;
}

const char* ColumnWord(ColumnRole role) {
  switch (role) {
    case ColumnRole::kCategory: return "category";
    case ColumnRole::kName: return "name";
    case ColumnRole::kDescription: return "description";
    case ColumnRole::kImportance: return "importance";
    default: return "level";
  }
}

std::optional<Importance> ImportanceIgnoringCase(const std::string& text) {
  for (const Importance importance : kImportances) {
    if (MatchKey(ToString(importance)) == MatchKey(text)) return importance;
  }
  return std::nullopt;
}

std::string UnknownImportance(const std::string& text) {
  std::vector<std::string_view> names;
  for (const Importance importance : kImportances) names.emplace_back(ToString(importance));
  std::string message = "unknown importance " + Quoted(text) +
                        " (expected Critical, Important, Optional, Context-specific or an empty cell)";
  if (const auto match = ClosestMatch(text, names)) message += "; did you mean " + Quoted(*match) + "?";
  return message;
}

// Reads rows as ReadCsv hands them over: the first one that is not blank is the
// header, every later one that is not blank is a competency.
class MatrixReader {
 public:
  explicit MatrixReader(LocatedErrors& errors) : errors_(errors) {}

  void OnRow(const CsvRow& row) {
    if (row.IsBlank()) return;
    if (!header_seen_) {
      ReadHeader(row);
    } else {
      ++competency_rows_;
      if (rows_readable_) ReadCompetency(row);
    }
  }

  // "Empty" and "no competencies" only when nothing else was wrong: a file refused
  // as a whole, or a row lost to an unterminated quote, would make them false.
  CompetencyMatrix Finish() {
    if (!errors_.empty()) return std::move(matrix_);
    if (!header_seen_) {
      errors_.At(TextPosition{}, std::string("file is empty (expected a header row such as ") + kHeaderExample + ")");
    } else if (competency_rows_ == 0) {
      errors_.At(header_end_, "no competencies: the header is the only row");
    }
    return std::move(matrix_);
  }

 private:
  void ReadHeader(const CsvRow& row) {
    header_seen_ = true;
    header_end_ = row.end;
    if (IsOneColumnWithOtherSeparator(row)) return;
    std::map<std::string, std::size_t> seen;  // match key -> column, for duplicates
    for (const CsvField& field : row.fields) AddColumn(field, seen);
    CheckRequiredColumns(row);
  }

  // Spreadsheets set up for some regions write ';' between fields; tab-separated
  // files look the same once opened. Either way the header reads as one column.
  bool IsOneColumnWithOtherSeparator(const CsvRow& row) {
    if (row.fields.size() != 1) return false;
    const std::string& text = row.fields.front().text;
    const char separator = text.find(';') != std::string::npos    ? ';'
                           : text.find('\t') != std::string::npos ? '\t'
                                                                  : '\0';
    if (separator == '\0') return false;
    errors_.At(row.fields.front().position,
               std::string("the header is one column: the fields are separated by ") +
                   (separator == ';' ? "semicolons" : "tabs") + ", not commas; save the sheet as comma-separated CSV");
    return true;
  }

  void AddColumn(const CsvField& field, std::map<std::string, std::size_t>& seen) {
    Column column;
    column.header = OneLine(field.text);
    column.position = field.position;
    column.role = RoleOfHeader(MatchKey(field.text));
    if (column.role != ColumnRole::kUnnamed) ClaimHeader(column, seen);
    if (column.role == ColumnRole::kLevel) AddLevel(column);
    columns_.push_back(std::move(column));
  }

  // Names the same column twice: two name columns, or two levels called the same.
  void ClaimHeader(Column& column, std::map<std::string, std::size_t>& seen) {
    const std::string key = column.role == ColumnRole::kLevel ? "level:" + MatchKey(column.header)
                                                              : std::string(ColumnWord(column.role));
    const auto [first, inserted] = seen.emplace(key, columns_.size());
    if (inserted) return;
    const Column& earlier = columns_[first->second];
    errors_.At(column.position, "duplicate header " + Quoted(column.header) + ": the " + ColumnWord(column.role) +
                                    " column " + Quoted(earlier.header) + " is already at " + Where(earlier.position));
    column.role = ColumnRole::kDuplicate;
  }

  void AddLevel(Column& column) {
    column.level = matrix_.levels.size();
    matrix_.levels.push_back(column.header);
    if (matrix_.levels.size() == kMaxMatrixLevels + 1) {
      errors_.At(column.position, "too many level columns: at most " + std::to_string(kMaxMatrixLevels) +
                                      " (with \"Not yet\" below them, a scale has at most " +
                                      std::to_string(kMaxMatrixLevels + 1) + " levels)");
    }
  }

  bool Has(ColumnRole role) const {
    for (const Column& column : columns_) {
      if (column.role == role) return true;
    }
    return false;
  }

  void CheckRequiredColumns(const CsvRow& row) {
    const TextPosition start = row.fields.front().position;
    const std::string needs = std::string(": the header needs category, name (or competency) and at least one "
                                          "level column, e.g. ") + kHeaderExample;
    if (!Has(ColumnRole::kCategory)) errors_.At(start, "no \"category\" column" + needs);
    if (!Has(ColumnRole::kName)) errors_.At(start, "no \"name\" column" + needs);
    if (matrix_.levels.empty()) {
      errors_.At(row.end, "no level column: every column other than category, name, description and importance "
                          "is a level, and this header has none");
    }
    rows_readable_ = Has(ColumnRole::kCategory) && Has(ColumnRole::kName);
  }

  bool CheckFieldCount(const CsvRow& row) {
    if (row.fields.size() == columns_.size()) return true;
    const TextPosition at = row.fields.size() < columns_.size() ? row.end : row.fields[columns_.size()].position;
    errors_.At(at, "row has " + std::to_string(row.fields.size()) + " fields, the header has " +
                       std::to_string(columns_.size()));
    return false;
  }

  void ReadCompetency(const CsvRow& row) {
    if (!CheckFieldCount(row)) return;
    Competency competency;
    competency.level_texts.resize(matrix_.levels.size());
    bool ok = true;
    for (std::size_t i = 0; i < columns_.size(); ++i) ok = ReadCell(columns_[i], row.fields[i], competency) && ok;
    if (ok) matrix_.competencies.push_back(std::move(competency));
  }

  bool ReadCell(Column& column, const CsvField& field, Competency& out) {
    switch (column.role) {
      case ColumnRole::kCategory: return ReadCategory(field, out.category);
      case ColumnRole::kName: return ReadName(field, out.name);
      case ColumnRole::kDescription: out.description = Trim(field.text); return true;
      case ColumnRole::kImportance: return ReadImportance(field, out.importance);
      case ColumnRole::kLevel: out.level_texts[column.level] = Trim(field.text); return true;
      case ColumnRole::kUnnamed: return CheckUnnamedCell(column, field);
      case ColumnRole::kDuplicate: return true;  // reported once, at its header
    }
    return true;
  }

  bool ReadCategory(const CsvField& field, std::string& out) {
    out = OneLine(field.text);
    if (out.empty()) {
      errors_.At(field.position, "empty category: every competency needs one (it becomes a section)");
      return false;
    }
    const auto [known, inserted] = categories_.emplace(MatchKey(out), out);
    if (inserted) {
      matrix_.categories.push_back(out);
    } else {
      out = known->second;
    }
    return true;
  }

  bool ReadName(const CsvField& field, std::string& out) {
    out = OneLine(field.text);
    if (!out.empty()) return true;
    errors_.At(field.position, "empty name: every competency needs one");
    return false;
  }

  bool ReadImportance(const CsvField& field, std::optional<Importance>& out) {
    const std::string text = OneLine(field.text);
    if (text.empty()) return true;
    out = ImportanceIgnoringCase(text);
    if (out) return true;
    errors_.At(field.position, UnknownImportance(text));
    return false;
  }

  // A column without a header is spreadsheet padding as long as it stays empty.
  bool CheckUnnamedCell(Column& column, const CsvField& field) {
    if (column.content_reported || Trim(field.text).empty()) return true;
    column.content_reported = true;  // once per column: the fix is one header
    errors_.At(field.position, "this cell's column has no header: name the level it describes in the header row "
                               "(at " + Where(column.position) + "), or leave the column empty");
    return false;
  }

  LocatedErrors& errors_;
  bool header_seen_ = false;
  bool rows_readable_ = false;  // the header names a category and a name column
  TextPosition header_end_;
  std::vector<Column> columns_;
  std::map<std::string, std::string> categories_;  // match key -> the first spelling
  std::size_t competency_rows_ = 0;
  CompetencyMatrix matrix_;
};

}  // namespace

CompetencyMatrix ReadCompetencyMatrix(std::string_view csv_text, LocatedErrors& errors) {
  MatrixReader reader(errors);
  ReadCsv(csv_text, errors, [&reader](const CsvRow& row) { reader.OnRow(row); });
  return reader.Finish();
}

}  // namespace rex::core
