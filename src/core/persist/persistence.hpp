#pragma once
// The one owner of everything Role Explorer keeps in the browser (docs/adr/0012):
// every storage key (storage_keys.hpp), what it believes each key holds, the
// debounce, conflicts with other tabs, copies put aside, and the status the top
// bar shows. The platform only supplies a KeyValueStore and calls Update from its
// frame loop, a timer, and the page's hide and storage events. It never changes
// the session itself: what it reads back comes out as actions for core::Apply.
#include <cstdint>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "core/app/action.hpp"
#include "core/app/session.hpp"
#include "core/persist/key_value_store.hpp"
#include "core/persist/storage_keys.hpp"
#include "core/result.hpp"

namespace rex::core {

enum class SaveState {
  kSaved,     // everything up to the current revision is stored
  kSaving,    // a change waits for the debounce
  kNotSaved,  // a write was refused (why says which and what to do)
  kConflict,  // another tab saved this role; the person must choose
};

struct SaveStatus {
  SaveState state = SaveState::kSaved;
  std::string why;     // a few words for the top bar ("storage is full"); for kNotSaved and kConflict
  std::string detail;  // the whole story and what to do, for the Report page and a tooltip
};

// Another tab saved (or deleted) the work on this role after this tab last read
// or wrote it. Until the person chooses, this tab does not write that role.
struct Conflict {
  std::string role_id;
  std::string role_title;
  bool deleted = false;  // the other tab deleted the data rather than saving newer work
};

struct AsideCopy {
  std::string key;
  std::string role_id;
  std::string when;  // ISO-8601, as in the key
  AsideReason reason = AsideReason::kUnreadable;
  size_t bytes = 0;
};

// Something to tell the person about their saved work.
struct StorageMessage {
  bool warning = false;
  std::string title;
  std::string detail;
};

struct Restored {
  std::vector<Action> actions;  // apply in order, then call Adopt
  std::vector<StorageMessage> messages;
};

class Persistence {
 public:
  // One write after a burst of edits; closing or hiding the page writes at once.
  static constexpr double kSaveDelayMs = 800;

  explicit Persistence(KeyValueStore& store) : store_(store) {}

  // What the store holds for `session`'s roles and preferences, and the role
  // files the person loaded (as AddRole actions, before their work). Work that
  // cannot be read is put aside under a key of its own (never overwritten) and
  // reported; a kept role file that cannot be read stays where it is, reported.
  Restored Restore(const Session& session, const std::string& now_iso);
  // Saved work on a role that came after Restore (a site's role arriving, or a
  // person's role file loaded again after they removed it).
  Restored RestoreAddedRole(const Session& session, const std::string& role_id, const std::string& now_iso);
  // The session as it is now (after the restore actions, or after ForgetAllWork
  // and DeleteAll) is the starting point; writes only what differs from the store.
  void Adopt(const Session& session);

  // Call whenever time passes or the session may have changed: notes a new
  // revision, and writes once kSaveDelayMs passed since the first unsaved change.
  void Update(const Session& session, double now_ms);
  // Writes whatever is pending now (the page is being hidden or closed).
  void Flush(const Session& session);
  // Milliseconds until a pending write is due (0 = now); nullopt when none is.
  std::optional<double> MsUntilDue(double now_ms) const;

  // The platform saw another tab change `key` (the browser's storage event).
  // kStorageKeyPrefix alone means any of our keys may have changed (a tab
  // cleared the whole storage).
  void ExternalChange(const Session& session, const std::string& key);
  const std::vector<Conflict>& conflicts() const { return conflicts_; }
  // The team another tab saved, once, when this tab had no unsaved change to its
  // own (the files are the manager's copies on disk: the newest gathering wins).
  std::optional<Action> TakeTeamFromOtherTab();
  // Resolves a conflict by loading the other tab's work; this tab's unsaved work
  // on that role is put aside first. The action replaces the role's work.
  Result<Action> TakeTheirs(const Session& session, const std::string& role_id, const std::string& now_iso);
  // Resolves a conflict by keeping this tab's work: the other tab's save is put
  // aside first, then this tab's work is written.
  // Fails (and the conflict stays) when the other tab's save cannot be put aside.
  StoreResult KeepMine(const Session& session, const std::string& role_id, const std::string& now_iso);

  const std::vector<AsideCopy>& aside() const { return aside_; }
  std::optional<std::string> ReadAside(const std::string& key) const;
  StoreResult RemoveAside(const std::string& key);

  // Removes every key this app ever wrote. Call after applying ForgetAllWork.
  StoreResult DeleteAll(const Session& session);

  SaveStatus status() const;

 private:
  using Stored = std::optional<std::string>;  // nullopt: no such key
  Stored Desired(const RoleEntry& entry) const;
  Stored DesiredPreferences(const Session& session) const;
  void RestoreTeamWork(Restored& out);
  void WriteTeam(const Session& session);
  // What this tab believes `key` holds; read from the store the first time.
  const Stored& Known(const std::string& key);
  bool NeedsWrite(const Session& session);
  bool Writable(const std::string& role_id) const;
  void WriteRole(const RoleEntry& entry, const Stored& desired);
  void WriteKey(const std::string& key, const Stored& desired);
  bool PutAside(const std::string& role_id, const std::string& text, AsideReason reason, const std::string& now_iso);
  void RestoreRole(const RoleEntry& entry, const std::string& now_iso, Restored& out);
  std::vector<RoleEntry> RestoreKeptRoles(const Session& session, Restored& out);
  std::optional<RoleEntry> ReadKeptRoleKey(const Session& session, const std::string& key, const std::string& role_id,
                                           Restored& out);
  void RestorePreferences(const Session& session, const std::vector<RoleEntry>& kept, Restored& out);
  // Every role-file key this tab should have, and what it should hold: the files
  // of the person's roles, and nothing where a role was removed.
  std::map<std::string, Stored> DesiredRoleFiles(const Session& session) const;
  void CheckForConflict(const RoleEntry& entry);
  void SettleIfMoot(const RoleEntry& entry);
  void AddConflict(const RoleEntry& entry, const Stored& theirs);
  void DropConflict(const std::string& role_id);
  void RefreshAside();

  KeyValueStore& store_;
  std::map<std::string, Stored> known_;  // key -> what this tab last read or wrote there
  std::set<std::string> blocked_;        // roles whose unreadable work could not be put aside: never overwritten
  std::set<std::string> unreadable_role_files_;  // role-file keys that could not be read: left alone
  bool team_blocked_ = false;            // the stored team could not be read: never written over
  std::optional<TeamWork> team_from_other_tab_;
  std::vector<Conflict> conflicts_;
  std::vector<AsideCopy> aside_;
  std::uint64_t seen_revision_ = 0;
  bool pending_ = false;
  double due_ms_ = 0;
  StoreResult failure_;  // the first refused write of the last flush; ok when none was
};

}  // namespace rex::core
