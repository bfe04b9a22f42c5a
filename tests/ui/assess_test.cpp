#include <doctest/doctest.h>

#include "headless_imgui.hpp"
#include "ui/keys.hpp"

using rex::test::HeadlessImGui;
namespace keys = rex::ui::keys;

namespace {

nlohmann::json Assess(HeadlessImGui& ui) { return ui.Inspect()["state"]["assess"]; }

}  // namespace

TEST_CASE("digits rate the focused row and move on, Ctrl+Z undoes, Ctrl+Shift+Z redoes") {
  HeadlessImGui ui;
  ui.Open("assess");
  const std::string first = Assess(ui)["focused_item"];
  ui.Key(keys::Char('3'));
  auto state = Assess(ui);
  CHECK(state["ratings"][first]["level"] == 3);
  CHECK(state["focused_item"] != first);
  CHECK(state["rated"] == 1);
  ui.Key(keys::Char('Z'), /*ctrl=*/true);
  CHECK(Assess(ui)["rated"] == 0);
  CHECK(Assess(ui)["can_redo"] == true);
  ui.Key(keys::Char('Z'), /*ctrl=*/true, /*shift=*/true);
  CHECK(Assess(ui)["ratings"][first]["level"] == 3);
}

TEST_CASE("a whole role can be rated from the keyboard alone") {
  HeadlessImGui ui;
  ui.Open("assess");
  const int total = Assess(ui)["total"];
  REQUIRE(total == 38);  // 21 technical + 9 soft skills + 8 scorecard dimensions
  for (int i = 0; i < total; ++i) ui.Key(keys::Char('4'));
  const auto state = Assess(ui);
  CHECK(state["rated"] == total);
  CHECK(state["gates"]["rated"] == true);
  CHECK(state["gates"]["evidence"] == false);  // rated at the bar, but no evidence yet
  CHECK(state["verdict"] != "not-yet");
}

TEST_CASE("clicking a level rates that item, clicking it again clears it") {
  HeadlessImGui ui;
  ui.Open("assess");
  ui.Click("assess.rate.skill-api-design.2");
  CHECK(Assess(ui)["ratings"]["skill-api-design"]["level"] == 2);
  ui.Click("assess.rate.skill-api-design.2");
  CHECK_FALSE(Assess(ui)["ratings"].contains("skill-api-design"));
}

TEST_CASE("the focus view takes a note and evidence, and both undo") {
  HeadlessImGui ui;
  ui.Open("assess");
  ui.Key(keys::kEnter);
  REQUIRE(Assess(ui)["mode"] == "focus");
  const std::string item = Assess(ui)["focused_item"];
  ui.Click("assess.note");
  ui.Type("Led the payments outbox migration");
  ui.Click("assess.evidence.what");  // leaving the note commits it
  CHECK(Assess(ui)["ratings"][item]["note"] == "Led the payments outbox migration");
  ui.Type("Design doc for idempotent retries");
  ui.Click("assess.evidence.add");
  CHECK(Assess(ui)["ratings"][item]["evidence"] == 1);
  ui.Click("assess.undo");
  CHECK(Assess(ui)["ratings"][item]["evidence"] == 0);
  ui.Click("assess.undo");
  CHECK_FALSE(Assess(ui)["ratings"].contains(item));
}

TEST_CASE("changing the target changes what is expected") {
  HeadlessImGui ui;
  ui.Open("assess");
  for (int i = 0; i < 38; ++i) ui.Key(keys::Char('3'));
  const int gaps_at_staff = Assess(ui)["gaps"];
  ui.Click("assess.target");
  ui.Click("assess.target.principal");
  CHECK(Assess(ui)["target"] == "principal");
  CHECK(Assess(ui)["gaps"].get<int>() > gaps_at_staff);
}

TEST_CASE("goals are a checklist with progress") {
  HeadlessImGui ui;
  ui.Open("assess");
  ui.Click("assess.tab.goals");
  const auto widgets = ui.Inspect()["widgets"];
  std::string goal;
  for (auto it = widgets.begin(); it != widgets.end(); ++it) {
    if (it.key().rfind("assess.goal.", 0) == 0) { goal = it.key(); break; }
  }
  REQUIRE_FALSE(goal.empty());
  ui.Click(goal);
  CHECK(Assess(ui)["goals_done"] == 1);
}

TEST_CASE("a whole assessment from the keyboard alone: pages, every rating, every goal") {
  HeadlessImGui ui;
  ui.Frames(2);
  REQUIRE(ui.Inspect()["state"]["page"] == "explore");
  ui.Key(keys::Char('2'), /*ctrl=*/false, /*shift=*/true);  // Shift+2: Assess
  REQUIRE(ui.Inspect()["state"]["page"] == "assess");
  const int total = Assess(ui)["total"];
  for (int i = 0; i < total; ++i) ui.Key(keys::Char(static_cast<char>('0' + (i % 5))));
  CHECK(Assess(ui)["rated"] == total);

  // "]" steps through the tabs to Goals; J moves, X ticks.
  for (int i = 0; i < 8 && Assess(ui)["category"] != "goals"; ++i) ui.Key(keys::Char(']'));
  REQUIRE(Assess(ui)["category"] == "goals");
  const nlohmann::json widgets = ui.Inspect()["widgets"];
  CHECK(widgets.contains("assess.goal.goal-30-domain-understanding"));
  const int checklist_total = Assess(ui)["goals_total"];
  for (int i = 0; i < checklist_total; ++i) {
    ui.Key(keys::Char('X'));
    ui.Key(keys::Char('J'));
  }
  CHECK(Assess(ui)["goals_done"] == checklist_total);
  ui.Key(keys::Char('X'));  // the last goal again: unticked
  CHECK(Assess(ui)["goals_done"] == checklist_total - 1);

  ui.Key(keys::Char('3'), /*ctrl=*/false, /*shift=*/true);  // Shift+3: Progress
  CHECK(ui.Inspect()["state"]["page"] == "progress");
}
