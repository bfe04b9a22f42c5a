#pragma once
// Actions are the only way the app's data changes (docs/adr/0012: data flows one
// way). Views emit them, and so do restoring saved work and deleting it; Apply
// performs them, which gives one place for undo/redo, autosave and revisions.
#include <optional>
#include <string>
#include <variant>
#include <vector>

#include "core/app/preferences.hpp"
#include "core/app/role_origin.hpp"
#include "core/assessment/assessment.hpp"
#include "core/role/role.hpp"
#include "core/team/team_work.hpp"

namespace rex::core {

// Display and navigation: not part of the assessment, never undone.
struct SelectRole {
  int index = 0;
};
struct SetTheme {
  Theme theme = Theme::kLight;
};
struct SetFontScale {
  float scale = 1.0f;
};

// Changes to the person's assessment of the current role: each one can be undone.
struct SetRating {
  std::string item_id;
  std::optional<int> level;  // nullopt clears the rating ("not rated")
};
struct SetNote {
  std::string item_id;
  std::string note;
};
struct AddEvidence {
  std::string item_id;
  Evidence evidence;
};
struct RemoveEvidence {
  std::string item_id;
  int index = 0;
};
struct SetGoalDone {
  std::string item_id;
  bool done = false;
};
struct SetTarget {
  std::string target_id;
};
struct SetPersonName {
  std::string name;
};
struct TakeSnapshot {
  std::string label;  // empty: the date is used
};
struct RemoveSnapshot {
  std::string snapshot_id;
};
// A manager's review, per item and overall.
struct SetReviewLevel {
  std::string item_id;
  std::optional<int> level;
};
struct SetReviewComment {
  std::string item_id;
  std::string comment;
};
struct SetReviewer {
  std::string name;
};
struct SetReviewSummary {
  std::string summary;
};
// Replaces the whole assessment (an import, or "start over"); undoable like any edit.
struct ReplaceAssessment {
  Assessment assessment;
};
struct Undo {};
struct Redo {};

// Work read back from this browser's storage (at start, or newer work another
// tab saved) for the role named by assessment.role_id, whichever role is open.
// It becomes the new starting point: that role's undo history is cleared.
struct RestoreWork {
  Assessment assessment;
};
// A role file read at run time (docs/adr/0021-roles-at-run-time.md): appended to the roles with an
// empty assessment. A person's own file (kBrowser) replaces an earlier file of
// theirs with the same id and keeps the work on it; any other clash with a role
// already loaded does not apply. Not undoable: it changes what can be rated.
struct AddRole {
  RoleOrigin origin = RoleOrigin::kBrowser;
  std::string source;
  std::string file_text;
  Role role;
};
// Takes a role the person loaded (kBrowser) out of the app. Their work on it
// stays stored and comes back if they load the role again.
struct RemoveRole {
  std::string role_id;
};
// "Delete my data": every role back to an empty assessment with no history, and
// display preferences back to their defaults (nothing of ours stays stored).
struct ForgetAllWork {};

// The Team page (core/team/team_work.hpp): the reports a manager gathered and
// how they look at them. Not the person's own assessment: never undone.
struct AddTeamReports {
  std::vector<TeamReportFile> files;  // a file named like one already there replaces it
};
struct RemoveTeamReport {
  std::string name;
};
struct ClearTeam {};
struct SetTeamView {
  TeamView view;
};
// The team read back from this browser's storage (or newer, from another tab).
struct RestoreTeam {
  TeamWork team;
};

using Action = std::variant<SelectRole, SetTheme, SetFontScale, SetRating, SetNote, AddEvidence, RemoveEvidence,
                            SetGoalDone, SetTarget, SetPersonName, TakeSnapshot, RemoveSnapshot, SetReviewLevel,
                            SetReviewComment, SetReviewer, SetReviewSummary, ReplaceAssessment, Undo, Redo,
                            RestoreWork, ForgetAllWork, AddRole, RemoveRole, AddTeamReports, RemoveTeamReport,
                            ClearTeam, SetTeamView, RestoreTeam>;

}  // namespace rex::core
