#pragma once
// The private report file: an Assessment written as versioned JSON
// ("role-explorer/report", schema_version 2; docs/report-format.md and
// content/schema/report.schema.json). Writing never fails; reading is pure and
// returns either a complete ImportedReport or one Error that says where and why,
// so a caller parses into a new object and swaps it in only on success:
//
//   Result<ImportedReport> imported = ParseReport(text, file_name, roles);
//   if (!imported) { ShowError(imported.error()); return; }   // old state untouched
//   assessment = std::move(imported.value().assessment);
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/assessment/assessment.hpp"
#include "core/result.hpp"
#include "core/role/role.hpp"

namespace rex::core {

// The value of a report's "format" field.
inline constexpr std::string_view kReportFormat = "role-explorer/report";
// The schema_version this code writes; it reads this one and every older one.
inline constexpr int kReportSchemaVersion = 2;
// Bigger files are refused before parsing: a real report is far smaller, even
// with 50 snapshots, and a huge paste would only freeze the tab.
inline constexpr std::uintmax_t kMaxReportBytes = 5u * 1024u * 1024u;

// Which app wrote a report: {"name", "version"} in the file. Reports from before
// 1.1.0 have none.
struct AppStamp {
  std::string name;
  std::string version;
  bool operator==(const AppStamp& o) const { return name == o.name && version == o.version; }
  bool Empty() const { return name.empty() && version.empty(); }
};
// This build of Role Explorer (core/app/app_info.hpp).
AppStamp ThisApp();

struct ExportOptions {
  bool redacted = false;    // leave out the name, notes, evidence and review text
  std::string exported_at;  // ISO-8601 from the platform; empty = not written
  AppStamp app = ThisApp();  // written as "app"; tests pass an imported one to write a file again as it was
};

struct ImportedReport {
  Assessment assessment;                      // orphaned entries are in assessment.orphaned
  std::vector<std::string> unknown_item_ids;  // ids the role no longer has, sorted, unique
  std::vector<std::string> warnings;          // things to tell the person; the import still worked
  std::vector<std::string> repairs;           // what the reader fixed (repeated snapshot ids), one sentence each
  bool redacted = false;
  int schema_version = 0;                     // the file's own version, before any migration
  std::string exported_at;
  AppStamp app;                               // the app that wrote it; empty for files from before 1.1.0
};

// Pretty JSON with a fixed key order, ending in a newline. `role` supplies the title
// and the fallbacks for an empty role id, content version or target.
std::string SerializeReport(const Assessment& assessment, const Role& role, const ExportOptions& options);

// What a redacted export keeps: levels, goals, snapshots and review levels.
Assessment Redacted(const Assessment& assessment);

// `roles`: every role the app knows; the report's role id picks one. Never throws.
Result<ImportedReport> ParseReport(std::string_view text, const std::string& source,
                                   const std::vector<const Role*>& roles);
Result<ImportedReport> ParseReport(std::string_view text, const std::string& source, const Role& role);

// Error{source, "the file is 7.3 MB; reports are at most 5 MB"} if `bytes` is over
// the limit; lets a caller refuse a file before reading it.
std::optional<Error> CheckReportSize(std::uintmax_t bytes, const std::string& source);

// "<role>-<name>-<date>.json" in lower-case kebab; the name is left out when
// empty or redacted, the date (YYYY-MM-DD, from `exported_at`) when empty.
std::string ReportFileName(const Assessment& assessment, const ExportOptions& options);

}  // namespace rex::core
