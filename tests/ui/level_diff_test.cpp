// The level diff panel of the Progress page: two targets picked with the mouse,
// the items whose expected level changes, biggest change first.
#include <doctest/doctest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "../unit/report_test_support.hpp"
#include "headless_imgui.hpp"

using rex::test::HeadlessImGui;
using rex::test::OneRoleSession;

namespace {

const ImVec2 kTall(1280, 2400);  // the whole Progress page without scrolling

nlohmann::json LevelDiff(HeadlessImGui& ui) { return ui.Inspect()["state"]["progress"]["level_diff"]; }

std::vector<std::string> ChangedItems(HeadlessImGui& ui) {
  std::vector<std::string> ids;
  const nlohmann::json diff = LevelDiff(ui);
  for (const auto& change : diff["changes"]) ids.push_back(change["item_id"]);
  return ids;
}

// The rows as drawn, top to bottom.
std::vector<std::string> DrawnRows(HeadlessImGui& ui) {
  const nlohmann::json widgets = ui.Inspect()["widgets"];
  const std::string prefix = "progress.diff.row.";
  std::vector<std::pair<float, std::string>> rows;
  for (auto it = widgets.begin(); it != widgets.end(); ++it) {
    if (it.key().rfind(prefix, 0) == 0) rows.emplace_back(it.value()["y"].get<float>(), it.key().substr(prefix.size()));
  }
  std::sort(rows.begin(), rows.end());
  std::vector<std::string> ids;
  for (const auto& row : rows) ids.push_back(row.second);
  return ids;
}

std::string Text(HeadlessImGui& ui, const std::string& widget) { return ui.Inspect()["widgets"][widget].value("text", ""); }

}  // namespace

TEST_CASE("the level diff starts with the step into the chosen target") {
  HeadlessImGui ui(OneRoleSession(), kTall);
  ui.Open("progress");
  const nlohmann::json diff = LevelDiff(ui);
  CHECK(diff["from"] == "senior");
  CHECK(diff["to"] == "staff");
  CHECK(diff["unchanged"] == 4);
  CHECK(ChangedItems(ui) == std::vector<std::string>{"skill-api-design", "skill-distributed-systems"});
  CHECK(DrawnRows(ui) == ChangedItems(ui));
  CHECK(Text(ui, "progress.diff.summary") == "2 items change: 2 raised, 0 lowered; 4 unchanged");
  CHECK(Text(ui, "progress.diff.row.skill-api-design") == "API design: 2 Proficient → 3 Strong");
}

TEST_CASE("picking two targets lists their changes, the biggest first, and Swap reverses them") {
  HeadlessImGui ui(OneRoleSession(), kTall);
  ui.Open("progress");
  ui.Click("progress.diff.to");
  ui.Click("progress.diff.to.principal");
  CHECK(LevelDiff(ui)["to"] == "principal");
  // +2 first (Critical before Important by weight), then +1 (Optional last), each in role order.
  const std::vector<std::string> expected{"skill-api-design",    "skill-distributed-systems", "soft-writing",
                                          "skill-observability", "soft-mentoring",            "skill-ci-cd"};
  CHECK(ChangedItems(ui) == expected);
  CHECK(DrawnRows(ui) == expected);
  CHECK(Text(ui, "progress.diff.summary") == "6 items change: 6 raised, 0 lowered; 0 unchanged");
  CHECK(Text(ui, "progress.diff.row.soft-writing") == "Technical writing: 2 Proficient → 4 Expert");
  ui.Click("progress.diff.swap");
  CHECK(LevelDiff(ui)["from"] == "principal");
  CHECK(LevelDiff(ui)["to"] == "senior");
  CHECK(DrawnRows(ui) == expected);
  CHECK(Text(ui, "progress.diff.summary") == "6 items change: 0 raised, 6 lowered; 0 unchanged");
}

TEST_CASE("the level diff follows the chosen target until the person picks targets of their own") {
  HeadlessImGui ui(OneRoleSession(), kTall);
  ui.Frames(2);
  ui.Click("nav.assess");
  ui.Click("assess.target");
  ui.Click("assess.target.principal");
  ui.Click("nav.progress");
  CHECK(LevelDiff(ui)["from"] == "staff");
  CHECK(LevelDiff(ui)["to"] == "principal");
  ui.Click("progress.diff.from");
  ui.Click("progress.diff.from.principal");
  CHECK(LevelDiff(ui)["changes"].empty());
  CHECK(Text(ui, "progress.diff.summary") == "No item changes; 6 unchanged");
  CHECK(DrawnRows(ui).empty());
}
