#pragma once
// Actions are the only way the UI changes the app's data (DESIGN.md: data flows one
// way). Views emit them; Apply performs them, which gives one place for undo/redo,
// autosave and revision counting.
#include <optional>
#include <string>
#include <variant>

#include "core/app/preferences.hpp"
#include "core/assessment/assessment.hpp"

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

using Action = std::variant<SelectRole, SetTheme, SetFontScale, SetRating, SetNote, AddEvidence, RemoveEvidence,
                            SetGoalDone, SetTarget, SetPersonName, TakeSnapshot, RemoveSnapshot, SetReviewLevel,
                            SetReviewComment, SetReviewer, SetReviewSummary, ReplaceAssessment, Undo, Redo>;

}  // namespace rex::core
