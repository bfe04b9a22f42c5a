// The About panel: reachable from the top bar and with F1, and it lists exactly
// the components of the NOTICES.txt this build generated (same versions).
#include <doctest/doctest.h>

#include <fstream>
#include <regex>
#include <sstream>
#include <string>
#include <vector>

#include "core/app/app_info.hpp"
#include "headless_imgui.hpp"
#include "ui/keys.hpp"

using rex::test::HeadlessImGui;

namespace {

// "3. OpenGL Mathematics (GLM) 0.9.9.8+ds-6" -> that line's "name version".
std::vector<std::string> NoticeHeadings() {
  std::ifstream in(REX_NOTICES_TXT);
  REQUIRE_MESSAGE(in, "cannot open " REX_NOTICES_TXT);
  std::vector<std::string> headings;
  const std::regex heading(R"(^(\d+)\. (.+)$)");
  for (std::string line; std::getline(in, line);) {
    std::smatch m;
    if (std::regex_match(line, m, heading)) headings.push_back(m[2]);
  }
  return headings;
}

}  // namespace

TEST_CASE("about: the top bar opens it, it lists every component of NOTICES.txt with the same version") {
  HeadlessImGui ui(ImVec2(1280, 1000));
  ui.Frames(2);
  ui.Click("about.open");
  const nlohmann::json shown = ui.Inspect();
  const nlohmann::json about = shown["state"]["about"];
  CHECK(about["open"] == true);
  CHECK(about["version"] == std::string(rex::core::kAppVersion));
  const std::vector<std::string> headings = NoticeHeadings();
  REQUIRE(headings.size() >= 8);
  REQUIRE(about["components"].size() == headings.size());
  for (size_t i = 0; i < headings.size(); ++i) {
    CAPTURE(headings[i]);
    const auto& c = about["components"][i];
    CHECK(c["name"].get<std::string>() + " " + c["version"].get<std::string>() == headings[i]);
    CHECK(shown["widgets"].contains("about.component." + std::to_string(i)));  // drawn, not only known
  }
  CHECK(shown["widgets"].contains("about.content"));
  ui.Click("about.close");
  CHECK(ui.Inspect()["state"]["about"]["open"] == false);
}

TEST_CASE("about: F1 opens it and Escape closes it") {
  HeadlessImGui ui;
  ui.Frames(2);
  ui.Key(rex::ui::keys::kF1);
  CHECK(ui.Inspect()["state"]["about"]["open"] == true);
  CHECK(ui.Inspect()["widgets"].contains("about.version"));
  ui.Key(rex::ui::keys::kEscape);
  CHECK(ui.Inspect()["state"]["about"]["open"] == false);
}

TEST_CASE("about: page shortcuts do nothing behind an open dialog, and work again once it is closed") {
  HeadlessImGui ui;
  ui.Frames(2);
  ui.Click("nav.assess");
  ui.Key(rex::ui::keys::kF1);
  REQUIRE(ui.Inspect()["state"]["about"]["open"] == true);
  ui.Key(rex::ui::keys::Char('3'));                       // would rate the focused row
  ui.Key(rex::ui::keys::Char('3'), false, /*shift=*/true);  // would switch to Progress
  CHECK(ui.Inspect()["state"]["assess"]["rated"] == 0);
  CHECK(ui.Inspect()["state"]["page"] == "assess");
  ui.Key(rex::ui::keys::kEscape);
  ui.Key(rex::ui::keys::Char('3'));
  CHECK(ui.Inspect()["state"]["assess"]["rated"] == 1);
}
