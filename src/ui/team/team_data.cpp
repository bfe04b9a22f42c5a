#include "ui/team/team_data.hpp"

#include "core/team/team_sort.hpp"

namespace rex::ui {
namespace {

// What the team's reading depends on besides the files: which roles are loaded,
// and which file each came from (a newer file of a role can rescore everyone).
std::string RolesKey(const core::Session& session) {
  std::string key;
  for (const core::RoleEntry& entry : session.roles) key += entry.role.id + '\n' + entry.source + '\n' + std::to_string(entry.file_text.size()) + '\n';
  return key;
}

}  // namespace

TeamData ComputeTeamData(const core::Session& session) {
  std::vector<const core::Role*> roles;
  for (const core::RoleEntry& entry : session.roles) roles.push_back(&entry.role);
  std::vector<core::TeamFile> files;
  files.reserve(session.team.files.size());
  for (const core::TeamReportFile& file : session.team.files) files.emplace_back(file.name, file.text);
  TeamData data;
  data.team = core::ReadTeam(files, roles, {session.team.view.target, session.team.view.hide_names});
  for (core::RoleFigures& figures : core::TeamFiguresByRole(data.team)) {
    TeamRoleView view;
    view.people = core::SortPeople(data.team, figures, session.team.view.people);
    view.items = core::SortItems(figures, session.team.view.items);
    view.figures = std::move(figures);
    data.roles.push_back(std::move(view));
  }
  return data;
}

const TeamData& TeamCache::For(const core::Session& session) {
  std::string roles_key = RolesKey(session);
  if (!data_ || team_revision_ != session.team_revision || roles_key_ != roles_key) {
    data_ = ComputeTeamData(session);
    team_revision_ = session.team_revision;
    roles_key_ = std::move(roles_key);
  }
  return *data_;
}

}  // namespace rex::ui
