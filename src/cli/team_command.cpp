// `report team`: many report files at once, as team figures (core/team/). A file
// that cannot be read is listed ("where: message" on stderr, and in the JSON's
// "errors") and the rest still count: exit 0 when at least one report was read.
#include <algorithm>
#include <iostream>

#include "cli/commands.hpp"
#include "cli/report_input.hpp"
#include "core/team/team.hpp"
#include "core/team/team_export.hpp"
#include "core/team/team_figures.hpp"

namespace rex::cli {

int RunReportTeam(const Args& raw) {
  constexpr const char* kCommand = "report team";
  // --redact and --target are this command's own; the rest is the shared report command line.
  core::TeamOptions options;
  Args rest;
  for (std::size_t i = 0; i < raw.size(); ++i) {
    if (raw[i] == "--redact") {
      options.redact = true;
    } else if (raw[i] == "--target") {
      if (i + 1 == raw.size()) {
        std::cerr << kCommand << ": --target needs a value\n";
        return kExitUsage;
      }
      options.target = raw[++i];
    } else {
      rest.push_back(raw[i]);
    }
  }
  std::optional<ReportArgs> args = ParseReportArgs(kCommand, rest, true);
  if (!args) return kExitUsage;
  if (args->format.empty()) args->format = "md";
  if (args->format != "md" && args->format != "csv" && args->format != "json") {
    std::cerr << kCommand << ": give --format md, csv or json\n";
    return kExitUsage;
  }
  if (args->files.empty()) {
    std::cerr << kCommand << ": give at least one report file\n";
    return kExitUsage;
  }
  const std::optional<std::vector<core::Role>> roles = LoadReportRoles(args->role_files);
  if (!roles) return kExitInvalid;
  std::vector<const core::Role*> catalog;
  for (const core::Role& role : *roles) catalog.push_back(&role);

  // Files that cannot even be read from disk join the team's errors, in order.
  std::vector<core::TeamFile> files;
  std::vector<core::TeamFileError> unreadable;
  for (const std::string& path : args->files) {
    core::Result<std::string> bytes = ReadReportFile(path);
    if (bytes.ok()) {
      files.emplace_back(path, std::move(bytes).value());
    } else {
      unreadable.push_back({path, bytes.error().where, bytes.error().message});
    }
  }
  core::Team team = core::ReadTeam(files, catalog, options);
  // Errors in the order the files were given, wherever they came from.
  team.errors.insert(team.errors.end(), unreadable.begin(), unreadable.end());
  const auto position = [&](const core::TeamFileError& error) {
    return std::find(args->files.begin(), args->files.end(), error.file) - args->files.begin();
  };
  std::stable_sort(team.errors.begin(), team.errors.end(),
                   [&](const core::TeamFileError& a, const core::TeamFileError& b) { return position(a) < position(b); });

  for (const core::TeamFileError& error : team.errors) std::cerr << error.ToString() << '\n';
  for (const std::string& warning : team.warnings) std::cerr << "warning: " << warning << '\n';
  if (team.members.empty()) {
    std::cerr << kCommand << ": no report could be read\n";
    if (args->format == "json") std::cout << core::TeamJson(team, {});
    return kExitInvalid;
  }
  const std::vector<core::RoleFigures> figures = core::TeamFiguresByRole(team);
  const std::string text = args->format == "csv"    ? core::TeamCsv(team, figures)
                           : args->format == "json" ? core::TeamJson(team, figures)
                                                    : core::TeamMarkdown(team, figures);
  return WriteReportOutput(args->output, text, "team summary");
}

}  // namespace rex::cli
