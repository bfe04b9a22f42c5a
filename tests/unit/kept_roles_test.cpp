// Roles read at run time (docs/adr/0021-roles-at-run-time.md), in core: the
// AddRole and RemoveRole actions, and role files kept in this browser by the
// persistence component. Random sequences of these run in action_model_test.cpp.
#include <doctest/doctest.h>

#include <nlohmann/json.hpp>

#include "core/app/dropped_file.hpp"
#include "core/app/session.hpp"
#include "core/persist/kept_role.hpp"
#include "core/persist/memory_store.hpp"
#include "core/persist/persistence.hpp"
#include "core/role/role_loader.hpp"
#include "report_test_support.hpp"

using namespace rex::core;

namespace {

const std::string kLadderFile = "data-engineer-ladder.json";
// Read when first used, inside a test: the reader's checks need a running test.
const std::string& LadderText() {
  static const std::string text = rex::test::ReadFile(REX_SOURCE_DIR "/tests/fixtures/roles/valid/data-engineer-ladder.json");
  return text;
}

AddRole LadderFromTheBrowser(const std::string& text = LadderText()) {
  RoleLoadResult loaded = LoadRole(text, kLadderFile);
  REQUIRE(loaded.role);
  return AddRole{RoleOrigin::kBrowser, kLadderFile, text, std::move(*loaded.role)};
}

// The built-in test role plus whatever a fresh page has: what a reload starts from.
Session FreshPage() { return rex::test::OneRoleSession(); }

// A tab that loaded the ladder, opened it, rated one item and saved.
struct TabWithLadder {
  MemoryStore store;
  Persistence persistence{store};
  Session session = FreshPage();
  TabWithLadder() {
    persistence.Adopt(session);
    REQUIRE(Apply(session, LadderFromTheBrowser()));
    REQUIRE(Apply(session, SelectRole{1}));
    REQUIRE(Apply(session, SetRating{"de-streaming", 4}));
    persistence.Flush(session);
  }
};

Session Reload(Persistence& reader) {
  Session session = FreshPage();
  const Restored restored = reader.Restore(session, "2026-12-01T10:00:00Z");
  for (const Action& action : restored.actions) Apply(session, action);
  reader.Adopt(session);
  return session;
}

}  // namespace

TEST_CASE("kept roles: a role file is told from a report by its format, even when broken further down") {
  CHECK(ClassifyDroppedFile(LadderText()) == DroppedKind::kRole);
  CHECK(ClassifyDroppedFile(R"({ "format" : "role-explorer/role@1", "id": )") == DroppedKind::kRole);
  CHECK(ClassifyDroppedFile(R"({"format": "role-explorer/role@2"})") == DroppedKind::kRole);
  CHECK(ClassifyDroppedFile(R"({"format": "role-explorer/report", "role": {"id": "x"}})") == DroppedKind::kReport);
  CHECK(ClassifyDroppedFile("not json at all") == DroppedKind::kReport);
  CHECK(ClassifyDroppedFile("Category,Name,L1\n", "Matrix.CSV") == DroppedKind::kCompetencyCsv);
  const auto needed = RoleNamedByReport(R"({"format": "role-explorer/report", "role": {"id": "acme", "title": "Acme"}})");
  REQUIRE(needed);
  CHECK(needed->id == "acme");
  CHECK(needed->title == "Acme");
  CHECK_FALSE(RoleNamedByReport(R"({"role": "acme"})"));
  CHECK_FALSE(RoleNamedByReport("{"));
}

TEST_CASE("kept roles: adding appends with an empty assessment and keeps the open role open") {
  Session session = FreshPage();
  const std::uint64_t revision = session.revision;
  REQUIRE(Apply(session, LadderFromTheBrowser()));
  CHECK(session.revision == revision + 1);
  REQUIRE(session.roles.size() == 2);
  CHECK(session.roles[1].origin == RoleOrigin::kBrowser);
  CHECK(session.roles[1].assessment.target == "lead");
  CHECK(session.current_role == 0);
  CHECK_FALSE(Apply(session, LadderFromTheBrowser()));  // the same file again: nothing to do
  AddRole clash = LadderFromTheBrowser();
  clash.origin = RoleOrigin::kSite;
  CHECK_FALSE(Apply(session, clash));  // only a person's own file replaces their own
}

TEST_CASE("kept roles: a newer file of the same role keeps the work on it, and one whose scale lacks a level is refused") {
  Session session = FreshPage();
  REQUIRE(Apply(session, LadderFromTheBrowser()));
  session.current_role = 1;
  REQUIRE(Apply(session, SetRating{"de-batch", 6}));
  REQUIRE(Apply(session, SetRating{"de-roadmap", 2}));
  std::string renamed = LadderText();
  renamed.replace(renamed.find("Data Engineer (Ladder)"), 22, "Data Engineer (Ladder v2)");
  REQUIRE(Apply(session, LadderFromTheBrowser(renamed)));
  CHECK(session.roles[1].role.title == "Data Engineer (Ladder v2)");
  CHECK(session.roles[1].assessment.ratings.at("de-batch").level == 6);
  // A version with a five-level scale cannot hold a rating of 6: refused, nothing changes.
  nlohmann::json shorter = nlohmann::json::parse(LadderText());
  shorter["assessment"]["scale"].erase(6);
  shorter["assessment"]["targets"].erase(5);
  for (auto& section : shorter["sections"]) {
    for (auto& item : section["groups"][0]["items"]) item["levels"].erase(5);  // its words for level 6
  }
  RoleLoadResult loaded = LoadRole(shorter.dump(), kLadderFile);
  REQUIRE(loaded.role);
  CHECK_FALSE(Apply(session, AddRole{RoleOrigin::kBrowser, kLadderFile, shorter.dump(), *loaded.role}));
  CHECK(session.roles[1].role.title == "Data Engineer (Ladder v2)");
}

TEST_CASE("kept roles: only a person's own role can be removed, the open role stays open") {
  Session session = FreshPage();
  REQUIRE(Apply(session, LadderFromTheBrowser()));
  CHECK_FALSE(Apply(session, RemoveRole{"report-test-role"}));  // built in
  CHECK_FALSE(Apply(session, RemoveRole{"no-such-role"}));
  session.current_role = 1;
  REQUIRE(Apply(session, RemoveRole{"data-engineer-ladder"}));
  CHECK(session.roles.size() == 1);
  CHECK(session.current_role == 0);
}

TEST_CASE("kept roles: a loaded role and the work on it come back after a reload, in the open role") {
  TabWithLadder tab;
  auto& [store, persistence, session] = tab;
  const auto kept = ReadKeptRole(*store.Get(RoleFileKey("data-engineer-ladder")));
  REQUIRE(kept);
  CHECK(kept->source == kLadderFile);
  CHECK(kept->text == LadderText());  // byte for byte what was loaded

  Persistence reader(store);
  const Session reloaded = Reload(reader);
  REQUIRE(reloaded.roles.size() == 2);
  CHECK(reloaded.roles[1].origin == RoleOrigin::kBrowser);
  CHECK(reloaded.roles[1].source == kLadderFile);
  CHECK(reloaded.current_role == 1);
  CHECK(reloaded.roles[1].assessment == session.roles[1].assessment);
  CHECK(reader.status().state == SaveState::kSaved);
}

TEST_CASE("kept roles: removing takes the file out of storage but keeps the work, which returns with the file") {
  TabWithLadder tab;
  auto& [store, persistence, session] = tab;
  const Assessment work = session.roles[1].assessment;
  REQUIRE(Apply(session, RemoveRole{"data-engineer-ladder"}));
  persistence.Flush(session);
  CHECK_FALSE(store.Get(RoleFileKey("data-engineer-ladder")));
  CHECK(store.Get(AutosaveKey("data-engineer-ladder")));

  REQUIRE(Apply(session, LadderFromTheBrowser()));
  for (const Action& action : persistence.RestoreAddedRole(session, "data-engineer-ladder", session.now).actions) {
    Apply(session, action);
  }
  CHECK(session.roles[1].assessment == work);
}

TEST_CASE("kept roles: a kept file that no longer loads is reported, left in place, and not written over") {
  MemoryStore store;
  const std::string broken = WriteKeptRole({"acme.json", R"({"format": "role-explorer/role@1", "id": "acme"})"});
  REQUIRE(store.Set(RoleFileKey("acme"), broken).ok);
  REQUIRE(store.Set(RoleFileKey("junk"), "not an envelope").ok);
  Persistence reader(store);
  Session session = FreshPage();
  const Restored restored = reader.Restore(session, "2026-12-01T10:00:00Z");
  REQUIRE(restored.messages.size() == 2);
  CHECK(restored.messages[0].title == "The role acme.json kept in this browser no longer loads");
  CHECK(restored.messages[0].detail.find("missing required property \"title\"") != std::string::npos);
  CHECK(restored.messages[1].title == "A role kept in this browser could not be read");
  for (const Action& action : restored.actions) Apply(session, action);
  reader.Adopt(session);
  REQUIRE(Apply(session, SetRating{"skill-api-design", 1}));
  reader.Flush(session);
  CHECK(store.Get(RoleFileKey("acme")) == broken);
  CHECK(store.Get(RoleFileKey("junk")) == std::string("not an envelope"));
}

TEST_CASE("kept roles: deleting my data removes the role files I loaded, from the session and the store") {
  TabWithLadder tab;
  auto& [store, persistence, session] = tab;
  REQUIRE(store.Get(RoleFileKey("data-engineer-ladder")));
  REQUIRE(Apply(session, ForgetAllWork{}));
  CHECK(session.roles.size() == 1);
  CHECK(session.current_role == 0);
  REQUIRE(persistence.DeleteAll(session).ok);
  CHECK(store.items().empty());
}
