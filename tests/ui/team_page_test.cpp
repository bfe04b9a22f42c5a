// The Team page through the real app: files in (one batch, as the platform hands
// a drop over), the heat map clipped to what is on screen, hide names in the
// page and in both exports, orders, a reload, and a drop of several reports on
// another page.
#include <doctest/doctest.h>

#include <algorithm>
#include <string>
#include <utility>
#include <vector>

#include "content/embedded_roles.hpp"
#include "core/app/role_catalog.hpp"
#include "core/persist/storage_keys.hpp"
#include "generated_report.hpp"
#include "headless_imgui.hpp"
#include "ui/keys.hpp"

using rex::test::HeadlessImGui;
namespace keys = rex::ui::keys;

namespace {

using Files = std::vector<std::pair<std::string, std::string>>;

rex::core::Session Catalog() { return rex::core::LoadCatalog(rex::content::Files()); }

const rex::core::Role& StaffRole(const rex::core::Session& session) {
  for (const rex::core::RoleEntry& entry : session.roles) {
    if (entry.role.id == "staff-backend-engineer") return entry.role;
  }
  FAIL("the staff role is not embedded");
  return session.roles.front().role;
}

// `people` generated reports of the real role ("Team Person <n>"), then one broken file.
Files Team(int people) {
  const rex::core::Session session = Catalog();
  Files files;
  for (int p = 0; p < people; ++p) {
    files.emplace_back("person-" + std::to_string(p) + ".json", rex::test::GeneratedReportJson(StaffRole(session), 1, p));
  }
  files.emplace_back("broken.json", "{\"format\": \"role-explorer/report\", \"schema_version\": 2,");
  return files;
}

nlohmann::json State(HeadlessImGui& ui) { return ui.Inspect()["state"]; }

bool HasNoteLine(const nlohmann::json& tooltip) {
  for (const auto& line : tooltip) {
    if (line.get<std::string>().rfind("Note: ", 0) == 0) return true;
  }
  return false;
}

bool HasWidget(HeadlessImGui& ui, const std::string& name) { return ui.Inspect()["widgets"].contains(name); }

}  // namespace

TEST_CASE("team page: Shift+5 opens it, and with no files it says how to add them, nothing uploaded") {
  HeadlessImGui ui(Catalog());
  ui.Frames(2);
  ui.Key(keys::Char('5'), false, true);
  ui.Settle();
  CHECK(State(ui)["page"] == "team");
  CHECK(HasWidget(ui, "team.add"));
  CHECK_FALSE(HasWidget(ui, "team.heatmap"));
  CHECK(State(ui)["team"]["files"] == 0);
}

TEST_CASE("team page: a batch of files becomes people and errors, and the heat map, readiness and headline show them") {
  HeadlessImGui ui(Catalog(), ImVec2(1280, 2400));
  ui.Open("team");
  ui.app().ReceiveFiles(Team(12));
  ui.Settle();
  const nlohmann::json team = State(ui)["team"];
  CHECK(team["files"] == 13);
  REQUIRE(team["people"].size() == 12);
  REQUIRE(team["errors"].size() == 1);
  CHECK(team["errors"][0]["file"] == "broken.json");
  CHECK(team["roles"][0]["rows"].size() == 12);
  const nlohmann::json widgets = ui.Inspect()["widgets"];
  CHECK(widgets["team.heatmap"]["text"] == "12 people × " + std::to_string(team["roles"][0]["columns"].size()) + " items");
  CHECK(widgets["team.people"].is_object());
  CHECK(widgets["team.errors"]["text"] == "1");
  // The readiness table's first row is the first person in readiness order.
  const std::string first = team["roles"][0]["rows"][0];
  CHECK(widgets["team.person.0"]["text"].get<std::string>().rfind(first + " · ", 0) == 0);
  CHECK_FALSE(ui.app().WantsAnotherFrame());  // idle once drawn
}

TEST_CASE("team page: 200 people draw only the rows and columns in view") {
  HeadlessImGui ui(Catalog());
  ui.Open("team");
  ui.app().ReceiveFiles(Team(200));
  ui.Settle();
  const nlohmann::json team = State(ui)["team"];
  REQUIRE(team["people"].size() == 200);
  const int rows = team["drawn"]["rows"];
  CHECK(rows > 5);
  CHECK(rows < 40);
  CHECK(team["drawn"]["columns"].get<int>() <= team["roles"][0]["columns"].size());
}

TEST_CASE("team page: hovering a cell shows the person, the levels and their note") {
  HeadlessImGui ui(Catalog());
  ui.Open("team");
  ui.app().ReceiveFiles(Team(3));
  ui.Settle();
  ui.Hover("team.heatmap.first_cell");
  const nlohmann::json tooltip = ui.Inspect()["tooltip"];
  REQUIRE(tooltip.size() >= 3);
  const std::string first = State(ui)["team"]["roles"][0]["rows"][0];
  CHECK(tooltip[0].get<std::string>().rfind(first + " · ", 0) == 0);
  CHECK(tooltip[1].get<std::string>().rfind("Own level: ", 0) == 0);
  // Every other item of a generated report has a note: a few cells along the row show one.
  bool note = HasNoteLine(tooltip);
  const float cell = ui.Inspect()["widgets"]["team.heatmap.first_cell"]["w"];
  for (int column = 1; column < 8 && !note; ++column) {
    ImGui::GetIO().MousePos.x += cell;
    ui.Settle();
    note = HasNoteLine(ui.Inspect()["tooltip"]);
  }
  CHECK(note);
}

TEST_CASE("team page: hide names puts pseudonyms on the page and in both exports, and keeps notes out") {
  HeadlessImGui ui(Catalog());
  ui.Open("team");
  ui.app().ReceiveFiles(Team(4));
  ui.Settle();
  CHECK(ui.app().MakeTeamFile(rex::ui::TeamFormat::kCsv).contents.find("Team Person") != std::string::npos);
  ui.Click("team.hide_names");
  ui.Settle();
  const nlohmann::json team = State(ui)["team"];
  CHECK(team["hide_names"] == true);
  for (const auto& person : team["people"]) CHECK(person["name"].get<std::string>().rfind("Person ", 0) == 0);
  const rex::ui::OutgoingFile csv = ui.app().MakeTeamFile(rex::ui::TeamFormat::kCsv);
  const rex::ui::OutgoingFile html = ui.app().MakeTeamFile(rex::ui::TeamFormat::kHtml);
  CHECK(csv.name == "team-summary-names-hidden.csv");
  for (const std::string* text : {&csv.contents, &html.contents}) {
    CHECK(text->find("Team Person") == std::string::npos);
    CHECK(text->find("Person A") != std::string::npos);
  }
  ui.Hover("team.heatmap.first_cell");
  CHECK(ui.Inspect()["tooltip"].size() >= 2);
  ImGui::GetIO().MousePos.x += ui.Inspect()["widgets"]["team.heatmap.first_cell"]["w"].get<float>();
  ui.Settle();
  CHECK(ui.Inspect()["tooltip"].size() >= 2);
  const nlohmann::json tooltip = ui.Inspect()["tooltip"];  // a named copy: the loop must not outlive a temporary
  for (const auto& line : tooltip) CHECK(line.get<std::string>().rfind("Note: ", 0) != 0);
}

TEST_CASE("team page: the people order is chosen from the toolbar and kept, and a reload shows the same team") {
  rex::core::MemoryStore store;
  std::vector<std::string> rows;
  {
    HeadlessImGui ui(Catalog(), ImVec2(1600, 1000), 1.0f, &store);
    ui.Open("team");
    ui.app().ReceiveFiles(Team(6));
    ui.Settle();
    ui.Click("notice.dismiss.0");  // the "added" notice sits over the toolbar
    ui.Click("team.sort_people");
    ui.Click("team.sort_people.name");
    ui.Settle();
    const nlohmann::json team = State(ui)["team"];
    CHECK(team["sort"]["people"] == "name");
    for (const auto& row : team["roles"][0]["rows"]) rows.push_back(row);
    CHECK(std::is_sorted(rows.begin(), rows.end()));
    ui.Wait(1000);
    CHECK(store.Get(rex::core::TeamKey()));
  }
  HeadlessImGui reload(Catalog(), ImVec2(1600, 1000), 1.0f, &store);
  reload.Open("team");
  const nlohmann::json team = State(reload)["team"];
  CHECK(team["files"] == 7);
  CHECK(team["sort"]["people"] == "name");
  std::vector<std::string> again;
  for (const auto& row : team["roles"][0]["rows"]) again.push_back(row);
  CHECK(again == rows);
}

TEST_CASE("team page: several reports dropped on another page join the team, while one report still imports as your own") {
  HeadlessImGui ui(Catalog());
  ui.Open("assess");
  ui.app().ReceiveFiles(Team(3));
  ui.Settle();
  CHECK(State(ui)["page"] == "team");
  CHECK(State(ui)["team"]["people"].size() == 3);
  CHECK(State(ui)["notices"][0]["title"] == "4 reports added to your team");
  // Your own assessment was not touched.
  CHECK(State(ui)["assess"]["rated"] == 0);
}
