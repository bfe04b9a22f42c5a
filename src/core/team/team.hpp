#pragma once
// A team: many report files read at once (a manager's view, issue 13). Each file
// is parsed on its own, so one broken or foreign file becomes a TeamFileError and
// the rest still load. Pure: callers read the bytes (CLI from disk, app from
// dropped files) and hand them over with their names.
//
//   Team team = ReadTeam(files, roles, {});
//   for (const TeamFileError& e : team.errors) Show(e.ToString());
//   std::vector<RoleFigures> figures = TeamFiguresByRole(team);   // team_figures.hpp
#include <cstddef>
#include <string>
#include <utility>
#include <vector>

#include "core/assessment/assessment.hpp"
#include "core/assessment/scoring.hpp"
#include "core/role/role.hpp"

namespace rex::core {

struct TeamOptions {
  // Empty: each person is scored against their own report's target. Otherwise
  // everyone whose role has this target id is scored against it; others keep
  // their own (and Team::warnings says so).
  std::string target;
  // Hide names: display names become pseudonyms (pseudonyms.hpp) and every
  // assessment is Redacted() on reading, so no name, note, evidence or review
  // comment can reach any output.
  bool redact = false;
};

struct TeamMember {
  std::string file;          // the name the file was given as
  std::string display_name;  // person name, the file's base name when the report has none, or the pseudonym
  std::string pseudonym;     // "Person A", ...; always assigned, shown only when redacting
  const Role* role = nullptr;
  Assessment assessment;     // Redacted() when TeamOptions::redact
  ScoreReport score;         // against the member's target (see TeamOptions::target)
  bool report_redacted = false;  // the file itself was exported redacted
};

struct TeamFileError {
  std::string file;
  std::string where;    // "file:3:7", "file#/role/id", or the file name
  std::string message;
  // "where: message", the way every other error of the tool reads.
  std::string ToString() const { return (where.empty() ? file : where) + ": " + message; }
};

struct Team {
  std::vector<TeamMember> members;   // in the order the files were given
  std::vector<TeamFileError> errors; // in the order the files were given
  std::vector<std::string> warnings; // "file: ..." lines; the file still loaded
  bool redacted = false;             // read with TeamOptions::redact
};

// One file handed to ReadTeam: its name (a path or a dropped file's name) and bytes.
using TeamFile = std::pair<std::string, std::string>;

// `roles`: every role a report may be for. Files over kMaxReportBytes are refused
// unread; a report for a role that is not in `roles` is an error naming the role.
Team ReadTeam(const std::vector<TeamFile>& files, const std::vector<const Role*>& roles, const TeamOptions& options);

// The members of one role, in Team::members order.
struct TeamRoleGroup {
  const Role* role = nullptr;
  std::vector<std::size_t> members;  // indices into Team::members
};

// One group per role, in the order each role first appears among the members.
std::vector<TeamRoleGroup> GroupByRole(const Team& team);

}  // namespace rex::core
