// What a level looks like for the item being rated: the level picker's preview
// line and tooltip, in the item's own words, else the scale's descriptor.
#include <doctest/doctest.h>

#include "../unit/report_test_support.hpp"
#include "headless_imgui.hpp"
#include "ui/keys.hpp"

using rex::test::HeadlessImGui;
using rex::test::OneRoleSession;
namespace keys = rex::ui::keys;

namespace {

// The text of the line under an item's name in the rating table, "" when empty.
std::string LevelLine(HeadlessImGui& ui, const std::string& item) {
  const nlohmann::json widgets = ui.Inspect()["widgets"];
  const std::string name = "assess.level_text." + item;
  return widgets.contains(name) ? widgets[name].value("text", "") : "";
}

}  // namespace

TEST_CASE("the level picker shows the item's own words for the level under the pointer") {
  HeadlessImGui ui(OneRoleSession());
  ui.Open("assess");
  ui.Hover("assess.rate.skill-api-design.3");
  CHECK(LevelLine(ui, "skill-api-design") ==
        "3 · Strong — Sets API conventions that several teams follow and reviews their designs.");
  CHECK(ui.Inspect()["tooltip"] ==
        nlohmann::json::array({"3 · Strong", "Sets API conventions that several teams follow and reviews their designs."}));
  ui.Hover("assess.rate.skill-api-design.1");
  CHECK(LevelLine(ui, "skill-api-design") ==
        "1 · Learning — Builds endpoints from a reviewed design and follows the team's API guide.");
  CHECK(LevelLine(ui, "skill-distributed-systems") == "");  // other rows show nothing while unrated
}

TEST_CASE("without the item's own words for a level, the picker shows the scale's descriptor") {
  HeadlessImGui ui(OneRoleSession());
  ui.Open("assess");
  ui.Hover("assess.rate.skill-ci-cd.2");  // CI/CD describes no level
  CHECK(LevelLine(ui, "skill-ci-cd") == "2 · Proficient — Does it well alone.");
  ui.Hover("assess.rate.skill-observability.1");  // Observability describes levels 2 and 3 only
  CHECK(LevelLine(ui, "skill-observability") == "1 · Learning — Does it with help.");
  ui.Hover("assess.rate.skill-observability.2");
  CHECK(LevelLine(ui, "skill-observability") == "2 · Proficient — Adds the metrics, logs and alerts their own service needs.");
}

TEST_CASE("the chosen level's words stay next to the rating once the pointer leaves") {
  HeadlessImGui ui(OneRoleSession());
  ui.Open("assess");
  ui.Click("assess.rate.soft-mentoring.2");
  ui.Hover("assess.tab.all");  // anywhere but the picker
  CHECK(ui.Inspect()["state"]["assess"]["ratings"]["soft-mentoring"]["level"] == 2);
  CHECK(LevelLine(ui, "soft-mentoring") == "2 · Proficient — Pairs with one engineer regularly and gives useful feedback.");
  ui.Hover("assess.rate.soft-mentoring.4");  // pointing at another level previews it instead
  CHECK(LevelLine(ui, "soft-mentoring") == "4 · Expert — Builds the mentoring practice of a whole group.");
}

TEST_CASE("moving the keyboard focus along the picker previews the focused level") {
  HeadlessImGui ui(OneRoleSession());
  ui.Open("assess");
  ui.Click("assess.rate.skill-api-design.2");
  ui.Hover("assess.tab.all");
  ui.Key(keys::kRight);  // ImGui's keyboard navigation: from level 2 to level 3
  CHECK(LevelLine(ui, "skill-api-design") ==
        "3 · Strong — Sets API conventions that several teams follow and reviews their designs.");
  CHECK(ui.Inspect()["state"]["assess"]["ratings"]["skill-api-design"]["level"] == 2);  // previewed, not chosen
}

TEST_CASE("the focus view lists each level in the item's own words, the scale's where it has none") {
  HeadlessImGui ui(OneRoleSession());
  ui.Open("assess");
  ui.Key(keys::kEnter);
  REQUIRE(ui.Inspect()["state"]["assess"]["focused_item"] == "skill-api-design");
  const nlohmann::json widgets = ui.Inspect()["widgets"];
  CHECK(widgets["assess.focus.level.4"]["text"] == "Shapes the organisation's API strategy, from launch to retirement.");
  CHECK(widgets["assess.focus.level.0"]["text"] == "No real experience so far.");
}
