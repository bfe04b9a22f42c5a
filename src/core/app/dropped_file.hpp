#pragma once
// What a file the person hands the app (picked, dropped or pasted) is: a role
// file, a competency matrix spreadsheet (docs/content-format.md, "Spreadsheets")
// or a report, told apart by its "format" (docs/adr/0021-roles-at-run-time.md),
// and for a report, which role it needs. A file too broken to tell is read as a
// report, whose reader says best where and what is wrong (it recognises a role
// file's format and says so).
#include <optional>
#include <string>
#include <string_view>

namespace rex::core {

enum class DroppedKind { kReport, kRole, kCompetencyCsv };

// `name` is the file's name: a spreadsheet is known by its ".csv" ending, since
// a CSV has no format field.
DroppedKind ClassifyDroppedFile(std::string_view text, std::string_view name = "");

// The role a report names ("role": {"id", "title"}), or nullopt if the text is
// not a JSON report that names one.
struct RoleNeeded {
  std::string id;
  std::string title;  // may be empty
};
std::optional<RoleNeeded> RoleNamedByReport(std::string_view text);

}  // namespace rex::core
