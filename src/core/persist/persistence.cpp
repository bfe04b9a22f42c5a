#include "core/persist/persistence.hpp"

#include <algorithm>

#include "core/persist/kept_role.hpp"
#include "core/persist/saved_preferences.hpp"
#include "core/report/report_format.hpp"
#include "core/role/role_loader.hpp"

namespace rex::core {
namespace {

constexpr const char* kSavedWork = "saved work";
constexpr int kMaxAsideSerial = 100;  // copies put aside in one second, per role and reason

std::string Joined(const std::vector<std::string>& sentences) {
  std::string out;
  for (const std::string& s : sentences) out += (out.empty() ? "" : "; ") + s;
  return out;
}

const RoleEntry* FindRole(const Session& session, const std::string& role_id) {
  for (const RoleEntry& entry : session.roles) {
    if (entry.role.id == role_id) return &entry;
  }
  return nullptr;
}

}  // namespace

// --- Reading back -------------------------------------------------------------

Restored Persistence::Restore(const Session& session, const std::string& now_iso) {
  Restored out;
  const std::vector<RoleEntry> kept = RestoreKeptRoles(session, out);
  for (const RoleEntry& entry : session.roles) RestoreRole(entry, now_iso, out);
  for (const RoleEntry& entry : kept) RestoreRole(entry, now_iso, out);
  RestorePreferences(session, kept, out);
  RestoreTeamWork(out);
  RefreshAside();
  return out;
}

Restored Persistence::RestoreAddedRole(const Session& session, const std::string& role_id, const std::string& now_iso) {
  Restored out;
  if (const RoleEntry* entry = session.FindRole(role_id)) RestoreRole(*entry, now_iso, out);
  return out;
}

// The role files a person loaded, in key order (so every tab lists them alike).
std::vector<RoleEntry> Persistence::RestoreKeptRoles(const Session& session, Restored& out) {
  std::vector<std::string> keys = store_.Keys();
  std::sort(keys.begin(), keys.end());
  std::vector<RoleEntry> kept;
  for (const std::string& key : keys) {
    const std::optional<std::string> role_id = ParseRoleFileKey(key);
    if (!role_id) continue;
    std::optional<RoleEntry> entry = ReadKeptRoleKey(session, key, *role_id, out);
    if (!entry) continue;
    out.actions.push_back(AddRole{RoleOrigin::kBrowser, entry->source, entry->file_text, entry->role});
    kept.push_back(std::move(*entry));
  }
  return kept;
}

std::optional<RoleEntry> Persistence::ReadKeptRoleKey(const Session& session, const std::string& key,
                                                      const std::string& role_id, Restored& out) {
  const Stored stored = store_.Get(key);
  const std::optional<KeptRole> kept = stored ? ReadKeptRole(*stored) : std::nullopt;
  const auto refuse = [&](const std::string& title, const std::string& why) {
    unreadable_role_files_.insert(key);
    out.messages.push_back({true, title, why + " It stays in this browser's storage unchanged; \"Delete my data\" "
                                                "on the Report page removes it."});
    return std::nullopt;
  };
  if (!kept) return refuse("A role kept in this browser could not be read", "The entry " + key + " is damaged.");
  RoleLoadResult loaded = LoadRole(kept->text, kept->source);
  if (!loaded.role) {
    return refuse("The role " + kept->source + " kept in this browser no longer loads",
                  loaded.errors.front().ToString() + (loaded.errors.size() > 1 ? " (and more)." : "."));
  }
  if (loaded.role->id != role_id || session.FindRole(role_id)) {
    return refuse("The role " + kept->source + " kept in this browser was not loaded",
                  "Another role with the id \"" + loaded.role->id + "\" is already loaded.");
  }
  known_[key] = stored;
  Assessment assessment = NewAssessment(*loaded.role);
  return RoleEntry{kept->source, std::move(*loaded.role), std::move(assessment), {}, RoleOrigin::kBrowser, kept->text};
}

void Persistence::RestoreRole(const RoleEntry& entry, const std::string& now_iso, Restored& out) {
  const std::string key = AutosaveKey(entry.role.id);
  const Stored text = store_.Get(key);
  known_[key] = text;
  if (!text) return;
  Result<ImportedReport> parsed = ParseReport(*text, kSavedWork, entry.role);
  if (parsed) {
    out.actions.push_back(RestoreWork{parsed.value().assessment});
    if (!parsed.value().repairs.empty()) {
      out.messages.push_back({true, "Your saved work on " + entry.role.title + " was repaired",
                              "An earlier version saved it with a mistake, now fixed: " +
                                  Joined(parsed.value().repairs) + ". Nothing else changed."});
    }
    return;
  }
  const std::string why = parsed.error().ToString();
  if (PutAside(entry.role.id, *text, AsideReason::kUnreadable, now_iso) && store_.Remove(key).ok) {
    known_[key] = std::nullopt;
    out.messages.push_back({true, "Saved work on " + entry.role.title + " could not be read",
                            why + ". It was put aside unchanged: the Report page lists it under \"Copies put "
                                  "aside\", where you can export or delete it."});
    return;
  }
  blocked_.insert(entry.role.id);
  out.messages.push_back({true, "Saved work on " + entry.role.title + " could not be read",
                          why + ". There was no room to put it aside, so it stays where it is and this tab will "
                                "not save over it. Export your work from the Report page to keep it."});
}

void Persistence::RestorePreferences(const Session& session, const std::vector<RoleEntry>& kept, Restored& out) {
  const std::string key = PreferencesKey();
  const Stored text = store_.Get(key);
  known_[key] = text;
  if (!text) return;
  const std::optional<SavedPreferences> saved = ReadPreferences(*text);
  if (!saved) return;  // not work: unreadable display settings fall back to the defaults
  out.actions.push_back(SetTheme{saved->preferences.theme});
  out.actions.push_back(SetFontScale{saved->preferences.font_scale});
  // Kept roles are appended after the session's by their AddRole actions.
  for (size_t i = 0; i < session.roles.size() + kept.size(); ++i) {
    const RoleEntry& entry = i < session.roles.size() ? session.roles[i] : kept[i - session.roles.size()];
    if (entry.role.id == saved->role_id) out.actions.push_back(SelectRole{static_cast<int>(i)});
  }
}

void Persistence::RestoreTeamWork(Restored& out) {
  const std::string key = TeamKey();
  const Stored text = store_.Get(key);
  known_[key] = text;
  if (!text) return;
  std::optional<TeamWork> team = ReadTeamWork(*text);
  if (team) {
    out.actions.push_back(RestoreTeam{std::move(*team)});
    return;
  }
  team_blocked_ = true;
  out.messages.push_back({true, "The team saved in this browser could not be read",
                          "It stays where it is and this tab will not save over it. Add the report files to the "
                          "Team page again to see them here."});
}

void Persistence::Adopt(const Session& session) {
  seen_revision_ = session.revision;
  pending_ = NeedsWrite(session);
  due_ms_ = 0;  // anything that differs (a repair, an older format) is written at the next Update
}

// --- Writing ------------------------------------------------------------------

Persistence::Stored Persistence::Desired(const RoleEntry& entry) const {
  // An untouched role leaves no key behind (and "Delete my data" leaves none).
  if (entry.assessment == NewAssessment(entry.role)) return std::nullopt;
  return SerializeReport(entry.assessment, entry.role, ExportOptions{false, ""});
}

Persistence::Stored Persistence::DesiredPreferences(const Session& session) const {
  const RoleEntry* current = session.Current();
  const std::string first = session.roles.empty() ? "" : session.roles.front().role.id;
  return WritePreferences({session.preferences, current ? current->role.id : ""}, first, session.default_preferences);
}

const Persistence::Stored& Persistence::Known(const std::string& key) {
  auto found = known_.find(key);
  if (found == known_.end()) found = known_.emplace(key, store_.Get(key)).first;
  return found->second;
}

bool Persistence::Writable(const std::string& role_id) const {
  const bool in_conflict = std::any_of(conflicts_.begin(), conflicts_.end(),
                                       [&](const Conflict& c) { return c.role_id == role_id; });
  return !in_conflict && blocked_.count(role_id) == 0;
}

std::map<std::string, Persistence::Stored> Persistence::DesiredRoleFiles(const Session& session) const {
  std::map<std::string, Stored> desired;
  for (const auto& [key, stored] : known_) {
    if (stored && ParseRoleFileKey(key) && unreadable_role_files_.count(key) == 0) desired[key] = std::nullopt;
  }
  for (const RoleEntry& entry : session.roles) {
    if (entry.origin == RoleOrigin::kBrowser) {
      desired[RoleFileKey(entry.role.id)] = WriteKeptRole({entry.source, entry.file_text});
    }
  }
  return desired;
}

bool Persistence::NeedsWrite(const Session& session) {
  for (const RoleEntry& entry : session.roles) {
    if (Writable(entry.role.id) && Desired(entry) != Known(AutosaveKey(entry.role.id))) return true;
  }
  for (const auto& [key, desired] : DesiredRoleFiles(session)) {
    if (desired != Known(key)) return true;
  }
  if (!team_blocked_ && WriteTeamWork(session.team) != Known(TeamKey())) return true;
  return DesiredPreferences(session) != Known(PreferencesKey());
}

void Persistence::Update(const Session& session, double now_ms) {
  if (session.revision != seen_revision_) {
    seen_revision_ = session.revision;
    if (!pending_) due_ms_ = now_ms + kSaveDelayMs;
    pending_ = true;
  }
  if (pending_ && now_ms >= due_ms_) Flush(session);
}

std::optional<double> Persistence::MsUntilDue(double now_ms) const {
  if (!pending_) return std::nullopt;
  return std::max(0.0, due_ms_ - now_ms);
}

void Persistence::Flush(const Session& session) {
  seen_revision_ = session.revision;
  pending_ = false;
  failure_ = StoreResult{};
  // Role files first: work on a role is only useful while its file is kept.
  for (const auto& [key, desired] : DesiredRoleFiles(session)) WriteKey(key, desired);
  for (const RoleEntry& entry : session.roles) {
    SettleIfMoot(entry);
    if (Writable(entry.role.id)) WriteRole(entry, Desired(entry));
  }
  WriteKey(PreferencesKey(), DesiredPreferences(session));  // display only: the last tab to write wins
  WriteTeam(session);
}

void Persistence::WriteTeam(const Session& session) {
  if (team_blocked_) return;
  WriteKey(TeamKey(), WriteTeamWork(session.team));
}

void Persistence::WriteRole(const RoleEntry& entry, const Stored& desired) {
  const std::string key = AutosaveKey(entry.role.id);
  if (desired == Known(key)) return;
  // Another tab may have written since we last read or wrote: never write over
  // that unseen (the storage event may not have arrived yet).
  const Stored theirs = store_.Get(key);
  if (theirs != Known(key)) {
    if (theirs == desired) {
      known_[key] = theirs;
    } else {
      AddConflict(entry, theirs);
    }
    return;
  }
  WriteKey(key, desired);
}

void Persistence::WriteKey(const std::string& key, const Stored& desired) {
  if (desired == Known(key)) return;
  const StoreResult result = desired ? store_.Set(key, *desired) : store_.Remove(key);
  if (result.ok) {
    known_[key] = desired;
  } else if (failure_.ok) {
    failure_ = result;
  }
}

// --- Other tabs -----------------------------------------------------------------

void Persistence::ExternalChange(const Session& session, const std::string& key) {
  if (!IsOurKey(key)) return;
  const bool everything = key == kStorageKeyPrefix;
  RefreshAside();  // a tab that writes a save may have put a copy aside just before
  if (everything || key == PreferencesKey()) {
    known_[PreferencesKey()] = store_.Get(PreferencesKey());  // display only: the other tab's choice stands
  }
  for (const RoleEntry& entry : session.roles) {
    if (everything || key == AutosaveKey(entry.role.id)) CheckForConflict(entry);
  }
  if (everything || key == TeamKey()) {
    const Stored theirs = store_.Get(TeamKey());
    const bool unsaved = pending_ && WriteTeamWork(session.team) != Known(TeamKey());
    if (theirs == Known(TeamKey()) || unsaved || team_blocked_) return;
    known_[TeamKey()] = theirs;
    team_from_other_tab_ = theirs ? ReadTeamWork(*theirs) : std::optional<TeamWork>(TeamWork{});
  }
}

std::optional<Action> Persistence::TakeTeamFromOtherTab() {
  if (!team_from_other_tab_) return std::nullopt;
  Action action = RestoreTeam{std::move(*team_from_other_tab_)};
  team_from_other_tab_.reset();
  return action;
}

void Persistence::CheckForConflict(const RoleEntry& entry) {
  const std::string key = AutosaveKey(entry.role.id);
  const Stored theirs = store_.Get(key);
  if (theirs == Known(key)) return;
  if (theirs == Desired(entry)) {  // both tabs hold the same work: nothing to choose
    known_[key] = theirs;
    return;
  }
  AddConflict(entry, theirs);
}

// A conflict whose two sides became the same (this tab undid its way back to
// what the other tab stored, or both tabs hold no work) leaves nothing to choose.
void Persistence::SettleIfMoot(const RoleEntry& entry) {
  const bool in_conflict = std::any_of(conflicts_.begin(), conflicts_.end(),
                                       [&](const Conflict& c) { return c.role_id == entry.role.id; });
  if (!in_conflict) return;
  const std::string key = AutosaveKey(entry.role.id);
  const Stored theirs = store_.Get(key);
  if (theirs != Desired(entry)) return;
  known_[key] = theirs;
  DropConflict(entry.role.id);
}

void Persistence::AddConflict(const RoleEntry& entry, const Stored& theirs) {
  DropConflict(entry.role.id);
  conflicts_.push_back({entry.role.id, entry.role.title, !theirs.has_value()});
}

void Persistence::DropConflict(const std::string& role_id) {
  conflicts_.erase(std::remove_if(conflicts_.begin(), conflicts_.end(),
                                  [&](const Conflict& c) { return c.role_id == role_id; }),
                   conflicts_.end());
}

Result<Action> Persistence::TakeTheirs(const Session& session, const std::string& role_id, const std::string& now_iso) {
  const RoleEntry* entry = FindRole(session, role_id);
  if (!entry) return Error{role_id, "no such role"};
  const std::string key = AutosaveKey(role_id);
  const Stored ours = Desired(*entry);
  if (ours && ours != Known(key)) PutAside(role_id, *ours, AsideReason::kReplaced, now_iso);
  const Stored theirs = store_.Get(key);
  DropConflict(role_id);
  known_[key] = theirs;
  if (!theirs) return Action{RestoreWork{NewAssessment(entry->role)}};
  Result<ImportedReport> parsed = ParseReport(*theirs, kSavedWork, entry->role);
  if (parsed) return Action{RestoreWork{parsed.value().assessment}};
  PutAside(role_id, *theirs, AsideReason::kUnreadable, now_iso);
  return parsed.error();
}

StoreResult Persistence::KeepMine(const Session& session, const std::string& role_id, const std::string& now_iso) {
  const RoleEntry* entry = FindRole(session, role_id);
  if (!entry) return {false, "no such role"};
  const std::string key = AutosaveKey(role_id);
  const Stored theirs = store_.Get(key);
  if (theirs && !PutAside(role_id, *theirs, AsideReason::kOtherTabVersion, now_iso)) {
    return {false, "There is no room in this browser's storage to keep a copy of the other tab's work, so "
                   "nothing was changed. Export your work from the Report page, then try again."};
  }
  known_[key] = theirs;
  DropConflict(role_id);
  pending_ = true;
  due_ms_ = 0;
  return {};
}

// --- Copies put aside, and deleting -------------------------------------------------

bool Persistence::PutAside(const std::string& role_id, const std::string& text, AsideReason reason,
                           const std::string& now_iso) {
  for (int serial = 1; serial <= kMaxAsideSerial; ++serial) {
    const std::string key = AsideKey(role_id, now_iso, reason, serial);
    if (store_.Get(key)) continue;
    const bool ok = store_.Set(key, text).ok;
    RefreshAside();
    return ok;
  }
  return false;
}

void Persistence::RefreshAside() {
  aside_.clear();
  for (const std::string& key : store_.Keys()) {
    const std::optional<AsideKeyParts> parts = ParseAsideKey(key);
    if (!parts) continue;
    const Stored text = store_.Get(key);
    aside_.push_back({key, parts->role_id, parts->when, parts->reason, text ? text->size() : 0});
  }
  std::sort(aside_.begin(), aside_.end(), [](const AsideCopy& a, const AsideCopy& b) {
    return a.when != b.when ? a.when > b.when : a.key < b.key;  // newest first
  });
}

std::optional<std::string> Persistence::ReadAside(const std::string& key) const {
  if (!ParseAsideKey(key)) return std::nullopt;
  return store_.Get(key);
}

StoreResult Persistence::RemoveAside(const std::string& key) {
  if (!ParseAsideKey(key)) return {false, "not a copy put aside"};
  const StoreResult result = store_.Remove(key);
  RefreshAside();
  return result;
}

StoreResult Persistence::DeleteAll(const Session& session) {
  StoreResult result;
  for (const std::string& key : store_.Keys()) {
    if (!IsOurKey(key)) continue;
    const StoreResult removed = store_.Remove(key);
    if (!removed.ok && result.ok) result = removed;
  }
  known_.clear();
  blocked_.clear();
  unreadable_role_files_.clear();
  team_blocked_ = false;
  team_from_other_tab_.reset();
  conflicts_.clear();
  failure_ = result;
  RefreshAside();
  Adopt(session);
  return result;
}

SaveStatus Persistence::status() const {
  if (!conflicts_.empty()) {
    const Conflict& c = conflicts_.front();
    return {SaveState::kConflict, "changed in another tab",
            std::string("Another tab ") + (c.deleted ? "deleted your saved work" : "saved newer work") + " on " +
                c.role_title + ". Until you choose which to keep, this tab does not save that role."};
  }
  if (!failure_.ok) {
    return {SaveState::kNotSaved, failure_.full ? "browser storage is full" : "browser storage is unavailable",
            failure_.error + " Export a report file to keep your work."};
  }
  if (!blocked_.empty()) {
    return {SaveState::kNotSaved, "unreadable work kept",
            "Saved work that could not be read is still in this browser's storage and there is no room to put "
            "it aside, so this tab does not save over it. Export a report file to keep your work."};
  }
  return {pending_ ? SaveState::kSaving : SaveState::kSaved, "", ""};
}

}  // namespace rex::core
