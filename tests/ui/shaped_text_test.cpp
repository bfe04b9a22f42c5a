// Scripts ImGui cannot lay out (Arabic, Hebrew, Devanagari, Thai) shown as pictures
// of whole runs drawn by the platform (ui/shaped_text.hpp, docs/adr/0026), through
// the real app: the role's names on every page, a name typed on the Report page,
// and what happens without the platform's pictures.
#include <doctest/doctest.h>

#include <fstream>
#include <sstream>
#include <string>

#include "content/embedded_roles.hpp"
#include "core/app/role_catalog.hpp"
#include "headless_imgui.hpp"

using rex::test::HeadlessImGui;

namespace {

const ImVec2 kTall(1280, 2600);

std::string ReadFixture(const std::string& path) {
  std::ifstream in(std::string(REX_SOURCE_DIR) + "/tests/fixtures/" + path, std::ios::binary);
  std::stringstream text;
  text << in.rdbuf();
  return text.str();
}

nlohmann::json Shaped(const HeadlessImGui& ui) { return ui.Inspect()["state"]["fonts"]["shaped_runs"]; }
int Missing(const HeadlessImGui& ui) { return ui.Inspect()["state"]["fonts"]["missing_glyphs"].get<int>(); }

void OpenShapedRole(HeadlessImGui& ui) {
  ui.Frames(2);
  ui.app().ReceiveFile("shaped-scripts.json", ReadFixture("roles/valid/shaped-scripts.json"));
  ui.Settle();
  REQUIRE(ui.Inspect()["state"]["role"] == "shaped-scripts");
}

}  // namespace

TEST_CASE("shaped text: the built-in role draws no pictures and needs none") {
  HeadlessImGui ui;
  ui.Settle();
  CHECK(Shaped(ui)["in_atlas"] == 0);
  CHECK(Shaped(ui)["drawn_as_pictures"] == 0);
}

TEST_CASE("shaped text: every page of a role in Arabic, Hebrew, Devanagari and Thai draws its runs as pictures") {
  HeadlessImGui ui(rex::core::LoadCatalog(rex::content::Files()), kTall);
  OpenShapedRole(ui);
  for (const char* page : {"nav.explore", "nav.assess", "nav.progress", "nav.report"}) {
    CAPTURE(page);
    ui.Click(page);
    ui.Settle();
    const nlohmann::json shaped = Shaped(ui);
    CHECK(shaped["drawn_as_pictures"].get<int>() > 0);
    CHECK(shaped["drawn_plain"] == 0);  // every run met was in the atlas by the settled frame
    CHECK(Missing(ui) == 0);
    CHECK_FALSE(ui.app().WantsAnotherFrame());  // and the page goes idle again
  }
  CHECK(Shaped(ui)["in_atlas"].get<int>() > 0);
  CHECK(Shaped(ui)["in_atlas"].get<int>() <= static_cast<int>(rex::ui::ShapedText::kCap));
}

TEST_CASE("shaped text: a name typed in Hebrew shows as a picture under the field and is kept exactly") {
  HeadlessImGui ui(rex::core::LoadCatalog(rex::content::Files()), kTall);
  ui.Frames(2);
  ui.Click("nav.report");
  ui.Click("report.name");
  const std::string name = "Zoë כהן";
  ui.Type(name);
  ui.Settle();
  CHECK(Shaped(ui)["drawn_as_pictures"].get<int>() >= 1);  // the echo under the field
  ui.Click("nav.explore");  // leaving the field commits the name
  ui.Settle();
  CHECK(ui.app().session().Current()->assessment.person_name == name);
}

TEST_CASE("shaped text: without the platform's pictures the runs stay plain glyphs, and the page still goes idle") {
  HeadlessImGui ui(rex::core::LoadCatalog(rex::content::Files()), kTall);
  ui.app().SetGlyphRasterizer({});
  OpenShapedRole(ui);
  ui.Settle();
  CHECK(Shaped(ui)["drawn_as_pictures"] == 0);
  CHECK(Shaped(ui)["drawn_plain"].get<int>() > 0);
  CHECK_FALSE(ui.app().WantsAnotherFrame());
}
