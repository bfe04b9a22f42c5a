#pragma once
// What the `report ...` commands share: their command line (files, --role,
// --format, -o), the roles a report may be for (every embedded role plus any
// --role files) and reading a report file from disk.
#include <optional>
#include <string>
#include <vector>

#include "cli/commands.hpp"
#include "core/report/report_format.hpp"
#include "core/result.hpp"
#include "core/role/role.hpp"

namespace rex::cli {

struct ReportArgs {
  std::vector<std::string> files;
  std::vector<std::string> role_files;  // --role FILE, repeatable
  std::string format;                   // --format html|md
  std::string output;                   // -o / --output FILE
};

// nullopt (after printing why to stderr) when the command line is wrong.
// `with_format`: whether --format and -o are allowed.
std::optional<ReportArgs> ParseReportArgs(const char* command, const Args& args, bool with_format);

// The roles of content/roles/ compiled into the tool, then the --role files.
// Prints every role file error to stderr and returns nullopt if one fails.
std::optional<std::vector<core::Role>> LoadReportRoles(const std::vector<std::string>& role_files);

// A report file's bytes: size check (core::CheckReportSize) before reading.
core::Result<std::string> ReadReportFile(const std::string& path);

// ReadReportFile, then core::ParseReport.
core::Result<core::ImportedReport> LoadReportFile(const std::string& path, const std::vector<core::Role>& roles);

// `text` to stdout when `output` is empty, else to that file with a
// "OUT: written (N bytes)" line; kExitInvalid (after saying so) if it fails.
int WriteReportOutput(const std::string& output, const std::string& text, const char* what);

const core::Role* FindRole(const std::vector<core::Role>& roles, const std::string& id);

}  // namespace rex::cli
