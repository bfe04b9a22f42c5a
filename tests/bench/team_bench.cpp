// Team figures over many reports (core/team/, `report team`): 200 generated
// reports of the real role (every item rated, notes, evidence, a review, 10
// snapshots), parsed and aggregated, per report, against what one `report
// summary` costs per report (parse + Score). Budget: team ≤ 2x summary per report.
#include <cstdio>
#include <string>
#include <vector>

#include "bench.hpp"
#include "content/embedded_roles.hpp"
#include "core/app/role_catalog.hpp"
#include "core/assessment/scoring.hpp"
#include "core/report/report_format.hpp"
#include "core/team/team.hpp"
#include "core/team/team_figures.hpp"
#include "generated_report.hpp"

namespace rex::bench {

int RunTeamBench(int people, int snapshots, int runs) {
  const core::Session session = core::LoadCatalog(content::Files());
  const core::Role* role = nullptr;
  for (const core::RoleEntry& entry : session.roles) {
    if (entry.role.id == "staff-backend-engineer") role = &entry.role;
  }
  if (role == nullptr) {
    std::fprintf(stderr, "the staff-backend-engineer role is not embedded\n");
    return 1;
  }
  const std::vector<const core::Role*> roles = {role};
  std::vector<core::TeamFile> files;
  std::size_t bytes = 0;
  for (int p = 0; p < people; ++p) {
    files.emplace_back("person-" + std::to_string(p) + ".json", test::GeneratedReportJson(*role, snapshots, p));
    bytes += files.back().second.size();
  }
  std::vector<double> team_ms, summary_ms;
  for (int run = 0; run < runs; ++run) {
    std::size_t members = 0, cells = 0;
    team_ms.push_back(Time([&] {
                        const core::Team team = core::ReadTeam(files, roles, {});
                        const std::vector<core::RoleFigures> figures = core::TeamFiguresByRole(team);
                        members = team.members.size();
                        cells = figures.empty() ? 0 : figures[0].items.size() + figures[0].calibration.size();
                      }).cpu_ms /
                      people);
    if (members != static_cast<std::size_t>(people) || cells == 0) {
      std::fprintf(stderr, "the generated team did not load\n");
      return 1;
    }
    std::size_t scored = 0;
    summary_ms.push_back(Time([&] {
                           for (const core::TeamFile& file : files) {
                             core::Result<core::ImportedReport> report = core::ParseReport(file.second, file.first, roles);
                             if (!report) continue;
                             const core::Assessment& a = report.value().assessment;
                             scored += core::Score(*role, role->rating_model, a, a.target).items.size();
                           }
                         }).cpu_ms /
                         people);
    if (scored == 0) return 1;
  }
  const Stats team = Summarize(team_ms), summary = Summarize(summary_ms);
  std::printf("| step | reports | snapshots | KB per report | median ms per report (CPU) | p99 ms per report (CPU) |\n"
              "|---|---:|---:|---:|---:|---:|\n");
  const double kb = static_cast<double>(bytes) / 1024.0 / people;
  std::printf("| team: parse + ReadTeam + figures | %d | %d | %.1f | %.3f | %.3f |\n", people, snapshots, kb,
              team.median_ms, team.p99_ms);
  std::printf("| summary: parse + Score | %d | %d | %.1f | %.3f | %.3f |\n", people, snapshots, kb, summary.median_ms,
              summary.p99_ms);
  std::printf("| **ratio** team / summary per report (budget ≤ 2x) | | | | **%.2fx** | |\n",
              team.median_ms / summary.median_ms);
  return 0;
}

}  // namespace rex::bench
