// `report validate`, `report summary` and `report packet`: for managers who
// handle many report files at once.
#include <cmath>
#include <iostream>

#include <nlohmann/json.hpp>

#include "cli/commands.hpp"
#include "cli/report_input.hpp"
#include "core/assessment/scoring.hpp"
#include "core/report/packet.hpp"

namespace rex::cli {
namespace {

// The summary lists this many gaps: enough for a one-line triage per person.
constexpr std::size_t kSummaryGaps = 5;

void PrintWarnings(const std::string& path, const core::ImportedReport& report) {
  for (const std::string& warning : report.warnings) std::cerr << path << ": warning: " << warning << '\n';
}

nlohmann::ordered_json Summary(const core::ImportedReport& report, const core::Role& role) {
  const core::Assessment& a = report.assessment;
  const core::ScoreReport score = core::Score(role, role.rating_model, a, a.target);
  using Json = nlohmann::ordered_json;
  Json out = Json::object();
  out["role"] = Json{{"id", role.id}, {"title", role.title}, {"content_version", a.content_version}};
  out["person"] = a.person_name.empty() ? Json(nullptr) : Json(a.person_name);
  out["redacted"] = report.redacted;
  out["target"] = score.target;
  out["rated"] = score.overall.rated;
  out["total"] = score.overall.items;
  out["verdict"] = core::ToString(score.verdict);
  out["attainment"] = std::round(score.overall.attainment * 1000.0) / 1000.0;
  Json gaps = Json::array();
  for (std::size_t i = 0; i < score.gaps.size() && i < kSummaryGaps; ++i) {
    const core::ItemScore& gap = score.gaps[i];
    gaps.push_back(Json{{"id", gap.id},
                        {"name", gap.name},
                        {"level", gap.level ? Json(*gap.level) : Json(nullptr)},
                        {"expected", gap.expected},
                        {"gap", gap.gap}});
  }
  out["gaps"] = std::move(gaps);
  out["goals_done"] = score.goals_done;
  out["goals_total"] = score.goals_total;
  out["snapshots"] = a.snapshots.size();
  out["reviewed"] = a.review.entries.size();
  out["unknown_items"] = report.unknown_item_ids;
  out["schema_version"] = report.schema_version;
  return out;
}

// Loads the roles and the one report a command works on; prints errors.
struct Loaded {
  std::vector<core::Role> roles;
  core::ImportedReport report;
  const core::Role* role = nullptr;
};

std::optional<Loaded> LoadOne(const char* command, const ReportArgs& args, int& exit_code) {
  exit_code = kExitUsage;
  if (args.files.size() != 1) {
    std::cerr << command << ": give exactly one report file\n";
    return std::nullopt;
  }
  exit_code = kExitInvalid;
  std::optional<std::vector<core::Role>> roles = LoadReportRoles(args.role_files);
  if (!roles) return std::nullopt;
  Loaded loaded;
  loaded.roles = std::move(*roles);
  core::Result<core::ImportedReport> report = LoadReportFile(args.files.front(), loaded.roles);
  if (!report.ok()) {
    std::cerr << report.error().ToString() << '\n';
    return std::nullopt;
  }
  loaded.report = std::move(report).value();
  loaded.role = FindRole(loaded.roles, loaded.report.assessment.role_id);
  PrintWarnings(args.files.front(), loaded.report);
  exit_code = kExitOk;
  return loaded;
}

}  // namespace

// Every file is checked even after a failure, so one run lists all problems.
int RunReportValidate(const Args& raw) {
  const std::optional<ReportArgs> args = ParseReportArgs("report validate", raw, false);
  if (!args) return kExitUsage;
  if (args->files.empty()) {
    std::cerr << "report validate: give at least one report file\n";
    return kExitUsage;
  }
  const std::optional<std::vector<core::Role>> roles = LoadReportRoles(args->role_files);
  if (!roles) return kExitInvalid;
  int exit_code = kExitOk;
  for (const std::string& path : args->files) {
    const core::Result<core::ImportedReport> report = LoadReportFile(path, *roles);
    if (!report.ok()) {
      std::cerr << report.error().ToString() << '\n';
      exit_code = kExitInvalid;
      continue;
    }
    const core::Assessment& a = report.value().assessment;
    const core::Role& role = *FindRole(*roles, a.role_id);  // ParseReport found it
    const core::ScoreReport score = core::Score(role, role.rating_model, a, a.target);
    std::cout << path << ": ok (" << a.role_id << ", " << score.overall.rated << " of " << score.overall.items
              << " items rated, "
              << a.snapshots.size() << (a.snapshots.size() == 1 ? " snapshot" : " snapshots");
    if (!report.value().unknown_item_ids.empty()) {
      std::cout << ", " << report.value().unknown_item_ids.size() << " unknown items kept";
    }
    std::cout << ")\n";
    PrintWarnings(path, report.value());
  }
  return exit_code;
}

int RunReportSummary(const Args& raw) {
  const std::optional<ReportArgs> args = ParseReportArgs("report summary", raw, false);
  if (!args) return kExitUsage;
  int exit_code = kExitOk;
  const std::optional<Loaded> loaded = LoadOne("report summary", *args, exit_code);
  if (!loaded) return exit_code;
  std::cout << Summary(loaded->report, *loaded->role).dump(2, ' ', false, nlohmann::json::error_handler_t::replace)
            << '\n';
  return kExitOk;
}

int RunReportPacket(const Args& raw) {
  const std::optional<ReportArgs> args = ParseReportArgs("report packet", raw, true);
  if (!args) return kExitUsage;
  if (args->format != "html" && args->format != "md") {
    std::cerr << "report packet: give --format html or --format md\n";
    return kExitUsage;
  }
  int exit_code = kExitOk;
  const std::optional<Loaded> loaded = LoadOne("report packet", *args, exit_code);
  if (!loaded) return exit_code;
  core::PacketOptions options;
  options.redacted = loaded->report.redacted;
  options.generated_at = loaded->report.exported_at;
  const std::string packet = args->format == "html"
                                 ? core::PacketHtml(loaded->report.assessment, *loaded->role, options)
                                 : core::PacketMarkdown(loaded->report.assessment, *loaded->role, options);
  return WriteReportOutput(args->output, packet, "packet");
}

}  // namespace rex::cli
