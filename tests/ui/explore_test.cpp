#include <doctest/doctest.h>

#include "generated_role.hpp"
#include "headless_imgui.hpp"
#include "ui/keys.hpp"

using rex::test::HeadlessImGui;
namespace keys = rex::ui::keys;

TEST_CASE("every section of the real role draws, and its first item opens in the detail panel") {
  HeadlessImGui ui;
  ui.Frames(2);
  const auto* role = ui.app().session().CurrentRole();
  REQUIRE(role != nullptr);
  REQUIRE(role->sections.size() == 20);
  for (const auto& section : role->sections) {
    CAPTURE(section.id);
    ui.Click("section." + section.id);
    CHECK(ui.Inspect()["state"]["explore"]["section_id"] == section.id);
    const std::string first = section.groups.front().items.front().id;
    REQUIRE(ui.Inspect()["widgets"].contains("item." + first));
    ui.Click("item." + first);
    CHECK(ui.Inspect()["state"]["explore"]["selected_item"] == first);
    CHECK(ui.Inspect()["widgets"].contains("detail.title"));
    ui.Click("detail.close");
    CHECK(ui.Inspect()["state"]["explore"]["selected_item"] == "");
  }
}

TEST_CASE("Ctrl+K focuses search, typing lists hits, and a hit opens its item") {
  HeadlessImGui ui;
  ui.Frames(2);
  ui.Key(keys::Char('K'), /*ctrl=*/true);
  ui.Type("idempot");
  auto state = ui.Inspect()["state"]["explore"];
  CHECK(state["query"] == "idempot");
  REQUIRE(state["result_count"].get<int>() > 0);
  const std::string first = state["hits"][0]["id"];
  ui.Click("search.hit.0");
  state = ui.Inspect()["state"]["explore"];
  CHECK(state["query"] == "");
  CHECK(state["selected_item"] == first);
  CHECK(ui.Inspect()["widgets"].contains("item." + first));
}

TEST_CASE("a table filters its rows and keeps working when sorted") {
  HeadlessImGui ui;
  ui.Frames(2);
  ui.Click("section.tools");
  CHECK(ui.Inspect()["widgets"].contains("item.tool-kubernetes"));
  ui.Click("table.filter.tools-table");
  ui.Type("postgres");
  const auto widgets = ui.Inspect()["widgets"];
  CHECK_FALSE(widgets.contains("item.tool-kubernetes"));
  int rows = 0;
  for (auto it = widgets.begin(); it != widgets.end(); ++it) rows += it.key().rfind("item.tool-", 0) == 0;
  CHECK(rows == 1);
}

TEST_CASE("a generated role of 2,000 items stays clipped and can jump to its last item") {
  HeadlessImGui ui(rex::test::GeneratedRoleSession(2000));
  ui.Frames(2);
  for (const char* section : {"section-0", "section-1", "section-2", "section-3"}) {
    CAPTURE(section);
    ui.Click(std::string("section.") + section);
    // Only what fits on screen is laid out: far fewer than the 500 items in the section.
    int drawn = 0;
    const auto widgets = ui.Inspect()["widgets"];
    for (auto it = widgets.begin(); it != widgets.end(); ++it) drawn += it.key().rfind("item.", 0) == 0;
    CHECK(drawn > 0);
    CHECK(drawn < 80);
  }
  ui.Click("search.box");
  ui.Type("item 1999");
  ui.Click("search.hit.0");
  CHECK(ui.Inspect()["state"]["explore"]["selected_item"] == "item-1999");
  CHECK(ui.Inspect()["widgets"].contains("item.item-1999"));
}
