#include "core/app/session.hpp"

#include <algorithm>

#include "core/assessment/snapshot_ids.hpp"
#include "core/report/report_format.hpp"

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

// The open role stays open when another one comes or goes.
void KeepCurrent(Session& session, const std::string& current_id) {
  const int index = session.IndexOf(current_id);
  session.current_role = index >= 0 ? index : 0;
}

bool ApplyAddRole(Session& session, const AddRole& add) {
  if (add.role.id.empty()) return false;
  const int existing = session.IndexOf(add.role.id);
  if (existing < 0) {
    Assessment assessment = NewAssessment(add.role);
    session.roles.push_back({add.source, add.role, std::move(assessment), {}, add.origin,
                             add.origin == RoleOrigin::kBrowser ? add.file_text : std::string()});
    return true;
  }
  // Only a person's own file can be replaced, and only by their own newer one.
  RoleEntry& entry = session.roles[static_cast<size_t>(existing)];
  if (entry.origin != RoleOrigin::kBrowser || add.origin != RoleOrigin::kBrowser) return false;
  if (entry.file_text == add.file_text) return false;
  // The work moves to the new file exactly as an export imported into it would:
  // entries for items it dropped are kept aside, and levels its scale lacks refuse.
  Result<ImportedReport> moved =
      ParseReport(SerializeReport(entry.assessment, entry.role, ExportOptions{}), "saved work", add.role);
  if (!moved) return false;
  entry.source = add.source;
  entry.role = add.role;
  entry.file_text = add.file_text;
  entry.assessment = std::move(moved.value().assessment);
  entry.history.Clear();
  return true;
}

bool ApplyRemoveRole(Session& session, const RemoveRole& remove) {
  const int index = session.IndexOf(remove.role_id);
  if (index < 0 || session.roles[static_cast<size_t>(index)].origin != RoleOrigin::kBrowser) return false;
  const std::string current_id = session.Current()->role.id;
  session.roles.erase(session.roles.begin() + index);
  KeepCurrent(session, current_id);
  return true;
}

bool ApplyForget(Session& session) {
  // A person's own role files are their data too.
  const RoleEntry* current = session.Current();
  const std::string current_id = current ? current->role.id : "";
  session.roles.erase(std::remove_if(session.roles.begin(), session.roles.end(),
                                     [](const RoleEntry& e) { return e.origin == RoleOrigin::kBrowser; }),
                      session.roles.end());
  KeepCurrent(session, current_id);
  for (RoleEntry& entry : session.roles) {
    entry.assessment = NewAssessment(entry.role);
    entry.history.Clear();
  }
  session.preferences = session.default_preferences;
  session.current_role = 0;
  session.team = TeamWork{};
  ++session.team_revision;
  return true;
}

bool ApplyStorageAction(Session& session, const Action& action) {
  if (const auto* restore = std::get_if<RestoreWork>(&action)) return ApplyRestore(session, *restore);
  if (const auto* add = std::get_if<AddRole>(&action)) return ApplyAddRole(session, *add);
  if (const auto* remove = std::get_if<RemoveRole>(&action)) return ApplyRemoveRole(session, *remove);
  return ApplyForget(session);
}

// Actions that reach any role (or the list of roles), not only the open one's assessment.
bool IsStorageAction(const Action& action) {
  return std::holds_alternative<RestoreWork>(action) || std::holds_alternative<ForgetAllWork>(action) ||
         std::holds_alternative<AddRole>(action) || std::holds_alternative<RemoveRole>(action);
}

bool IsTeamAction(const Action& action) {
  return std::holds_alternative<AddTeamReports>(action) || std::holds_alternative<RemoveTeamReport>(action) ||
         std::holds_alternative<ClearTeam>(action) || std::holds_alternative<SetTeamView>(action) ||
         std::holds_alternative<RestoreTeam>(action);
}

// The Team page's actions; each returns false when nothing would change.
struct TeamEdit {
  TeamWork& team;

  bool operator()(const AddTeamReports& x) const { return AddTeamFiles(team, x.files); }
  bool operator()(const RemoveTeamReport& x) const {
    const auto found = std::find_if(team.files.begin(), team.files.end(),
                                    [&](const TeamReportFile& f) { return f.name == x.name; });
    if (found == team.files.end()) return false;
    team.files.erase(found);
    return true;
  }
  bool operator()(const ClearTeam&) const {
    if (team.files.empty()) return false;
    team.files.clear();
    return true;
  }
  bool operator()(const SetTeamView& x) const {
    if (team.view == x.view) return false;
    team.view = x.view;
    return true;
  }
  bool operator()(const RestoreTeam& x) const {
    if (team == x.team) return false;
    team = x.team;
    return true;
  }
  template <typename Other>
  bool operator()(const Other&) const { return false; }
};

bool ApplyTeam(Session& session, const Action& action) {
  if (!std::visit(TeamEdit{session.team}, action)) return false;
  ++session.team_revision;
  return true;
}

}  // namespace

const RoleEntry* Session::FindRole(const std::string& role_id) const {
  const int index = IndexOf(role_id);
  return index < 0 ? nullptr : &roles[static_cast<size_t>(index)];
}

int Session::IndexOf(const std::string& role_id) const {
  for (size_t i = 0; i < roles.size(); ++i) {
    if (roles[i].role.id == role_id) return static_cast<int>(i);
  }
  return -1;
}

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
                       : IsTeamAction(action)    ? ApplyTeam(session, action)
                                                 : ApplyToAssessment(session, action);
  if (changed) ++session.revision;
  return changed;
}

}  // namespace rex::core
