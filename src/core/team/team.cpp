#include "core/team/team.hpp"

#include <algorithm>

#include "core/app/dropped_file.hpp"
#include "core/report/report_format.hpp"
#include "core/team/pseudonyms.hpp"

namespace rex::core {
namespace {

bool HasRole(const std::vector<const Role*>& roles, const std::string& id) {
  return std::any_of(roles.begin(), roles.end(), [&](const Role* role) { return role && role->id == id; });
}

// A report for a role that is not loaded: say which role, with its title when
// the file gives one, so the person knows which role file to add.
std::optional<TeamFileError> MissingRole(const std::string& file, std::string_view text,
                                         const std::vector<const Role*>& roles) {
  const std::optional<RoleNeeded> needed = RoleNamedByReport(text);
  if (!needed || needed->id.empty() || HasRole(roles, needed->id)) return std::nullopt;
  std::string message = "this report is for the role \"" + needed->id + "\"";
  if (!needed->title.empty()) message += " (" + needed->title + ")";
  message += ", which is not loaded";
  return TeamFileError{file, file + "#/role/id", message};
}

}  // namespace

Team ReadTeam(const std::vector<TeamFile>& files, const std::vector<const Role*>& roles, const TeamOptions& options) {
  Team team;
  team.redacted = options.redact;
  for (const auto& [file, bytes] : files) {
    if (std::optional<Error> too_big = CheckReportSize(bytes.size(), file)) {
      team.errors.push_back({file, too_big->where, too_big->message});
      continue;
    }
    Result<ImportedReport> imported = ParseReport(bytes, file, roles);
    if (!imported) {
      // Only a failed file is read a second time, for the role it names.
      std::optional<TeamFileError> missing = MissingRole(file, bytes, roles);
      team.errors.push_back(missing ? std::move(*missing)
                                    : TeamFileError{file, imported.error().where, imported.error().message});
      continue;
    }
    ImportedReport& report = imported.value();
    TeamMember member;
    member.file = file;
    member.report_redacted = report.redacted;
    member.assessment = std::move(report.assessment);
    member.role = *std::find_if(roles.begin(), roles.end(),
                                [&](const Role* role) { return role && role->id == member.assessment.role_id; });
    for (const std::string& warning : report.warnings) team.warnings.push_back(file + ": " + warning);
    std::string target = member.assessment.target;
    if (!options.target.empty()) {
      if (member.role->rating_model.FindTarget(options.target)) {
        target = options.target;
      } else {
        team.warnings.push_back(file + ": the role \"" + member.role->id + "\" has no target \"" + options.target +
                                "\"; scored against the report's own target");
      }
    }
    member.score = Score(*member.role, member.role->rating_model, member.assessment, target);
    team.members.push_back(std::move(member));
  }
  std::vector<PseudonymInput> people;
  for (const TeamMember& member : team.members) people.push_back({member.file, member.assessment.person_name});
  const std::vector<std::string> pseudonyms = AssignPseudonyms(people);
  for (std::size_t i = 0; i < team.members.size(); ++i) {
    TeamMember& member = team.members[i];
    member.pseudonym = pseudonyms[i];
    if (options.redact) {
      member.display_name = member.pseudonym;
      member.assessment = Redacted(member.assessment);
    } else {
      member.display_name =
          member.assessment.person_name.empty() ? std::string(BaseName(member.file)) : member.assessment.person_name;
    }
  }
  return team;
}

std::vector<TeamRoleGroup> GroupByRole(const Team& team) {
  std::vector<TeamRoleGroup> groups;
  for (std::size_t i = 0; i < team.members.size(); ++i) {
    const Role* role = team.members[i].role;
    auto group = std::find_if(groups.begin(), groups.end(), [&](const TeamRoleGroup& g) { return g.role == role; });
    if (group == groups.end()) group = groups.insert(groups.end(), TeamRoleGroup{role, {}});
    group->members.push_back(i);
  }
  return groups;
}

}  // namespace rex::core
