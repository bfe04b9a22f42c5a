#include <doctest/doctest.h>

#include <fstream>
#include <sstream>
#include <string>
#include <utility>
#include <vector>

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

namespace {

struct Box {
  float left, top, right, bottom;
};
Box BoxOf(const nlohmann::json& widgets, const std::string& name) {
  const nlohmann::json& r = widgets.at(name);
  const float x = r["x"].get<float>(), y = r["y"].get<float>();
  return {x, y, x + r["w"].get<float>(), y + r["h"].get<float>()};
}
bool Overlap(const Box& a, const Box& b) {
  return a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
}

}  // namespace

TEST_CASE("top bar: a long role title is cut, title, tabs and controls never overlap and stay inside the window") {
  HeadlessImGui ui;
  ui.Frames(2);
  std::ifstream in(std::string(REX_SOURCE_DIR) + "/tests/fixtures/roles/valid/data-engineer-ladder.json", std::ios::binary);
  std::stringstream text;
  text << in.rdbuf();
  nlohmann::json role = nlohmann::json::parse(text.str());
  const std::string title = "Principal Distributed Data Platform Engineer, Streaming, Storage and Governance (EMEA)";
  role["title"] = title;
  ui.app().ReceiveFile("long-title.json", role.dump());
  ui.Settle();
  const std::vector<std::string> bar{"topbar.title", "nav.explore", "nav.assess", "nav.progress", "nav.report",
                                     "storage.status", "role.switcher", "font.smaller", "font.larger",
                                     "theme.toggle", "theme.contrast"};
  for (float width : {1600.0f, 1280.0f, 1024.0f, 900.0f}) {
    CAPTURE(width);
    HeadlessImGui sized(ui.app().session(), ImVec2(width, 800), 1.0f);
    sized.Settle();
    const nlohmann::json info = sized.Inspect();
    const nlohmann::json& widgets = info["widgets"];
    CHECK(widgets["topbar.title"]["text"] == title);  // cut on screen, whole for the bridge and the tooltip
    for (std::size_t a = 0; a < bar.size(); ++a) {
      CAPTURE(bar[a]);
      REQUIRE(widgets.contains(bar[a]));
      CHECK(BoxOf(widgets, bar[a]).right <= width);
      for (std::size_t b = a + 1; b < bar.size(); ++b) {
        CAPTURE(bar[b]);
        CHECK_FALSE(Overlap(BoxOf(widgets, bar[a]), BoxOf(widgets, bar[b])));
      }
    }
  }
}

TEST_CASE("top bar on a phone: title, menu and the five tabs in two rows, none overlapping, all inside") {
  const std::vector<std::string> bar{"topbar.title", "topbar.menu", "nav.explore", "nav.assess",
                                     "nav.progress", "nav.report",  "nav.team"};
  for (const auto& [width, dpr] : {std::pair{390.0f, 3.0f}, std::pair{768.0f, 2.0f}, std::pair{320.0f, 2.0f}}) {
    CAPTURE(width);
    HeadlessImGui ui(ImVec2(width * dpr, 844 * dpr), dpr);
    ui.Settle();
    const nlohmann::json info = ui.Inspect();
    CHECK(info["state"]["layout"]["narrow"] == true);
    const nlohmann::json& widgets = info["widgets"];
    CHECK_FALSE(widgets.contains("role.switcher"));  // in the menu
    for (std::size_t a = 0; a < bar.size(); ++a) {
      CAPTURE(bar[a]);
      REQUIRE(widgets.contains(bar[a]));
      CHECK(BoxOf(widgets, bar[a]).left >= 0);
      CHECK(BoxOf(widgets, bar[a]).right <= width * dpr);
      for (std::size_t b = a + 1; b < bar.size(); ++b) {
        CAPTURE(bar[b]);
        CHECK_FALSE(Overlap(BoxOf(widgets, bar[a]), BoxOf(widgets, bar[b])));
      }
    }
    ui.Click("topbar.menu");
    CHECK(ui.Inspect()["widgets"].contains("role.switcher"));
    CHECK(ui.Inspect()["widgets"].contains("storage.status"));
  }
}
