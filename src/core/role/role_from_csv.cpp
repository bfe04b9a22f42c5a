#include "core/role/role_from_csv.hpp"

#include <exception>

#include "core/role/competency_matrix.hpp"
#include "core/role/located_errors.hpp"
#include "core/role/matrix_role_writer.hpp"
#include "core/text/slug.hpp"

namespace rex::core {
namespace {

// The file's name without its folders and its last extension.
std::string_view FileStem(std::string_view path) {
  const std::size_t slash = path.find_last_of("/\\");
  if (slash != std::string_view::npos) path.remove_prefix(slash + 1);
  const std::size_t dot = path.rfind('.');
  if (dot != std::string_view::npos && dot > 0) path = path.substr(0, dot);
  return path;
}

bool IsWordSeparator(char c) { return c == ' ' || c == '-' || c == '_' || c == '.'; }

char UpperAscii(char c) { return c >= 'a' && c <= 'z' ? static_cast<char>(c - 'a' + 'A') : c; }

CsvRoleResult ConvertUnguarded(std::string_view csv_text, const std::string& source_name,
                               const CsvRoleOptions& options) {
  LocatedErrors errors(source_name);
  const CompetencyMatrix matrix = ReadCompetencyMatrix(csv_text, errors);
  CsvRoleResult result;
  if (!errors.empty()) {
    result.errors = errors.Take();
    return result;
  }
  MatrixRoleNames names{options.id.empty() ? RoleIdFromFileName(source_name) : options.id,
                        options.title.empty() ? RoleTitleFromFileName(source_name) : options.title};
  result.role_json = WriteMatrixRole(matrix, names);
  result.competencies = matrix.competencies.size();
  result.categories = matrix.categories.size();
  result.levels = matrix.levels.size();
  result.default_target = matrix.levels[DefaultTargetLevel(matrix)];
  return result;
}

}  // namespace

CsvRoleResult RoleFromCsv(std::string_view csv_text, const std::string& source_name, const CsvRoleOptions& options) {
  // No exception may leave the core; the only one expected here is running out of memory.
  try {
    return ConvertUnguarded(csv_text, source_name, options);
  } catch (const std::exception& error) {
    CsvRoleResult failed;
    failed.errors.push_back(Error{source_name + ":1:1", std::string("could not read the spreadsheet: ") + error.what()});
    return failed;
  }
}

std::string RoleIdFromFileName(std::string_view path) {
  const std::string id = Slug(FileStem(path));
  return id.empty() ? "imported-role" : id;
}

std::string RoleTitleFromFileName(std::string_view path) {
  std::string title;
  bool word_start = true;
  for (const char c : FileStem(path)) {
    if (IsWordSeparator(c)) {
      if (!title.empty() && title.back() != ' ') title += ' ';
      word_start = true;
      continue;
    }
    title += word_start ? UpperAscii(c) : c;
    word_start = false;
  }
  if (!title.empty() && title.back() == ' ') title.pop_back();
  return title.empty() ? "Imported role" : title;
}

}  // namespace rex::core
