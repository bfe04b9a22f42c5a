#include "core/app/session.hpp"

#include <algorithm>

#include "core/assessment/snapshot_ids.hpp"

namespace rex::core {
namespace {

bool IsRatedItem(const Role& role, const std::string& id) {
  const Item* item = role.FindItem(id);
  return item && role.rating_model.IsRated(*item);
}

bool IsChecklistItem(const Role& role, const std::string& id) {
  const Item* item = role.FindItem(id);
  return item && role.rating_model.IsChecklist(*item);
}

// Changes to the assessment. Each returns false when the action does not apply.
struct AssessmentEdit {
  const Role& role;
  Assessment& a;
  const std::string& now;

  bool operator()(const SetRating& x) const {
    if (!IsRatedItem(role, x.item_id)) return false;
    if (x.level && (*x.level < 0 || *x.level > role.rating_model.MaxLevel())) return false;
    a.ratings[x.item_id].level = x.level;
    return true;
  }
  bool operator()(const SetNote& x) const {
    if (!IsRatedItem(role, x.item_id)) return false;
    a.ratings[x.item_id].note = x.note;
    return true;
  }
  bool operator()(const AddEvidence& x) const {
    if (!IsRatedItem(role, x.item_id) || x.evidence.what.empty()) return false;
    a.ratings[x.item_id].evidence.push_back(x.evidence);
    return true;
  }
  bool operator()(const RemoveEvidence& x) const {
    const auto found = a.ratings.find(x.item_id);
    if (found == a.ratings.end() || x.index < 0 || x.index >= static_cast<int>(found->second.evidence.size())) return false;
    found->second.evidence.erase(found->second.evidence.begin() + x.index);
    return true;
  }
  bool operator()(const SetGoalDone& x) const {
    if (!IsChecklistItem(role, x.item_id)) return false;
    a.goals_done[x.item_id] = x.done;
    return true;
  }
  bool operator()(const SetTarget& x) const {
    if (!role.rating_model.FindTarget(x.target_id)) return false;
    a.target = x.target_id;
    return true;
  }
  bool operator()(const SetPersonName& x) const {
    a.person_name = x.name;
    return true;
  }
  bool operator()(const TakeSnapshot& x) const {
    Snapshot snap;
    snap.id = IssueSnapshotId(a, now);
    snap.taken_at = now;
    snap.label = x.label.empty() ? now.substr(0, 10) : x.label;
    snap.target = a.target;
    for (const auto& [id, rating] : a.ratings) {
      if (rating.level) snap.levels[id] = *rating.level;
    }
    snap.goals_done = a.goals_done;
    a.snapshots.push_back(std::move(snap));
    return true;
  }
  bool operator()(const RemoveSnapshot& x) const {
    const auto it = std::find_if(a.snapshots.begin(), a.snapshots.end(), [&](const Snapshot& s) { return s.id == x.snapshot_id; });
    if (it == a.snapshots.end()) return false;
    a.snapshots.erase(it);
    return true;
  }
  bool operator()(const SetReviewLevel& x) const {
    if (!IsRatedItem(role, x.item_id)) return false;
    if (x.level && (*x.level < 0 || *x.level > role.rating_model.MaxLevel())) return false;
    a.review.entries[x.item_id].level = x.level;
    return true;
  }
  bool operator()(const SetReviewComment& x) const {
    if (!IsRatedItem(role, x.item_id)) return false;
    a.review.entries[x.item_id].comment = x.comment;
    return true;
  }
  bool operator()(const SetReviewer& x) const {
    a.review.reviewer = x.name;
    return true;
  }
  bool operator()(const SetReviewSummary& x) const {
    a.review.summary = x.summary;
    return true;
  }
  bool operator()(const ReplaceAssessment& x) const {
    if (x.assessment.role_id != role.id) return false;
    a = x.assessment;
    return true;
  }
  template <typename Other>
  bool operator()(const Other&) const { return false; }
};

// Drops ratings that became empty, so "rated then cleared" equals "never rated".
void Tidy(Assessment& a) {
  for (auto it = a.ratings.begin(); it != a.ratings.end();) it = it->second.Empty() ? a.ratings.erase(it) : std::next(it);
  auto& entries = a.review.entries;
  for (auto it = entries.begin(); it != entries.end();) {
    it = (!it->second.level && it->second.comment.empty()) ? entries.erase(it) : std::next(it);
  }
}

bool ApplyToAssessment(Session& session, const Action& action) {
  RoleEntry* entry = session.Current();
  if (!entry) return false;
  if (std::holds_alternative<Undo>(action)) return entry->history.Undo(entry->assessment);
  if (std::holds_alternative<Redo>(action)) return entry->history.Redo(entry->assessment);
  Assessment before = entry->assessment;
  if (!std::visit(AssessmentEdit{entry->role, entry->assessment, session.now}, action)) return false;
  Tidy(entry->assessment);
  if (entry->assessment == before) return false;  // e.g. the same rating again: nothing to undo
  entry->assessment.updated_at = session.now;
  if (entry->assessment.created_at.empty()) entry->assessment.created_at = session.now;
  entry->history.Record(std::move(before));
  return true;
}

struct DisplayEdit {
  Session& session;

  bool operator()(const SelectRole& a) const {
    if (a.index < 0 || a.index >= static_cast<int>(session.roles.size())) return false;
    session.current_role = a.index;
    return true;
  }
  bool operator()(const SetTheme& a) const {
    session.preferences.theme = a.theme;
    return true;
  }
  bool operator()(const SetFontScale& a) const {
    session.preferences.font_scale =
        std::clamp(a.scale, Preferences::kMinFontScale, Preferences::kMaxFontScale);
    return true;
  }
  template <typename Other>
  bool operator()(const Other&) const { return false; }
};

bool IsDisplayAction(const Action& action) {
  return std::holds_alternative<SelectRole>(action) || std::holds_alternative<SetTheme>(action) ||
         std::holds_alternative<SetFontScale>(action);
}

// Restoring and forgetting reach any role, not only the open one, and start a
// new history instead of adding to it.
bool ApplyRestore(Session& session, const RestoreWork& restore) {
  for (RoleEntry& entry : session.roles) {
    if (entry.role.id != restore.assessment.role_id) continue;
    if (entry.assessment == restore.assessment && !entry.history.CanUndo() && !entry.history.CanRedo()) return false;
    entry.assessment = restore.assessment;
    Tidy(entry.assessment);
    entry.history.Clear();
    return true;
  }
  return false;
}

bool ApplyForget(Session& session) {
  for (RoleEntry& entry : session.roles) {
    entry.assessment = NewAssessment(entry.role);
    entry.history.Clear();
  }
  session.preferences = session.default_preferences;
  session.current_role = 0;
  return true;
}

bool ApplyStorageAction(Session& session, const Action& action) {
  if (const auto* restore = std::get_if<RestoreWork>(&action)) return ApplyRestore(session, *restore);
  return ApplyForget(session);
}

bool IsStorageAction(const Action& action) {
  return std::holds_alternative<RestoreWork>(action) || std::holds_alternative<ForgetAllWork>(action);
}

}  // namespace

Assessment NewAssessment(const Role& role) {
  Assessment a;
  a.role_id = role.id;
  a.content_version = role.content_version;
  a.target = role.rating_model.default_target;
  return a;
}

bool Apply(Session& session, const Action& action) {
  const bool changed = IsDisplayAction(action)   ? std::visit(DisplayEdit{session}, action)
                       : IsStorageAction(action) ? ApplyStorageAction(session, action)
                                                 : ApplyToAssessment(session, action);
  if (changed) ++session.revision;
  return changed;
}

}  // namespace rex::core
