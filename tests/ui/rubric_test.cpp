// The rubric view of Explore: a group's rated items against the levels of the
// scale, every cell the item's words, the target's level marked, clipped when long.
#include <doctest/doctest.h>

#include "../unit/report_test_support.hpp"
#include "generated_role.hpp"
#include "headless_imgui.hpp"

using rex::test::HeadlessImGui;
using rex::test::OneRoleSession;

namespace {

nlohmann::json Widgets(HeadlessImGui& ui) { return ui.Inspect()["widgets"]; }

int CountStartingWith(const nlohmann::json& widgets, const std::string& prefix) {
  int count = 0;
  for (auto it = widgets.begin(); it != widgets.end(); ++it) count += it.key().rfind(prefix, 0) == 0;
  return count;
}

// The rubric marks `level` of `item`: its marker covers exactly that cell.
bool Marked(const nlohmann::json& widgets, const std::string& marker, const std::string& item, int level) {
  const std::string cell = "rubric.cell." + item + "." + std::to_string(level);
  if (!widgets.contains(marker + item) || !widgets.contains(cell)) return false;
  for (const char* side : {"x", "y", "w", "h"}) {
    if (widgets[marker + item][side] != widgets[cell][side]) return false;
  }
  return true;
}

}  // namespace

TEST_CASE("a group with levels reads as a rubric: every cell in the item's words, the target's level marked") {
  HeadlessImGui ui(OneRoleSession(), ImVec2(1280, 1200));
  ui.Frames(2);
  CHECK(Widgets(ui).contains("group.view.skills-soft.rubric"));  // Mentoring describes its levels
  ui.Click("group.view.skills-technical.rubric");
  CHECK(ui.Inspect()["state"]["explore"]["rubric_groups"] == nlohmann::json::array({"skills-technical"}));
  const nlohmann::json widgets = Widgets(ui);
  const rex::core::Group& group = rex::test::TestRole().sections[0].groups[0];
  REQUIRE(group.id == "skills-technical");
  for (const rex::core::Item& item : group.items) {
    CAPTURE(item.id);
    CHECK(widgets.contains("item." + item.id));
    for (int level = 1; level <= 4; ++level) {
      CAPTURE(level);
      const std::string cell = "rubric.cell." + item.id + "." + std::to_string(level);
      REQUIRE(widgets.contains(cell));
      const std::string* words = item.LevelTextFor(level);
      CHECK(widgets[cell].value("text", "") == (words ? *words : ""));
    }
  }
  CHECK_FALSE(widgets.contains("rubric.cell.skill-api-design.0"));  // "not yet" describes an absence
  // Staff expects Critical items at 3, Important at 2, Optional at 1.
  CHECK(Marked(widgets, "rubric.expected.", "skill-api-design", 3));
  CHECK(Marked(widgets, "rubric.expected.", "skill-observability", 2));
  CHECK(Marked(widgets, "rubric.expected.", "skill-ci-cd", 1));
  CHECK_FALSE(widgets.contains("rubric.yours.skill-api-design"));  // not rated yet
}

TEST_CASE("the rubric follows the chosen target and outlines the person's own rating") {
  HeadlessImGui ui(OneRoleSession(), ImVec2(1280, 1200));
  ui.Frames(2);
  ui.Click("nav.assess");
  ui.Click("assess.rate.skill-api-design.2");
  ui.Click("assess.target");
  ui.Click("assess.target.principal");
  ui.Click("nav.explore");
  ui.Click("group.view.skills-technical.rubric");
  const nlohmann::json widgets = Widgets(ui);
  CHECK(Marked(widgets, "rubric.expected.", "skill-api-design", 4));
  CHECK(Marked(widgets, "rubric.yours.", "skill-api-design", 2));
  ui.Click("group.view.skills-technical.own");  // back to the cards
  CHECK_FALSE(Widgets(ui).contains("rubric.cell.skill-api-design.1"));
  CHECK(Widgets(ui).contains("item.skill-api-design"));
}

TEST_CASE("groups without levels offer no rubric") {
  HeadlessImGui ui(rex::test::GeneratedRoleSession(200));  // rated skills, but no words for their levels
  ui.Frames(2);
  ui.Click("section.section-1");
  CHECK(Widgets(ui).contains("item.item-50"));
  CHECK(CountStartingWith(Widgets(ui), "group.view.") == 0);
}

TEST_CASE("a rubric of 500 items draws only the rows on screen and can jump to its last item") {
  HeadlessImGui ui(rex::test::GeneratedRoleSession(2000, /*with_levels=*/true));
  ui.Frames(2);
  ui.Click("section.section-1");
  ui.Click("group.view.group-1.rubric");
  const int cells = CountStartingWith(Widgets(ui), "rubric.cell.");
  CHECK(cells >= 4 * 5);   // at least a screenful of rows...
  CHECK(cells < 4 * 40);   // ...of the 500
  CHECK(Widgets(ui).contains("rubric.cell.item-500.1"));
  ui.Click("search.box");
  ui.Type("item 999");
  ui.Click("search.hit.0");
  CHECK(ui.Inspect()["state"]["explore"]["selected_item"] == "item-999");
  const nlohmann::json widgets = Widgets(ui);
  CHECK(widgets.contains("item.item-999"));
  CHECK(widgets.contains("rubric.cell.item-999.4"));
  CHECK_FALSE(widgets.contains("rubric.cell.item-500.1"));  // scrolled away
}

TEST_CASE("the mouse wheel scrolls a long rubric with the page, its header row following it down") {
  HeadlessImGui ui(rex::test::GeneratedRoleSession(2000, /*with_levels=*/true));
  ui.Frames(2);
  ui.Click("section.section-1");
  ui.Click("group.view.group-1.rubric");
  const float title_y = Widgets(ui)["section.title"]["y"];
  REQUIRE_FALSE(Widgets(ui).contains("rubric.cell.item-512.1"));
  CHECK_FALSE(Widgets(ui).contains("rubric.pinned_header.group-1"));  // the real one is on screen
  ui.Hover("rubric.cell.item-501.2");
  ui.Wheel(10);
  const nlohmann::json widgets = Widgets(ui);
  CHECK((!widgets.contains("section.title") || widgets["section.title"]["y"].get<float>() < title_y));
  CHECK(widgets.contains("rubric.cell.item-512.1"));  // rows further down came on screen
  // The header row now sits at the top of the section's pane, just above where its title was.
  REQUIRE(widgets.contains("rubric.pinned_header.group-1"));
  const float pinned = widgets["rubric.pinned_header.group-1"]["y"];
  CHECK(pinned < title_y);
  CHECK(pinned > title_y - 60);
}
