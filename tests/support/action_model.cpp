#include "action_model.hpp"

#include <algorithm>
#include <cstdio>
#include <fstream>
#include <sstream>

#include <nlohmann/json.hpp>

#include "core/assessment/snapshot_ids.hpp"
#include "core/report/report_format.hpp"
#include "core/role/role_loader.hpp"

namespace rex::test {
namespace {

using core::Action;
using core::Assessment;

core::Role LoadRoleFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream text;
  text << in.rdbuf();
  core::RoleLoadResult loaded = core::LoadRole(text.str(), path);
  if (!loaded.role) {
    std::fprintf(stderr, "action model: cannot load %s\n", path.c_str());
    std::abort();
  }
  return std::move(*loaded.role);
}

// Text a person might type, including what tends to break exports: quotes,
// backslashes, markup, line breaks, non-ASCII, and nothing at all.
const char* const kTexts[] = {
    "", "Led the migration", "Line one\nLine two", "Quote \" and \\ backslash", "<script>alert(1)</script>",
    "Zoë Łukasz 山田太郎 Дмитрий", "tab\there", "emoji 🚀", " leading and trailing ", "a,b;c|d",
};

std::string Text(Choices& c) { return kTexts[c.Below(static_cast<int>(std::size(kTexts)))]; }

struct RoleItems {
  std::vector<std::string> rated;
  std::vector<std::string> goals;
};

RoleItems ItemsOf(const core::Role& role) {
  RoleItems out;
  for (const core::Section& section : role.sections) {
    for (const core::Group& group : section.groups) {
      for (const core::Item& item : group.items) {
        if (role.rating_model.IsRated(item)) out.rated.push_back(item.id);
        if (role.rating_model.IsChecklist(item)) out.goals.push_back(item.id);
      }
    }
  }
  return out;
}

template <typename T>
const T& Pick(Choices& c, const std::vector<T>& from) {
  return from[static_cast<size_t>(c.Below(static_cast<int>(from.size())))];
}

std::string Iso(long long seconds) {
  // 2026-01-01T00:00:00Z plus `seconds`, days capped so the date stays valid.
  const long long day = seconds / 86400, in_day = seconds % 86400;
  const int month = static_cast<int>((day / 28) % 12) + 1, date = static_cast<int>(day % 28) + 1;
  char text[32];
  std::snprintf(text, sizeof text, "2026-%02d-%02dT%02lld:%02lld:%02lldZ", month, date, in_day / 3600,
                (in_day / 60) % 60, in_day % 60);
  return text;
}

// A role file no built-in role knows, as a person would load it; `version` 2
// renames it, as a newer file of the same role would.
const std::string& LadderText(int version) {
  static const std::string first = [] {
    std::ifstream in(REX_SOURCE_DIR "/tests/fixtures/roles/valid/data-engineer-ladder.json", std::ios::binary);
    std::stringstream text;
    text << in.rdbuf();
    return text.str();
  }();
  static const std::string second = [] {
    std::string text = first;
    const std::string title = "Data Engineer (Ladder)";
    return text.replace(text.find(title), title.size(), "Data Engineer (Ladder, v2)");
  }();
  return version == 2 ? second : first;
}

std::vector<std::string> RoleIds(const core::Session& session) {
  std::vector<std::string> ids;
  for (const core::RoleEntry& entry : session.roles) ids.push_back(entry.role.id);
  return ids;
}

bool ChangesRoles(const Action& action) {
  return std::holds_alternative<core::AddRole>(action) || std::holds_alternative<core::RemoveRole>(action) ||
         std::holds_alternative<core::ForgetAllWork>(action);
}

bool IsTeamAction(const Action& action) {
  return std::holds_alternative<core::AddTeamReports>(action) || std::holds_alternative<core::RemoveTeamReport>(action) ||
         std::holds_alternative<core::ClearTeam>(action) || std::holds_alternative<core::SetTeamView>(action) ||
         std::holds_alternative<core::RestoreTeam>(action);
}

bool IsUndoable(const Action& action) {
  return !IsTeamAction(action) && !(std::holds_alternative<core::SelectRole>(action) || std::holds_alternative<core::SetTheme>(action) ||
           std::holds_alternative<core::SetFontScale>(action) || std::holds_alternative<core::Undo>(action) ||
           std::holds_alternative<core::Redo>(action) || std::holds_alternative<core::RestoreWork>(action) ||
           ChangesRoles(action));
}

std::string Describe(const Assessment& a) {
  return std::to_string(a.ratings.size()) + " ratings, " + std::to_string(a.snapshots.size()) + " snapshots";
}

}  // namespace

const std::vector<core::Role>& ModelRoles() {
  static const std::vector<core::Role> roles = {
      LoadRoleFile(REX_SOURCE_DIR "/content/roles/staff-backend-engineer.json"),
      LoadRoleFile(REX_SOURCE_DIR "/tests/fixtures/reports/roles/report-test-role.json"),
  };
  return roles;
}

ActionModel::ActionModel() : persistence_(store_) {
  for (const core::Role& role : ModelRoles()) {
    session_.roles.push_back({role.id + ".json", role, core::NewAssessment(role), {}});
    timelines_.push_back({{session_.roles.back().assessment}, 0});
  }
  reloaded_ = session_;
  last_flushed_.resize(session_.roles.size());
  session_.now = Iso(0);
  persistence_.Adopt(session_);
}

void ActionModel::AdvanceClock(Choices& c) {
  // Mostly seconds apart, sometimes the same second, sometimes days later.
  clock_seconds_ += c.OneIn(4) ? 0 : c.OneIn(8) ? 86400 : c.Below(120);
  clock_ms_ += 1 + c.Below(2000);
  session_.now = Iso(clock_seconds_);
}

bool ActionModel::ApplyAndTrack(const Action& action) {
  if (ChangesRoles(action)) {
    const std::vector<std::string> ids = RoleIds(session_);
    const std::uint64_t revision = session_.revision;
    const auto* add = std::get_if<core::AddRole>(&action);
    const bool replacing = add && session_.FindRole(add->role.id);
    if (!core::Apply(session_, action)) {
      if (RoleIds(session_) != ids || session_.revision != revision) {
        std::fprintf(stderr, "action model: a role change that did not apply changed the session\n");
        std::abort();
      }
      return false;
    }
    FollowRoles(ids, replacing ? add->role.id : "");
    if (std::holds_alternative<core::ForgetAllWork>(action)) {
      for (size_t i = 0; i < timelines_.size(); ++i) timelines_[i] = {{session_.roles[i].assessment}, 0};
    }
    persistence_.Update(session_, clock_ms_);
    return true;
  }
  const size_t role = static_cast<size_t>(session_.current_role);
  const Assessment before = session_.roles[role].assessment;
  const std::uint64_t revision = session_.revision;
  const bool changed = core::Apply(session_, action);
  Timeline& t = timelines_[role];
  if (!changed) {
    // Checked here, where "before" is known: nothing may change.
    if (session_.roles[role].assessment != before || session_.revision != revision) {
      std::fprintf(stderr, "action model: an action that did not apply changed the session\n");
      std::abort();
    }
    return false;
  }
  if (std::holds_alternative<core::Undo>(action)) {
    --t.at;
  } else if (std::holds_alternative<core::Redo>(action)) {
    ++t.at;
  } else if (const auto* restore = std::get_if<core::RestoreWork>(&action)) {
    for (size_t i = 0; i < session_.roles.size(); ++i) {
      if (session_.roles[i].role.id == restore->assessment.role_id) timelines_[i] = {{session_.roles[i].assessment}, 0};
    }
  } else if (IsUndoable(action)) {
    t.states.resize(t.at + 1);  // a new change drops what could have been redone
    t.states.push_back(session_.roles[role].assessment);
    ++t.at;
    if (t.states.size() > core::History::kMaxSteps + 1) {  // History keeps the newest kMaxSteps
      t.states.erase(t.states.begin());
      --t.at;
    }
  }
  persistence_.Update(session_, clock_ms_);
  return true;
}

std::string ActionModel::Step(Choices& c) {
  AdvanceClock(c);
  const core::RoleEntry& entry = *session_.Current();
  const RoleItems items = ItemsOf(entry.role);
  const Assessment& a = entry.assessment;
  const int max_level = entry.role.rating_model.MaxLevel();
  const int kind = c.Below(32);
  std::string line;
  Action action = core::Undo{};
  switch (kind) {
    case 0: case 1: case 2: {
      const std::string& id = Pick(c, items.rated);
      const int level = c.Below(max_level + 2) - (c.OneIn(16) ? 3 : 0);  // now and then outside the scale
      action = core::SetRating{id, level};
      line = "rate " + id + " " + std::to_string(level);
      break;
    }
    case 3: action = core::SetRating{Pick(c, items.rated), std::nullopt}; line = "clear a rating"; break;
    case 4: action = core::SetNote{Pick(c, items.rated), Text(c)}; line = "note"; break;
    case 5: action = core::AddEvidence{Pick(c, items.rated), {Text(c), Text(c), c.OneIn(2) ? "2026-03-01" : ""}}; line = "add evidence"; break;
    case 6: {
      const std::string id = a.ratings.empty() ? Pick(c, items.rated) : std::next(a.ratings.begin(), c.Below(static_cast<int>(a.ratings.size())))->first;
      action = core::RemoveEvidence{id, c.Below(3) - 1};
      line = "remove evidence of " + id;
      break;
    }
    case 7:
      if (items.goals.empty()) return "no goals";
      action = core::SetGoalDone{Pick(c, items.goals), c.OneIn(2)};
      line = "tick a goal";
      break;
    case 8: {
      const auto& targets = entry.role.rating_model.targets;
      action = core::SetTarget{c.OneIn(10) ? "no-such-target" : Pick(c, targets).id};
      line = "set target";
      break;
    }
    case 9: action = core::SetPersonName{Text(c)}; line = "name"; break;
    case 10: case 11: action = core::TakeSnapshot{Text(c)}; line = "take snapshot"; break;
    case 12: {
      const std::string id = a.snapshots.empty() || c.OneIn(8) ? "snap-0-none" : Pick(c, a.snapshots).id;
      action = core::RemoveSnapshot{id};
      line = "remove snapshot " + id;
      break;
    }
    case 13: action = core::SetReviewLevel{Pick(c, items.rated), c.OneIn(5) ? std::nullopt : std::optional<int>(c.Below(max_level + 1))}; line = "review level"; break;
    case 14: action = core::SetReviewComment{Pick(c, items.rated), Text(c)}; line = "review comment"; break;
    case 15: action = core::SetReviewer{Text(c)}; line = "reviewer"; break;
    case 16: action = core::SetReviewSummary{Text(c)}; line = "review summary"; break;
    case 17: case 18: action = core::Undo{}; line = "undo"; break;
    case 19: action = core::Redo{}; line = "redo"; break;
    case 20: return Import(c);
    case 21: action = core::ReplaceAssessment{core::NewAssessment(entry.role)}; line = "start over"; break;
    case 22: action = core::SelectRole{c.Below(static_cast<int>(session_.roles.size()) + 1)}; line = "switch role"; break;
    case 23: action = c.OneIn(2) ? Action{core::SetTheme{static_cast<core::Theme>(c.Below(3))}}
                                 : Action{core::SetFontScale{0.7f + 0.1f * static_cast<float>(c.Below(11))}};
             line = "display";
             break;
    case 24:
      persistence_.Update(session_, clock_ms_ += core::Persistence::kSaveDelayMs);
      return "time passes";
    case 25: return OtherTabWrites(c);
    case 26: return ResolveConflict(c);
    case 27: return LoadRoleFile(c);
    case 28: return RemoveRoleFile();
    case 29: case 30: return TeamStep(c);
    default:
      if (c.OneIn(6)) return DeleteEverything();
      action = core::SetRating{"no-such-item", 1};
      line = "rate an unknown item";
      break;
  }
  const bool changed = ApplyAndTrack(action);
  return line + (changed ? "" : " (no change)");
}

// The Team page: report files added (an export of a state this role went
// through, or bytes that are no report), removed, cleared, and how they are shown.
std::string ActionModel::TeamStep(Choices& c) {
  const core::TeamWork& team = session_.team;
  Action action = core::ClearTeam{};
  std::string line = "clear the team";
  switch (c.Below(5)) {
    case 0: case 1: {
      const core::RoleEntry& entry = *session_.Current();
      const Timeline& t = timelines_[static_cast<size_t>(session_.current_role)];
      const Assessment& source = t.states[static_cast<size_t>(c.Below(static_cast<int>(t.states.size())))];
      const std::string name = "member-" + std::to_string(c.Below(6)) + ".json";
      const std::string text = c.OneIn(4) ? Text(c) : core::SerializeReport(source, entry.role, {c.OneIn(4), session_.now});
      action = core::AddTeamReports{{{name, text}}};
      line = "add " + name + " to the team";
      break;
    }
    case 2:
      action = core::RemoveTeamReport{team.files.empty() || c.OneIn(5) ? "no-such.json" : Pick(c, team.files).name};
      line = "remove a team file";
      break;
    case 3: {
      core::TeamView view = team.view;
      view.hide_names = c.OneIn(2);
      view.people = static_cast<core::PersonOrder>(c.Below(3));
      view.items = static_cast<core::ItemOrder>(c.Below(3));
      view.target = c.OneIn(2) ? "" : "staff";
      action = core::SetTeamView{view};
      line = "team view";
      break;
    }
    default: break;
  }
  const core::TeamWork before = team;
  const std::uint64_t revision = session_.revision;
  const bool changed = core::Apply(session_, action);
  if (!changed && (session_.team != before || session_.revision != revision)) {
    std::fprintf(stderr, "action model: a team action that did not apply changed the session\n");
    std::abort();
  }
  persistence_.Update(session_, clock_ms_);
  return line + (changed ? "" : " (no change)");
}

std::string ActionModel::Import(Choices& c) {
  const core::RoleEntry& entry = *session_.Current();
  const Timeline& t = timelines_[static_cast<size_t>(session_.current_role)];
  // An export of any state this role went through, maybe redacted.
  const Assessment& source = t.states[static_cast<size_t>(c.Below(static_cast<int>(t.states.size())))];
  std::string text = core::SerializeReport(source, entry.role, {c.OneIn(4), session_.now});
  const int variant = c.Below(4);
  if (variant == 0 && !source.snapshots.empty()) {
    // What version 1.0 could write: a snapshot whose id repeats another's.
    nlohmann::ordered_json json = nlohmann::ordered_json::parse(text);
    json["snapshots"].push_back(json["snapshots"][0]);
    text = json.dump(2);
  } else if (variant == 1) {
    text = text.substr(0, static_cast<size_t>(c.Below(static_cast<int>(text.size()))));  // a broken file
  }
  core::Result<core::ImportedReport> parsed = core::ParseReport(text, "import.json", entry.role);
  if (!parsed) return "import refused: " + parsed.error().ToString().substr(0, 60);
  const bool changed = ApplyAndTrack(core::ReplaceAssessment{parsed.value().assessment});
  return "import (" + Describe(parsed.value().assessment) + ")" + (changed ? "" : " (no change)");
}

// Another tab of the same browser saves (or deletes) a role's work behind this
// tab's back; its storage event may or may not have arrived yet.
std::string ActionModel::OtherTabWrites(Choices& c) {
  const size_t r = static_cast<size_t>(c.Below(static_cast<int>(session_.roles.size())));
  const core::RoleEntry& entry = session_.roles[r];
  const std::string key = core::AutosaveKey(entry.role.id);
  std::string line;
  if (c.OneIn(5)) {
    store_.Remove(key);
    other_tab_saves_.erase(key);  // its own earlier save: the other tab's to remove
    other_tab_changed_.insert(key);
    line = "another tab deletes " + entry.role.id;
  } else {
    const Timeline& t = timelines_[r];
    Assessment theirs = t.states[static_cast<size_t>(c.Below(static_cast<int>(t.states.size())))];
    theirs.person_name = "Other tab " + std::to_string(++other_tab_writes_);  // never equal to ours
    const std::string text = core::SerializeReport(theirs, entry.role, {});
    store_.Set(key, text);
    other_tab_saves_[key] = text;
    other_tab_changed_.insert(key);
    line = "another tab saves " + entry.role.id;
  }
  if (c.OneIn(2)) {
    persistence_.ExternalChange(session_, key);
    line += " (event arrives)";
  }
  return line;
}

std::string ActionModel::ResolveConflict(Choices& c) {
  if (persistence_.conflicts().empty()) return "no conflict to resolve";
  const core::Conflict conflict = persistence_.conflicts().front();
  size_t r = 0;
  while (session_.roles[r].role.id != conflict.role_id) ++r;
  const core::RoleEntry& entry = session_.roles[r];
  const std::string key = core::AutosaveKey(entry.role.id);
  if (c.OneIn(2)) {
    persistence_.KeepMine(session_, conflict.role_id, session_.now);
    return "keep this tab's work on " + conflict.role_id;
  }
  const std::optional<std::string> ours = OursToStore(entry);
  const bool unsaved = ours && ours != last_flushed_[r];
  core::Result<Action> theirs = persistence_.TakeTheirs(session_, conflict.role_id, session_.now);
  if (!theirs) {
    resolve_failure_ = "the other tab's save could not be loaded: " + theirs.error().ToString();
    return "load the other tab's work (failed)";
  }
  ApplyAndTrack(theirs.value());
  other_tab_saves_.erase(key);  // loaded: it is this tab's work now
  if (unsaved) set_aside_.push_back(*ours);
  return "load the other tab's work on " + conflict.role_id + (unsaved ? " (ours had unsaved changes)" : "");
}

// As the app does (app_roles.cpp): load, bring back work kept for the role, open it.
std::string ActionModel::LoadRoleFile(Choices& c) {
  const int version = c.OneIn(3) ? 2 : 1;
  core::RoleLoadResult loaded = core::LoadRole(LadderText(version), "ladder.json");
  const std::string id = loaded.role->id;
  const bool is_new = session_.FindRole(id) == nullptr;
  if (!ApplyAndTrack(core::AddRole{core::RoleOrigin::kBrowser, "ladder.json", LadderText(version), std::move(*loaded.role)})) {
    return "load role file v" + std::to_string(version) + " (no change)";
  }
  if (is_new) {
    for (const Action& action : persistence_.RestoreAddedRole(session_, id, session_.now).actions) ApplyAndTrack(action);
    persistence_.Adopt(session_);
    role_failure_ = CheckWorkCameBack(id);
    // Whatever the store held for the role (another tab's save, maybe) is this tab's work now.
    other_tab_saves_.erase(core::AutosaveKey(id));
    other_tab_changed_.erase(core::AutosaveKey(id));
  }
  ApplyAndTrack(core::SelectRole{session_.IndexOf(id)});
  return std::string(is_new ? "load" : "update") + " role file v" + std::to_string(version);
}

std::string ActionModel::RemoveRoleFile() {
  const core::RoleEntry* entry = session_.FindRole("data-engineer-ladder");
  if (!entry) return "no role file to remove";
  const Assessment work = entry->assessment;
  persistence_.Flush(session_);  // as the app does: the work is kept, so written first
  for (const core::Conflict& conflict : persistence_.conflicts()) {
    // As the app does: the person chooses which work to keep before the role can go
    // (that write may have found another tab's save).
    if (conflict.role_id == "data-engineer-ladder") return "remove role file (refused: a conflict is open)";
  }
  const bool saved = persistence_.status().state == core::SaveState::kSaved &&
                     other_tab_changed_.count(core::AutosaveKey("data-engineer-ladder")) == 0;
  if (!ApplyAndTrack(core::RemoveRole{"data-engineer-ladder"})) return "remove role file (no change)";
  persistence_.Flush(session_);
  if (saved) {
    removed_work_["data-engineer-ladder"] = work;
  } else {
    removed_work_.erase("data-engineer-ladder");  // another tab's save or a conflict decides what comes back
  }
  return "remove role file";
}

std::string ActionModel::CheckWorkCameBack(const std::string& role_id) {
  const auto removed = removed_work_.find(role_id);
  if (removed == removed_work_.end()) return "";
  const Assessment expected = removed->second;
  removed_work_.erase(removed);
  if (other_tab_changed_.count(core::AutosaveKey(role_id))) return "";  // the other tab's save comes back instead
  const core::RoleEntry* entry = session_.FindRole(role_id);
  if (!entry || entry->assessment != expected) return "the work on a removed role did not come back with its file";
  return "";
}

void ActionModel::FollowRoles(const std::vector<std::string>& ids_before, const std::string& replaced_id) {
  std::map<std::string, Timeline> timelines;
  std::map<std::string, std::optional<std::string>> flushed;
  for (size_t i = 0; i < ids_before.size(); ++i) {
    timelines[ids_before[i]] = timelines_[i];
    flushed[ids_before[i]] = last_flushed_[i];
  }
  timelines_.clear();
  last_flushed_.clear();
  for (const core::RoleEntry& entry : session_.roles) {
    const auto known = timelines.find(entry.role.id);
    const bool fresh = known == timelines.end() || entry.role.id == replaced_id;  // a new file starts a new history
    timelines_.push_back(fresh ? Timeline{{entry.assessment}, 0} : known->second);
    last_flushed_.push_back(known == timelines.end() ? std::nullopt : flushed[entry.role.id]);
  }
  round_tripped_.clear();
}

std::string ActionModel::DeleteEverything() {
  removed_work_.clear();
  other_tab_saves_.clear();  // deleting everything is what the person asked for
  other_tab_changed_.clear();
  set_aside_.clear();
  ApplyAndTrack(core::ForgetAllWork{});
  const core::StoreResult deleted = persistence_.DeleteAll(session_);
  for (const auto& [key, value] : store_.items()) {
    if (core::IsOurKey(key)) return "delete left the key " + key;
  }
  return deleted.ok ? "delete my data" : "delete failed: " + deleted.error;
}

// --- Invariants -------------------------------------------------------------------

std::string ActionModel::Check(bool deep) {
  if (!resolve_failure_.empty()) return resolve_failure_;
  if (!role_failure_.empty()) return role_failure_;
  std::string failure = CheckTimeline();
  if (failure.empty()) failure = CheckSnapshotIds();
  if (failure.empty()) failure = CheckRoundTrip();
  if (failure.empty()) failure = CheckDerived();
  if (failure.empty()) failure = CheckRestore();
  if (failure.empty()) failure = CheckNothingLostBetweenTabs();
  if (failure.empty() && deep) failure = CheckUndoToStart();
  return failure;
}

std::string ActionModel::CheckTimeline() const {
  for (size_t i = 0; i < session_.roles.size(); ++i) {
    const Timeline& t = timelines_[i];
    const core::RoleEntry& entry = session_.roles[i];
    if (entry.assessment != t.states[t.at]) return "undo/redo left " + entry.role.id + " off the states it went through";
    if (entry.history.CanUndo() != (t.at > 0)) return "CanUndo disagrees with the sequence for " + entry.role.id;
    if (entry.history.CanRedo() != (t.at + 1 < t.states.size())) return "CanRedo disagrees for " + entry.role.id;
  }
  return "";
}

std::string ActionModel::CheckRoundTrip() {
  for (size_t i = 0; i < session_.roles.size(); ++i) {
    const core::RoleEntry& entry = session_.roles[i];
    if (round_tripped_.size() > i && round_tripped_[i] == entry.assessment) continue;  // checked already
    for (const bool redacted : {false, true}) {
      const core::ExportOptions options{redacted, session_.now};
      const std::string first = core::SerializeReport(entry.assessment, entry.role, options);
      core::Result<core::ImportedReport> imported = core::ParseReport(first, "export.json", entry.role);
      if (!imported) return "our own export was refused: " + imported.error().ToString();
      const Assessment expected = redacted ? core::Redacted(entry.assessment) : entry.assessment;
      if (imported.value().assessment != expected) return "import of an export differs from what was exported";
      if (!imported.value().repairs.empty()) return "our own export needed a repair";
      if (core::SerializeReport(imported.value().assessment, entry.role, options) != first) {
        return std::string("export -> import -> export is not byte-identical") + (redacted ? " (redacted)" : "");
      }
    }
    round_tripped_.resize(session_.roles.size());
    round_tripped_[i] = entry.assessment;
  }
  return "";
}

std::string ActionModel::CheckSnapshotIds() const {
  for (const core::RoleEntry& entry : session_.roles) {
    const Assessment& a = entry.assessment;
    for (size_t i = 0; i < a.snapshots.size(); ++i) {
      for (size_t j = i + 1; j < a.snapshots.size(); ++j) {
        if (a.snapshots[i].id == a.snapshots[j].id) return "two snapshots share the id " + a.snapshots[i].id;
      }
    }
    if (a.last_snapshot_number < core::SnapshotNumberFloor(a.snapshots)) return "the snapshot counter fell behind its ids";
  }
  return "";
}

std::string ActionModel::CheckDerived() {
  const core::Derived* cached = derived_.For(session_);
  const core::RoleEntry& entry = *session_.Current();
  const core::ScoreReport fresh = core::Score(entry.role, entry.role.rating_model, entry.assessment, entry.assessment.target);
  if (!cached || cached->score.verdict != fresh.verdict || cached->score.overall.attainment != fresh.overall.attainment ||
      cached->score.gaps.size() != fresh.gaps.size() || cached->score.target != fresh.target) {
    return "derived data is stale";
  }
  return "";
}

std::string ActionModel::CheckRestore() {
  // What a reload does: write what is pending, then a new tab reads it back. The
  // "new tab" reuses one session (copying the real role every step would cost more
  // than everything else the model does), reset to what a fresh page starts with.
  persistence_.Flush(session_);
  const core::SaveStatus status = persistence_.status();
  const bool conflicts = !persistence_.conflicts().empty();
  if (status.state != (conflicts ? core::SaveState::kConflict : core::SaveState::kSaved)) {
    return "saving failed: " + status.detail;
  }
  // A role whose store entry is not this tab's work was changed by the other tab
  // since (its event not arrived yet, and nothing new to write here): a reload
  // rightly shows that. Anything else out of sync means a save did not land.
  std::vector<bool> in_sync(session_.roles.size());
  for (size_t i = 0; i < session_.roles.size(); ++i) {
    const core::RoleEntry& entry = session_.roles[i];
    const std::string key = core::AutosaveKey(entry.role.id);
    const std::optional<std::string> stored = store_.Get(key);
    in_sync[i] = stored == OursToStore(entry);
    if (in_sync[i]) {
      last_flushed_[i] = stored;
      other_tab_changed_.erase(key);
    } else if (other_tab_changed_.count(key) == 0) {
      return "this tab's save of " + entry.role.id + " did not land";
    }
  }

  core::MemoryStore reloaded_store = store_;
  // A fresh page has the built-in roles only; the person's come back from the store.
  reloaded_.roles.erase(std::remove_if(reloaded_.roles.begin(), reloaded_.roles.end(),
                                       [](const core::RoleEntry& e) { return e.origin == core::RoleOrigin::kBrowser; }),
                        reloaded_.roles.end());
  for (core::RoleEntry& entry : reloaded_.roles) {
    entry.assessment = core::NewAssessment(entry.role);
    entry.history.Clear();
  }
  reloaded_.preferences = core::Preferences{};
  reloaded_.team = core::TeamWork{};
  reloaded_.current_role = 0;
  reloaded_.now = session_.now;
  core::Persistence reader(reloaded_store);
  const core::Restored restored = reader.Restore(reloaded_, session_.now);
  for (const Action& action : restored.actions) core::Apply(reloaded_, action);
  if (!restored.messages.empty()) return "restoring our own save said: " + restored.messages.front().title;
  if (RoleIds(reloaded_) != RoleIds(session_)) return "after a reload, the roles are not the ones this tab has";
  for (size_t i = 0; i < session_.roles.size(); ++i) {
    if (!in_sync[i]) continue;  // the store holds the other tab's work until this tab writes or loads it
    if (reloaded_.roles[i].assessment != session_.roles[i].assessment) {
      return "after a reload, " + session_.roles[i].role.id + " has " + Describe(reloaded_.roles[i].assessment) +
             " instead of " + Describe(session_.roles[i].assessment);
    }
  }
  if (reloaded_.preferences != session_.preferences || reloaded_.current_role != session_.current_role) {
    return "after a reload, the display preferences or the open role differ";
  }
  if (reloaded_.team != session_.team) {
    return "after a reload, the team has " + std::to_string(reloaded_.team.files.size()) + " files instead of " +
           std::to_string(session_.team.files.size());
  }
  reader.Adopt(reloaded_);
  // Work another tab saved is rewritten once read (e.g. under a newer role file's
  // title); this tab's own saves must read back as they are.
  const bool all_in_sync = std::all_of(in_sync.begin(), in_sync.end(), [](bool b) { return b; });
  if (all_in_sync && reader.status().state != core::SaveState::kSaved) return "a fresh restore wants to write again";
  return "";
}

// What persistence keeps for a role: nothing for an untouched one (ADR 0012).
std::optional<std::string> ActionModel::OursToStore(const core::RoleEntry& entry) {
  if (entry.assessment == core::NewAssessment(entry.role)) return std::nullopt;
  return core::SerializeReport(entry.assessment, entry.role, core::ExportOptions{false, ""});
}

std::string ActionModel::CheckNothingLostBetweenTabs() const {
  const auto stored = [&](const std::string& text) {
    for (const auto& item : store_.items()) {
      if (item.second == text && (core::ParseAsideKey(item.first) || item.first.rfind("role-explorer/autosave/", 0) == 0)) {
        return true;
      }
    }
    return false;
  };
  for (const auto& [key, text] : other_tab_saves_) {
    if (!stored(text)) return "another tab's save of " + key + " was overwritten without being put aside";
  }
  for (const std::string& text : set_aside_) {
    if (!stored(text)) return "this tab's unsaved work was dropped when it loaded the other tab's";
  }
  return "";
}

std::string ActionModel::CheckUndoToStart() {
  // Walks the real session back to the start and forward again (undo and redo are
  // exact, which CheckTimeline confirms afterwards), rather than copying it.
  const int open_role = session_.current_role;
  std::string failure;
  for (size_t i = 0; i < session_.roles.size() && failure.empty(); ++i) {
    session_.current_role = static_cast<int>(i);
    const Timeline& t = timelines_[i];
    size_t undone = 0;
    while (core::Apply(session_, core::Undo{})) ++undone;
    if (undone != t.at) {
      failure = "undo stopped after " + std::to_string(undone) + " of " + std::to_string(t.at) + " steps";
    } else if (session_.roles[i].assessment != t.states.front()) {
      failure = "undo back to the start is not the start";
    }
    size_t redone = 0;
    while (redone < undone && core::Apply(session_, core::Redo{})) ++redone;
    if (failure.empty() && session_.roles[i].assessment != t.states[t.at]) failure = "redo did not come back to now";
  }
  session_.current_role = open_role;
  return failure.empty() ? CheckTimeline() : failure;
}

}  // namespace rex::test
