// Saved work through the real app and its persistence component, with a
// MemoryStore standing in for localStorage: reloads are a second app over the
// same store, two tabs are two apps over one store.
#include <doctest/doctest.h>

#include <string>

#include "content/embedded_roles.hpp"
#include "core/app/role_catalog.hpp"
#include "core/persist/storage_keys.hpp"
#include "headless_imgui.hpp"
#include "ui/keys.hpp"

using rex::test::HeadlessImGui;
namespace keys = rex::ui::keys;

namespace {

const ImVec2 kTall(1280, 2400);  // the whole Report page without scrolling

rex::core::Session Catalog() { return rex::core::LoadCatalog(rex::content::Files()); }

nlohmann::json State(HeadlessImGui& ui) { return ui.Inspect()["state"]; }

std::vector<std::string> SnapshotIds(HeadlessImGui& ui) {
  std::vector<std::string> ids;
  const nlohmann::json state = State(ui);  // a range-for over a temporary's member would dangle
  for (const auto& s : state["report"]["snapshots"]) ids.push_back(s["id"]);
  return ids;
}

void RateFirstRow(HeadlessImGui& ui, char level) {
  ui.Click("nav.assess");
  ui.Key(keys::Char(level));
}

// Two tabs of one browser: two apps over one store, both drawn once.
struct TwoTabs {
  rex::core::MemoryStore store;
  HeadlessImGui first{Catalog(), kTall, 1.0f, &store};
  HeadlessImGui second{Catalog(), kTall, 1.0f, &store};
  TwoTabs() {
    first.Frames(2);
    second.Frames(2);
  }
};

bool HasOurKeys(const rex::core::MemoryStore& store) {
  for (const auto& item : store.items()) {
    if (rex::core::IsOurKey(item.first)) return true;
  }
  return false;
}

}  // namespace

TEST_CASE("storage: snapshots taken and removed, then a reload, lose nothing (the path that failed in 1.0)") {
  rex::core::MemoryStore store;
  std::vector<std::string> before;
  {
    HeadlessImGui ui(Catalog(), kTall, 1.0f, &store);
    ui.Frames(2);
    RateFirstRow(ui, '3');
    ui.Click("nav.report");
    ui.Click("report.snapshot.take");  // a
    ui.Click("report.snapshot.take");  // b
    const std::string a = SnapshotIds(ui).at(0);
    ui.Click("report.snapshot.remove." + a);
    ui.Click("report.snapshot.take");  // c
    before = SnapshotIds(ui);
    REQUIRE(before.size() == 2);
    CHECK(before[0] != before[1]);
    ui.Wait(1000);  // past the save debounce
    CHECK(State(ui)["storage"]["state"] == "saved");
  }
  HeadlessImGui reloaded(Catalog(), kTall, 1.0f, &store);
  reloaded.Frames(2);
  reloaded.Click("nav.report");
  CHECK(SnapshotIds(reloaded) == before);
  CHECK(State(reloaded)["assess"]["rated"] == 1);
  CHECK(State(reloaded)["notices"].empty());
}

TEST_CASE("storage: the top bar says Saving… until the debounce has written, then Saved") {
  HeadlessImGui ui;
  ui.Frames(2);
  CHECK(State(ui)["storage"]["state"] == "saved");
  RateFirstRow(ui, '2');
  CHECK(State(ui)["storage"]["state"] == "saving");
  CHECK(ui.store().items().empty());
  ui.Wait(1000);
  CHECK(State(ui)["storage"]["state"] == "saved");
  CHECK(ui.store().items().count(rex::core::AutosaveKey("staff-backend-engineer")) == 1);
}

TEST_CASE("storage: SaveNow (the page being hidden) writes a change at once") {
  rex::core::MemoryStore store;
  {
    HeadlessImGui ui(Catalog(), ImVec2(1280, 800), 1.0f, &store);
    ui.Frames(2);
    RateFirstRow(ui, '4');
    REQUIRE(State(ui)["storage"]["state"] == "saving");
    ui.app().SaveNow();
  }
  HeadlessImGui reloaded(Catalog(), ImVec2(1280, 800), 1.0f, &store);
  reloaded.Frames(2);
  CHECK(State(reloaded)["assess"]["rated"] == 1);
}

TEST_CASE("storage: display preferences come back after a reload") {
  rex::core::MemoryStore store;
  {
    HeadlessImGui ui(Catalog(), ImVec2(1280, 800), 1.0f, &store);
    ui.Frames(2);
    ui.Click("theme.toggle");
    ui.Click("font.larger");
    ui.app().SaveNow();
  }
  HeadlessImGui reloaded(Catalog(), ImVec2(1280, 800), 1.0f, &store);
  reloaded.Frames(2);
  CHECK(State(reloaded)["theme"] == "dark");
  CHECK(State(reloaded)["font_scale"].get<float>() > 1.0f);
}

TEST_CASE("storage: unreadable saved work is put aside, listed, exported and deleted, new work saves normally") {
  rex::core::MemoryStore store;
  const std::string key = rex::core::AutosaveKey("staff-backend-engineer");
  REQUIRE(store.Set(key, "{\"format\": \"role-explorer/report\", \"schema_version\": 2, oops").ok);
  HeadlessImGui ui(Catalog(), kTall, 1.0f, &store);
  ui.Frames(2);
  const auto notices = State(ui)["notices"];
  REQUIRE(notices.size() == 1);
  CHECK(notices[0]["title"].get<std::string>().find("could not be read") != std::string::npos);
  CHECK(notices[0]["detail"].get<std::string>().find("saved work:1:") != std::string::npos);  // where: line and column
  CHECK(store.items().count(key) == 0);
  const auto aside = State(ui)["storage"]["aside"];
  REQUIRE(aside.size() == 1);
  CHECK(aside[0]["reason"] == "unreadable");
  const std::string aside_key = aside[0]["key"];
  CHECK(store.items().at(aside_key).find("oops") != std::string::npos);  // kept byte for byte

  ui.Click("nav.report");
  REQUIRE(ui.Inspect()["widgets"].contains("aside.0.export"));
  const auto file = ui.app().MakeAsideCopyFile(aside_key);
  REQUIRE(file.has_value());
  CHECK(file->contents == store.items().at(aside_key));
  CHECK(file->name.find("staff-backend-engineer-unreadable-") == 0);

  RateFirstRow(ui, '1');
  ui.Wait(1000);
  CHECK(store.items().count(key) == 1);
  CHECK(store.items().count(aside_key) == 1);  // never overwritten by the new save

  ui.Click("nav.report");
  ui.Click("aside.0.delete");
  ui.Click("aside.delete.confirm");
  CHECK(store.items().count(aside_key) == 0);
  CHECK(State(ui)["storage"]["aside"].empty());
}

TEST_CASE("storage: a copy put aside by version 1.0 is listed too") {
  rex::core::MemoryStore store;
  REQUIRE(store.Set("role-explorer/autosave/staff-backend-engineer/unreadable-2026-05-01T10:00:00Z", "{}").ok);
  HeadlessImGui ui(Catalog(), kTall, 1.0f, &store);
  ui.Frames(2);
  const auto aside = State(ui)["storage"]["aside"];
  REQUIRE(aside.size() == 1);
  CHECK(aside[0]["when"] == "2026-05-01T10:00:00Z");
}

TEST_CASE("storage: Delete my data removes every key the app wrote, copies put aside and preferences included") {
  rex::core::MemoryStore store;
  REQUIRE(store.Set("role-explorer/autosave/staff-backend-engineer", "not json").ok);  // becomes a copy put aside
  REQUIRE(store.Set("someone-elses-key", "kept").ok);
  HeadlessImGui ui(Catalog(), kTall, 1.0f, &store);
  ui.Frames(2);
  RateFirstRow(ui, '3');
  ui.Click("theme.toggle");
  ui.Wait(1000);
  REQUIRE(HasOurKeys(store));
  ui.Click("nav.report");
  ui.Click("report.delete");
  ui.Click("report.delete.confirm");
  CHECK_FALSE(HasOurKeys(store));
  CHECK(store.items().count("someone-elses-key") == 1);
  CHECK(State(ui)["assess"]["rated"] == 0);
  CHECK(State(ui)["theme"] == "light");
  ui.Wait(2000);  // nothing is written back afterwards
  CHECK_FALSE(HasOurKeys(store));
  CHECK(State(ui)["storage"]["state"] == "saved");
}

TEST_CASE("storage: two tabs never overwrite each other silently") {
  TwoTabs tabs;
  auto& [store, first, second] = tabs;
  const std::string key = rex::core::AutosaveKey("staff-backend-engineer");
  RateFirstRow(first, '1');
  first.Wait(1000);
  const std::string first_save = store.items().at(key);

  // The second tab changes its (older) work and tries to save over the first's.
  RateFirstRow(second, '4');
  second.Wait(1000);
  CHECK(State(second)["storage"]["state"] == "conflict");
  CHECK(store.items().at(key) == first_save);  // nothing written over it
  REQUIRE(second.Inspect()["widgets"].contains("conflict.keep"));

  // Keeping this tab's work puts the other tab's save aside first.
  second.Click("conflict.keep");
  second.Wait(1000);
  CHECK(State(second)["storage"]["state"] == "saved");
  const auto aside = State(second)["storage"]["aside"];
  REQUIRE(aside.size() == 1);
  CHECK(aside[0]["reason"] == "other-tab");
  CHECK(store.items().at(aside[0]["key"].get<std::string>()) == first_save);
  CHECK(store.items().at(key) != first_save);

  // The first tab hears of it (the storage event) and loads the newer work.
  first.app().OnStorageChanged(key);
  first.Frames(3);
  CHECK(State(first)["storage"]["state"] == "conflict");
  first.Click("conflict.load");
  CHECK(State(first)["assess"]["ratings"] == State(second)["assess"]["ratings"]);
  CHECK(State(first)["storage"]["aside"].size() == 1);  // it had nothing unsaved: no second copy
  first.Wait(1000);
  CHECK(State(first)["storage"]["state"] == "saved");
}

TEST_CASE("storage: loading the other tab's work puts this tab's unsaved changes aside") {
  TwoTabs tabs;
  auto& [store, first, second] = tabs;
  RateFirstRow(second, '2');
  second.Wait(1000);
  RateFirstRow(first, '4');  // unsaved when the other tab's save arrives
  first.app().OnStorageChanged(rex::core::AutosaveKey("staff-backend-engineer"));
  first.Frames(3);
  first.Click("conflict.load");
  const auto aside = State(first)["storage"]["aside"];
  REQUIRE(aside.size() == 1);
  CHECK(aside[0]["reason"] == "replaced");
  CHECK(State(first)["assess"]["ratings"] == State(second)["assess"]["ratings"]);
}

TEST_CASE("storage: a full store says Not saved with why, keeps the last good save, and saves again once there is room") {
  rex::core::MemoryStore store;
  const std::string key = rex::core::AutosaveKey("staff-backend-engineer");
  HeadlessImGui ui(Catalog(), ImVec2(1280, 800), 1.0f, &store);
  ui.Frames(2);
  RateFirstRow(ui, '1');
  ui.Wait(1000);
  const std::string good = store.items().at(key);
  store.SetCapacity(good.size() + key.size());  // exactly full
  ui.Key(keys::Char('2'));
  ui.Key(keys::Char('3'));
  ui.Wait(1000);
  const auto storage = State(ui)["storage"];
  CHECK(storage["state"] == "not-saved");
  CHECK(storage["why"] == "browser storage is full");
  CHECK(storage["detail"].get<std::string>().find("Export") != std::string::npos);
  CHECK(store.items().at(key) == good);
  store.SetCapacity(rex::core::MemoryStore::kUnlimited);
  ui.Key(keys::Char('4'));
  ui.Wait(1000);
  CHECK(State(ui)["storage"]["state"] == "saved");
  CHECK(store.items().at(key) != good);
}

TEST_CASE("storage: an import of a report with a repeated snapshot id says what it repaired") {
  HeadlessImGui ui;
  ui.Frames(2);
  const std::string text = R"({"format": "role-explorer/report", "schema_version": 2, "redacted": false,
    "role": {"id": "staff-backend-engineer", "content_version": "1.0.0"}, "target": "staff", "ratings": {},
    "snapshots": [
      {"id": "snap-2-2026-03-01", "label": "b", "taken_at": "2026-03-01T09:00:00Z", "levels": {}},
      {"id": "snap-2-2026-03-01", "label": "c", "taken_at": "2026-03-01T10:00:00Z", "levels": {}}]})";
  ui.app().ReceiveFile("old.json", text);
  ui.Frames(2);
  const auto notices = State(ui)["notices"];
  REQUIRE(notices.size() == 1);
  CHECK(notices[0]["title"] == "Imported old.json");
  CHECK(notices[0]["detail"].get<std::string>().find("now has the id \"snap-3-2026-03-01\"") != std::string::npos);
}
