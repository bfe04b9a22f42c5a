#include <doctest/doctest.h>

#include "headless_imgui.hpp"

using rex::test::HeadlessImGui;

TEST_CASE("the shell draws the role title and every navigation entry") {
  HeadlessImGui ui;
  ui.Frames(3);
  const auto state = ui.Inspect();
  CHECK(state["state"]["role"] == "staff-backend-engineer");
  for (const char* name : {"topbar.title", "nav.explore", "nav.assess", "nav.progress", "nav.report", "theme.toggle"}) {
    CAPTURE(name);
    CHECK(state["widgets"].contains(name));
  }
  CHECK(ui.last_draw_commands() > 0);
}

TEST_CASE("clicking navigation switches pages, and every page draws without ImGui errors") {
  HeadlessImGui ui;
  ui.Frames(2);
  for (const char* page : {"assess", "progress", "report", "explore"}) {
    CAPTURE(page);
    ui.Click(std::string("nav.") + page);
    CHECK(ui.Inspect()["state"]["page"] == page);
  }
}

TEST_CASE("theme and font size change through the top bar") {
  HeadlessImGui ui;
  ui.Frames(2);
  ui.Click("theme.toggle");
  CHECK(ui.Inspect()["state"]["theme"] == "dark");
  const float before = ui.Inspect()["state"]["font_scale"].get<float>();
  ui.Click("font.larger");
  CHECK(ui.Inspect()["state"]["font_scale"].get<float>() > before);
  ui.Click("theme.toggle");
  CHECK(ui.Inspect()["state"]["theme"] == "light");
}

TEST_CASE("the contrast button switches to the high-contrast theme and back") {
  HeadlessImGui ui;
  ui.Frames(2);
  ui.Click("theme.contrast");
  CHECK(ui.Inspect()["state"]["theme"] == "high-contrast");
  ui.Frames(2);  // the whole UI draws in it
  ui.Click("theme.contrast");
  CHECK(ui.Inspect()["state"]["theme"] == "light");
  ui.Click("theme.contrast");
  ui.Click("theme.toggle");  // from high contrast, the theme button goes to dark
  CHECK(ui.Inspect()["state"]["theme"] == "dark");
}

TEST_CASE("the shell lays out at high device pixel ratios") {
  for (float dpr : {1.5f, 2.0f}) {
    CAPTURE(dpr);
    HeadlessImGui ui(ImVec2(1280 * dpr, 800 * dpr), dpr);
    ui.Frames(3);
    const auto rect = ui.Inspect()["widgets"]["nav.report"];
    // Navigation sits inside the window at any scale.
    CHECK(rect["x"].get<float>() + rect["w"].get<float>() < 1280 * dpr);
  }
}
