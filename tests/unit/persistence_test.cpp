// core::Persistence on its own: when it writes, what it says, and the cases of
// two tabs that the UI tests do not reach. (Random sequences of all of these run
// in action_model_test.cpp.)
#include <doctest/doctest.h>

#include "core/app/session.hpp"
#include "core/persist/memory_store.hpp"
#include "core/persist/persistence.hpp"
#include "report_test_support.hpp"

using rex::core::Apply;
using rex::core::MemoryStore;
using rex::core::Persistence;
using rex::core::SaveState;
using rex::test::TestRole;

namespace {

const std::string kKey = rex::core::AutosaveKey("report-test-role");

// One tab over a store: a session of the test role, adopted as saved.
struct Tab {
  MemoryStore store;
  Persistence persistence{store};
  rex::core::Session session = rex::test::OneRoleSession();
  Tab() { persistence.Adopt(session); }
  void Rate(int level) { REQUIRE(Apply(session, rex::core::SetRating{"skill-api-design", level})); }
};

// A tab that rated an item and saved it.
struct SavedTab : Tab {
  SavedTab() {
    Rate(1);
    persistence.Flush(session);
  }
};

}  // namespace

TEST_CASE("persistence: one write 800 ms after the first change of a burst, not after each") {
  Tab tab;
  auto& [store, persistence, session] = tab;
  tab.Rate(1);
  persistence.Update(session, 1000);
  CHECK(persistence.status().state == SaveState::kSaving);
  CHECK(persistence.MsUntilDue(1000) == doctest::Approx(800));
  tab.Rate(2);
  persistence.Update(session, 1700);  // a later change does not push the write back
  CHECK(store.items().empty());
  persistence.Update(session, 1800);
  CHECK(persistence.status().state == SaveState::kSaved);
  CHECK(store.items().count(kKey) == 1);
  CHECK_FALSE(persistence.MsUntilDue(1800).has_value());
}

TEST_CASE("persistence: an untouched role leaves no key, and clearing everything removes it") {
  Tab tab;
  auto& [store, persistence, session] = tab;
  persistence.Flush(session);
  CHECK(store.items().empty());
  tab.Rate(1);
  persistence.Flush(session);
  CHECK(store.items().count(kKey) == 1);
  REQUIRE(Apply(session, rex::core::ReplaceAssessment{rex::core::NewAssessment(TestRole())}));
  persistence.Flush(session);
  CHECK(store.items().count(kKey) == 1);  // timestamps remain: "rated then cleared" is still work
  REQUIRE(Apply(session, rex::core::ForgetAllWork{}));
  CHECK(persistence.DeleteAll(session).ok);
  CHECK(store.items().empty());
}

TEST_CASE("persistence: a conflict whose two sides became equal settles without asking (found by the fuzzer)") {
  SavedTab tab;
  auto& [store, persistence, session] = tab;
  store.Remove(kKey);  // another tab deleted the data
  persistence.ExternalChange(session, kKey);
  REQUIRE(persistence.conflicts().size() == 1);
  CHECK(persistence.conflicts()[0].deleted);
  REQUIRE(Apply(session, rex::core::ForgetAllWork{}));  // this tab has nothing either now
  persistence.Flush(session);
  CHECK(persistence.conflicts().empty());
  tab.Rate(3);
  persistence.Flush(session);
  CHECK(persistence.status().state == SaveState::kSaved);
  CHECK(store.items().count(kKey) == 1);  // and saving works again
}

TEST_CASE("persistence: keeping this tab's work fails, and changes nothing, when the other tab's cannot be put aside") {
  SavedTab tab;
  auto& [store, persistence, session] = tab;
  const std::string theirs = *store.Get(kKey) + " ";  // another tab's (different) save
  store.Set(kKey, theirs);
  persistence.ExternalChange(session, kKey);
  REQUIRE(persistence.conflicts().size() == 1);
  store.SetCapacity(kKey.size() + theirs.size());  // no room for a copy
  const rex::core::StoreResult kept = persistence.KeepMine(session, "report-test-role", session.now);
  CHECK_FALSE(kept.ok);
  CHECK(persistence.conflicts().size() == 1);
  CHECK(*store.Get(kKey) == theirs);
}

TEST_CASE("persistence: the platform's default theme is kept as no key, a different choice is saved and restored") {
  MemoryStore store;
  rex::core::Session session = rex::test::OneRoleSession();
  session.default_preferences.theme = rex::core::Theme::kDark;  // the system prefers dark
  session.preferences = session.default_preferences;
  Persistence persistence{store};
  persistence.Adopt(session);
  persistence.Flush(session);
  CHECK_FALSE(store.Get(rex::core::PreferencesKey()).has_value());  // nothing chosen: nothing stored

  REQUIRE(Apply(session, rex::core::SetTheme{rex::core::Theme::kLight}));
  persistence.Flush(session);
  REQUIRE(store.Get(rex::core::PreferencesKey()).has_value());  // light differs from the system's dark

  rex::core::Session reopened = rex::test::OneRoleSession();
  reopened.default_preferences.theme = rex::core::Theme::kDark;
  reopened.preferences = reopened.default_preferences;
  Persistence again{store};
  for (const rex::core::Action& action : again.Restore(reopened, "2026-12-01T09:00:00Z").actions) Apply(reopened, action);
  CHECK(reopened.preferences.theme == rex::core::Theme::kLight);

  REQUIRE(Apply(reopened, rex::core::ForgetAllWork{}));
  CHECK(reopened.preferences.theme == rex::core::Theme::kDark);  // back to the system's
}
