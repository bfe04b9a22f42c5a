// The accessibility mirror's model (ADR 27): what each frame describes, that
// using a control through it is the same as pressing the widget, and that an
// unchanged frame sends no patch.
#include <doctest/doctest.h>

#include <algorithm>
#include <set>
#include <string>
#include <vector>

#include "headless_imgui.hpp"
#include "ui/keys.hpp"

using rex::test::HeadlessImGui;
namespace keys = rex::ui::keys;

namespace {

nlohmann::json Node(HeadlessImGui& ui, const std::string& id) {
  const nlohmann::json nodes = ui.Inspect()["accessible"];  // named: the loop must not outlive a temporary
  for (const auto& node : nodes) {
    if (node["id"] == id) return node;
  }
  return nullptr;
}

// The first node whose id starts with `prefix`.
nlohmann::json First(HeadlessImGui& ui, const std::string& prefix) {
  const nlohmann::json nodes = ui.Inspect()["accessible"];
  for (const auto& node : nodes) {
    if (node["id"].get<std::string>().rfind(prefix, 0) == 0) return node;
  }
  return nullptr;
}

// The ids of the nodes whose id starts with `prefix`, in reading order.
std::vector<std::string> Ids(HeadlessImGui& ui, const std::string& prefix) {
  const nlohmann::json nodes = ui.Inspect()["accessible"];
  std::vector<std::string> ids;
  for (const auto& node : nodes) {
    const std::string id = node["id"];
    if (id.rfind(prefix, 0) == 0) ids.push_back(id);
  }
  return ids;
}

void Use(HeadlessImGui& ui, const std::string& id, int value = 0) {
  REQUIRE(ui.app().ActivateAccessible(id, value));
  ui.Settle();
}

}  // namespace

TEST_CASE("mirror: the page tabs are tabs, named as drawn, the open page selected") {
  HeadlessImGui ui;
  ui.Open("assess");
  const nlohmann::json tab = Node(ui, "nav.assess");
  REQUIRE(tab.is_object());
  CHECK(tab["role"] == "tab");
  CHECK(tab["name"] == "Assess");
  CHECK(tab["checked"] == true);
  CHECK(Node(ui, "nav.explore")["checked"] == false);
  Use(ui, "nav.progress");
  CHECK(ui.Inspect()["state"]["page"] == "progress");
}

TEST_CASE("mirror: a rating is one slider named after its item, and setting it rates the item") {
  HeadlessImGui ui;
  ui.Open("assess");
  const nlohmann::json slider = First(ui, "assess.rate.");
  REQUIRE(slider.is_object());
  const std::string id = slider["id"];
  const std::string item = id.substr(std::string("assess.rate.").size());
  CHECK(slider["role"] == "slider");
  CHECK(slider["value"] == "Not rated");
  const int not_rated = slider["range"][1];  // the value below the scale
  CHECK(slider["range"][0] == not_rated);
  CHECK(slider["range"][2] == 4);
  CHECK(Node(ui, id + ".2").is_null());  // its level buttons are not controls of their own
  CHECK(ui.Inspect()["widgets"].contains(id + ".2"));
  Use(ui, id, 3);
  CHECK(ui.Inspect()["state"]["assess"]["ratings"][item]["level"] == 3);
  CHECK(Node(ui, id)["range"][0] == 3);
  CHECK(Node(ui, id)["value"].get<std::string>().rfind("3 – ", 0) == 0);
  Use(ui, id, not_rated);
  CHECK_FALSE(ui.Inspect()["state"]["assess"]["ratings"].contains(item));
  CHECK(ui.Inspect()["state"]["assess"]["can_undo"] == true);  // an ordinary action: undoable
}

TEST_CASE("mirror: a goal is a checkbox named after the goal, ticked through the mirror") {
  HeadlessImGui ui;
  ui.Open("assess");
  Use(ui, "assess.tab.goals");
  const nlohmann::json goal = First(ui, "assess.goal.");
  REQUIRE(goal.is_object());
  CHECK(goal["role"] == "checkbox");
  CHECK(goal["checked"] == false);
  CHECK_FALSE(goal["name"].get<std::string>().empty());
  Use(ui, goal["id"]);
  CHECK(ui.Inspect()["state"]["assess"]["goals_done"] == 1);
  CHECK(Node(ui, goal["id"])["checked"] == true);
}

TEST_CASE("mirror: text fields are named and hold their text, headings are headings") {
  HeadlessImGui ui;
  ui.Open("explore");
  const nlohmann::json search = Node(ui, "search.box");
  REQUIRE(search.is_object());
  CHECK(search["role"] == "textbox");
  CHECK(search["name"] == "Search the role");
  CHECK(Node(ui, "section.title")["role"] == "heading");
  Use(ui, "search.box");
  ui.Type("kafka");
  ui.Settle();
  CHECK(Node(ui, "search.box")["value"] == "kafka");
}

TEST_CASE("mirror: a patch only when something changed, and only the nodes that did") {
  HeadlessImGui ui;
  ui.Open("assess");
  const std::string first = ui.app().TakeMirrorPatch(1.0f);
  const nlohmann::json all = nlohmann::json::parse(first);
  CHECK(all["set"].size() == ui.Inspect()["accessible"].size());
  CHECK(all.contains("order"));
  ui.Frames(3);
  CHECK(ui.app().TakeMirrorPatch(1.0f).empty());  // repainting the same page writes nothing
  const std::string slider = First(ui, "assess.rate.")["id"];
  Use(ui, slider, 2);
  const nlohmann::json change = nlohmann::json::parse(ui.app().TakeMirrorPatch(1.0f));
  bool slider_sent = false;
  for (const auto& node : change["set"]) slider_sent = slider_sent || node["id"] == slider;
  CHECK(slider_sent);
  CHECK(change["set"].size() < all["set"].size());
  CHECK(change["remove"].empty());
}

TEST_CASE("mirror: a verdict that changes and a snapshot saved are announced") {
  HeadlessImGui ui;
  ui.Open("assess");
  ui.app().TakeAnnouncements();
  const int total = ui.Inspect()["state"]["assess"]["total"];
  for (int i = 0; i < total; ++i) ui.Key(keys::Char('4'));
  const std::vector<std::string> said = ui.app().TakeAnnouncements();
  REQUIRE_FALSE(said.empty());
  CHECK(said.back().rfind("Readiness: ", 0) == 0);
  CHECK(ui.Inspect()["state"]["assess"]["verdict"] != "not-yet");
  CHECK(said.back().find("Not yet") == std::string::npos);  // what it says now, not what it was
  ui.Click("nav.report");
  ui.Click("report.snapshot.take");
  const std::vector<std::string> after = ui.app().TakeAnnouncements();
  REQUIRE_FALSE(after.empty());
  CHECK(after.back().rfind("Snapshot saved: ", 0) == 0);
}

TEST_CASE("mirror: a radar chart's data is a table, one row per axis, one column per series") {
  HeadlessImGui ui;
  ui.Open("assess");
  const std::string slider = First(ui, "assess.rate.")["id"];
  Use(ui, slider, 3);
  ui.Click("nav.progress");
  const nlohmann::json table = Node(ui, "radar.data");
  REQUIRE(table.is_object());
  CHECK(table["role"] == "table");
  CHECK(table["name"] == "Overview: data");
  const nlohmann::json& cells = table["cells"];
  CHECK(cells[0][0] == "Item");
  CHECK(cells.size() == 1 + ui.Inspect()["state"]["progress"]["axis_labels"].size());
  bool rated_row = false;
  for (const auto& row : cells) rated_row = rated_row || (row.size() > 1 && row[1].get<std::string>().rfind("3", 0) == 0);
  CHECK(rated_row);  // the item rated 3 reads 3 in the self column
}

TEST_CASE("mirror: focus moved along the ratings scrolls the list, so the next row is always there") {
  HeadlessImGui ui;
  ui.Open("assess");
  const nlohmann::json rows = ui.Inspect()["state"]["assess"]["rows"];
  REQUIRE(rows.size() > 20);  // more than one screen of rows
  const std::string first = "assess.rate." + rows.front().get<std::string>();
  const std::string last = "assess.rate." + rows.back().get<std::string>();
  CHECK(Node(ui, last).is_null());  // below the fold: not drawn, not mirrored
  std::set<std::string> reached;
  std::string focused;
  for (size_t step = 0; step < rows.size() && focused != last; ++step) {
    // As Tab does: the slider after the focused one, in the mirror as it is now.
    const std::vector<std::string> sliders = Ids(ui, "assess.rate.");
    const auto at = std::find(sliders.begin(), sliders.end(), focused);
    REQUIRE(sliders.end() - at != 1);  // the focused row is never the last one mirrored
    focused = at == sliders.end() ? sliders.front() : *(at + 1);
    CHECK(ui.app().FocusAccessible(focused));
    ui.Settle();
    reached.insert(focused);
  }
  CHECK(reached.size() == rows.size());
  CHECK(Node(ui, first).is_null());  // the list scrolled down as the focus went
  const nlohmann::json patch = nlohmann::json::parse(ui.app().TakeMirrorPatch(1.0f));
  CHECK(patch["focus"] == last);  // ImGui's own keyboard focus is on the last row
}
