#pragma once
// Model-based testing of the app's state, the way databases are tested: random
// sequences of every action a person can take, with invariants checked after
// every step (docs/adr/0012-one-persistence-path.md):
//   - an action that does not apply changes nothing;
//   - undo and redo move exactly along the states the sequence went through, and
//     undoing back to the start gives the start;
//   - export -> import -> export is byte-identical, and import gives the same
//     assessment (redacted exports: Redacted(assessment));
//   - autosave -> a fresh tab's restore gives an equal session, without notices;
//   - snapshot ids are unique and never below the counter;
//   - nothing is lost silently between tabs: whatever another tab saved stays in
//     the store (where it was, or put aside) until this tab loads it, and this
//     tab's unsaved work is put aside when it loads the other tab's instead;
//   - derived data (score, ladder, paths) is never stale;
//   - a role file the person loaded is kept: a reload brings back the same
//     roles in the same order, and removing a role and loading it again brings
//     back the work on it (docs/adr/0021-roles-at-run-time.md);
//   - the Team page's files and view come back exactly after a reload, and
//     "Delete my data" takes them too.
// The same model runs in CTest (SeededChoices, bounded) and under libFuzzer
// (ByteChoices: the fuzzer's bytes choose the actions).
#include <cstddef>
#include <cstdint>
#include <map>
#include <set>
#include <optional>
#include <random>
#include <string>
#include <vector>

#include "core/app/derived.hpp"
#include "core/app/session.hpp"
#include "core/persist/memory_store.hpp"
#include "core/persist/persistence.hpp"

namespace rex::test {

// Where the model's random choices come from.
class Choices {
 public:
  virtual ~Choices() = default;
  virtual std::uint32_t Next() = 0;
  virtual bool Exhausted() const = 0;
  // 0 .. n-1 (0 when n <= 0).
  int Below(int n) { return n <= 0 ? 0 : static_cast<int>(Next() % static_cast<std::uint32_t>(n)); }
  bool OneIn(int n) { return Below(n) == 0; }
};

class SeededChoices final : public Choices {
 public:
  explicit SeededChoices(std::uint32_t seed) : rng_(seed) {}
  std::uint32_t Next() override { return static_cast<std::uint32_t>(rng_()); }
  bool Exhausted() const override { return false; }

 private:
  std::mt19937 rng_;
};

// Each choice reads one byte; past the end every choice is 0 and Exhausted().
class ByteChoices final : public Choices {
 public:
  ByteChoices(const std::uint8_t* data, size_t size) : data_(data), size_(size) {}
  std::uint32_t Next() override { return at_ < size_ ? data_[at_++] : 0; }
  bool Exhausted() const override { return at_ >= size_; }

 private:
  const std::uint8_t* data_;
  size_t size_;
  size_t at_ = 0;
};

// The roles the model runs over, loaded once from the source tree: the real
// role (large, 38 rated items) and the small role the report fixtures rate.
const std::vector<core::Role>& ModelRoles();

class ActionModel {
 public:
  ActionModel();

  // Picks one action with `choices`, applies it as the app would, and returns
  // a line describing it (for the failure trace).
  std::string Step(Choices& choices);
  // Every invariant; returns "" or a description of the first one broken.
  // `deep` adds the undo-to-the-start walk (slower; run it every few steps).
  std::string Check(bool deep);

  const core::Session& session() const { return session_; }
  const core::MemoryStore& store() const { return store_; }

 private:
  // The states undo and redo must walk through, per role: what History should hold.
  using Assessment = core::Assessment;
  struct Timeline {
    std::vector<core::Assessment> states;
    size_t at = 0;
  };
  bool ApplyAndTrack(const core::Action& action);
  std::string Import(Choices& choices);
  std::string OtherTabWrites(Choices& choices);
  std::string ResolveConflict(Choices& choices);
  std::string DeleteEverything();
  std::string LoadRoleFile(Choices& choices);
  std::string RemoveRoleFile();
  std::string TeamStep(Choices& choices);
  // After an action that changed the list of roles: per-role records follow the ids.
  void FollowRoles(const std::vector<std::string>& ids_before, const std::string& replaced_id);
  void AdvanceClock(Choices& choices);

  std::string CheckRoundTrip();
  std::string CheckRestore();
  std::string CheckTimeline() const;
  std::string CheckUndoToStart();
  std::string CheckSnapshotIds() const;
  std::string CheckDerived();
  std::string CheckNothingLostBetweenTabs() const;
  std::string CheckWorkCameBack(const std::string& role_id);
  static std::optional<std::string> OursToStore(const core::RoleEntry& entry);

  core::Session session_;
  core::Session reloaded_;  // the "fresh tab" CheckRestore reads the store into
  core::MemoryStore store_;
  core::Persistence persistence_;
  core::DerivedCache derived_;
  std::vector<Timeline> timelines_;  // same order as session_.roles
  std::vector<core::Assessment> round_tripped_;  // per role, the last assessment CheckRoundTrip passed
  // Two tabs: what another tab wrote that this tab has not loaded (key -> text),
  // this tab's unsaved work that loading the other tab's had to put aside, and
  // what this tab last wrote per role (nullopt: no key).
  std::map<std::string, std::string> other_tab_saves_;
  std::set<std::string> other_tab_changed_;  // keys the other tab wrote since this tab was last in sync
  std::vector<std::string> set_aside_;
  std::vector<std::optional<std::string>> last_flushed_;
  std::map<std::string, Assessment> removed_work_;  // role id -> the work on it when it was removed
  std::string role_failure_;
  std::string resolve_failure_;
  int other_tab_writes_ = 0;
  long long clock_seconds_ = 0;
  double clock_ms_ = 0;
};

}  // namespace rex::test
