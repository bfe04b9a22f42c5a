// Roles read at run time through the real app (docs/adr/0021-roles-at-run-time.md):
// a person's role file, a spreadsheet, the site's roles, a broken file, a report
// for a role that is not loaded, removing, and a reload in between.
#include <doctest/doctest.h>

#include <fstream>
#include <sstream>
#include <string>
#include <variant>

#include "content/embedded_roles.hpp"
#include "core/app/role_catalog.hpp"
#include "core/persist/storage_keys.hpp"
#include "headless_imgui.hpp"
#include "ui/keys.hpp"

using rex::test::HeadlessImGui;
namespace keys = rex::ui::keys;

namespace {

const ImVec2 kTall(1280, 2600);  // the whole Report page without scrolling

std::string ReadFixture(const std::string& path) {
  std::ifstream in(std::string(REX_SOURCE_DIR) + "/tests/fixtures/" + path, std::ios::binary);
  std::stringstream text;
  text << in.rdbuf();
  return text.str();
}

rex::core::Session Catalog() { return rex::core::LoadCatalog(rex::content::Files()); }
nlohmann::json State(HeadlessImGui& ui) { return ui.Inspect()["state"]; }

nlohmann::json RoleNamed(HeadlessImGui& ui, const std::string& id) {
  const nlohmann::json state = State(ui);  // a range-for over a temporary's member would dangle
  for (const auto& role : state["roles"]) {
    if (role["id"] == id) return role;
  }
  return nullptr;
}

// Every page draws the open role (ImGui's asserts fail the test otherwise).
void VisitEveryPage(HeadlessImGui& ui) {
  for (const char* page : {"nav.explore", "nav.assess", "nav.progress", "nav.report"}) {
    ui.Click(page);
    ui.Frames(2);
  }
}

}  // namespace

TEST_CASE("roles: a role file never seen before loads, opens, rates, and is listed as the browser's") {
  HeadlessImGui ui(Catalog(), kTall);
  ui.Frames(2);
  ui.app().ReceiveFile("data-engineer-ladder.json", ReadFixture("roles/valid/data-engineer-ladder.json"));
  ui.Settle();
  const nlohmann::json state = State(ui);
  REQUIRE(state["roles"].size() == 2);
  CHECK(state["role"] == "data-engineer-ladder");
  const nlohmann::json ladder = RoleNamed(ui, "data-engineer-ladder");
  CHECK(ladder["source"] == "browser");
  CHECK(ladder["file"] == "data-engineer-ladder.json");
  CHECK(ladder["rated_items"] == 16);
  CHECK(ladder["levels"] == 7);
  CHECK(RoleNamed(ui, "staff-backend-engineer")["source"] == "built-in");
  CHECK(state["notices"][0]["title"] == "Loaded Data Engineer (Ladder) from data-engineer-ladder.json");
  CHECK(ui.store().Get(rex::core::RoleFileKey("data-engineer-ladder")).has_value());  // kept at once
  VisitEveryPage(ui);
  ui.Click("nav.assess");
  ui.Key(keys::Char('5'));
  CHECK(State(ui)["assess"]["rated"] == 1);
  CHECK(State(ui)["assess"]["total"] == 16);
}

TEST_CASE("roles: a broken role file says where and what, and changes nothing") {
  HeadlessImGui ui(Catalog(), kTall);
  ui.Frames(2);
  const auto store_before = ui.store().items();
  ui.app().ReceiveFile("levels-twice.json", ReadFixture("roles/broken/levels-twice.json"));
  ui.Settle();
  const nlohmann::json state = State(ui);
  CHECK(state["roles"].size() == 1);
  CHECK(state["role"] == "staff-backend-engineer");
  REQUIRE(state["notices"].size() == 1);
  CHECK(state["notices"][0]["title"] == "Could not load the role levels-twice.json");
  CHECK(state["notices"][0]["detail"].get<std::string>().find(
            "levels-twice.json#/sections/0/groups/0/items/0/levels/2/level: level 1 is described twice") !=
        std::string::npos);
  CHECK(ui.store().items() == store_before);
}

TEST_CASE("roles: a loaded role and the work on it survive a reload, removing it keeps the work for its return") {
  rex::core::MemoryStore store;
  const std::string ladder = ReadFixture("roles/valid/data-engineer-ladder.json");
  {
    HeadlessImGui ui(Catalog(), kTall, 1.0f, &store);
    ui.Frames(2);
    ui.app().ReceiveFile("data-engineer-ladder.json", ladder);
    ui.Settle();
    ui.Click("nav.assess");
    ui.Key(keys::Char('4'));
    ui.Wait(1000);
  }
  HeadlessImGui reloaded(Catalog(), kTall, 1.0f, &store);
  reloaded.Frames(2);
  CHECK(State(reloaded)["role"] == "data-engineer-ladder");  // the role that was open
  CHECK(State(reloaded)["assess"]["rated"] == 1);
  reloaded.Click("nav.report");
  reloaded.Click("roles.1.remove");
  reloaded.Click("roles.remove.confirm");
  reloaded.Settle();
  CHECK(State(reloaded)["roles"].size() == 1);
  CHECK(State(reloaded)["role"] == "staff-backend-engineer");
  CHECK_FALSE(store.Get(rex::core::RoleFileKey("data-engineer-ladder")).has_value());
  CHECK(store.Get(rex::core::AutosaveKey("data-engineer-ladder")).has_value());
  reloaded.app().ReceiveFile("data-engineer-ladder.json", ladder);
  reloaded.Settle();
  CHECK(State(reloaded)["assess"]["rated"] == 1);  // the work came back with the file
}

TEST_CASE("roles: a report for a role that is not loaded names it and offers to load it") {
  HeadlessImGui ui(Catalog(), kTall);
  ui.Frames(2);
  ui.app().ReceiveFile("acme.json", R"({"format": "role-explorer/report", "schema_version": 2,
                                        "role": {"id": "acme-backend", "title": "Acme Backend", "content_version": "1"}})");
  ui.Settle();
  const nlohmann::json notice = State(ui)["notices"][0];
  CHECK(notice["title"] == "Could not import acme.json");
  CHECK(notice["detail"].get<std::string>().find("for the role Acme Backend (acme-backend), which is not loaded") !=
        std::string::npos);
  ui.app().TakeIntents();
  ui.Click("notice.action.0");
  const std::vector<rex::ui::Intent> intents = ui.app().TakeIntents();
  REQUIRE(intents.size() == 1);
  CHECK(std::holds_alternative<rex::ui::OpenFilePicker>(intents[0]));
}

TEST_CASE("roles: a competency matrix spreadsheet loads as a role, kept as the role file it became") {
  HeadlessImGui ui(Catalog(), kTall);
  ui.Frames(2);
  ui.app().ReceiveFile("engineering-matrix.csv", ReadFixture("csv/engineering-matrix.csv"));
  ui.Settle();
  const nlohmann::json state = State(ui);
  REQUIRE(state["roles"].size() == 2);
  CHECK(state["roles"][1]["file"] == "engineering-matrix.csv");
  CHECK(state["roles"][1]["rated_items"] == 16);
  CHECK(state["roles"][1]["targets"] == 6);
  VisitEveryPage(ui);
  ui.app().ReceiveFile("ragged.csv", "Category,Name,L1\nA,B\n");
  ui.Settle();
  CHECK(State(ui)["notices"].back()["detail"].get<std::string>().find("ragged.csv:2:") != std::string::npos);
  CHECK(State(ui)["roles"].size() == 2);
}

TEST_CASE("roles: the site's roles come quietly, are not stored, and a person's file cannot shadow them") {
  HeadlessImGui ui(Catalog(), kTall);
  ui.Frames(2);
  const std::string ladder = ReadFixture("roles/valid/data-engineer-ladder.json");
  ui.app().ReceiveSiteRole("data-engineer-ladder.json", ladder);
  ui.Settle();
  CHECK(RoleNamed(ui, "data-engineer-ladder")["source"] == "site");
  CHECK(State(ui)["role"] == "staff-backend-engineer");  // the person's open role stays open
  CHECK(State(ui)["notices"].empty());
  ui.Wait(1000);
  CHECK_FALSE(ui.store().Get(rex::core::RoleFileKey("data-engineer-ladder")).has_value());
  ui.app().ReceiveFile("mine.json", ladder);
  ui.Settle();
  CHECK(State(ui)["notices"][0]["detail"].get<std::string>().find("is already from this site") != std::string::npos);
  ui.app().SiteRolesFailed("roles/index.json", "It is not valid JSON.");
  ui.Settle();
  CHECK(State(ui)["notices"].back()["title"] == "The site's roles: roles/index.json was not read");
}
