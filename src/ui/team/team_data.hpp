#pragma once
// The Team page's figures: session.team's files read against the loaded roles
// (core/team/), each role's rows and columns in the order the manager chose.
// Reading 200 reports takes tens of milliseconds, so TeamCache reads them again
// only when the team or the set of roles changed, never per frame.
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/app/session.hpp"
#include "core/team/team.hpp"
#include "core/team/team_figures.hpp"

namespace rex::ui {

struct TeamRoleView {
  core::RoleFigures figures;
  std::vector<std::size_t> people;  // row order: indices into figures.people
  std::vector<std::size_t> items;   // column order: indices into figures.items
};

struct TeamData {
  core::Team team;
  std::vector<TeamRoleView> roles;  // one per role among the members, in GroupByRole order
};

// Reads every file of session.team (hide names: redacted on reading).
TeamData ComputeTeamData(const core::Session& session);

class TeamCache {
 public:
  const TeamData& For(const core::Session& session);

 private:
  std::uint64_t team_revision_ = 0;
  std::string roles_key_;
  std::optional<TeamData> data_;
};

}  // namespace rex::ui
