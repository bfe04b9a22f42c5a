// Glyphs beyond the font subset (ui/glyphs.hpp): text in any script is drawn from
// glyphs the platform supplies, within two frames; without them it shows as the
// missing-glyph box, which the bridge counts.
#include <doctest/doctest.h>

#include <string>

#include "core/text/utf8.hpp"
#include "headless_imgui.hpp"
#include "ui/glyphs.hpp"

using rex::test::HeadlessImGui;
using rex::ui::ExtraGlyphs;

namespace {

const char* kName = "Zoë Łódź 山田太郎 Дмитрий Ωmega";

int Missing(const HeadlessImGui& ui) { return ui.Inspect()["state"]["fonts"]["missing_glyphs"].get<int>(); }
int Extra(const HeadlessImGui& ui) { return ui.Inspect()["state"]["fonts"]["extra_glyphs"].get<int>(); }

void TypeName(HeadlessImGui& ui) {
  ui.Frames(2);
  ui.Click("nav.report");
  ui.Click("report.name");
  ui.Type(kName);
}

}  // namespace

TEST_CASE("glyphs: a name in five scripts is drawn with no missing glyph, from glyphs added as it is typed") {
  HeadlessImGui ui;
  ui.Frames(2);
  CHECK(Missing(ui) == 0);
  CHECK(Extra(ui) == 0);  // the built-in role needs nothing beyond the subset
  TypeName(ui);
  // ë and ó are Latin-1; Ł ź 山 田 太 郎 Д м и т р й Ω are not.
  CHECK(Extra(ui) == 13);
  CHECK(Missing(ui) == 0);
}

TEST_CASE("glyphs: without the platform's glyphs the same name shows missing-glyph boxes, and they are counted") {
  HeadlessImGui ui;
  ui.app().SetGlyphRasterizer({});
  TypeName(ui);
  CHECK(Missing(ui) == 14);  // each drawn: и appears twice
}

TEST_CASE("glyphs: saved work brought back notes its texts too") {
  HeadlessImGui ui;
  TypeName(ui);
  ui.Click("nav.explore");  // leaving the field commits the name
  HeadlessImGui tab(ui.app().session(), ImVec2(1280, 800), 1.0f);  // a fresh app over the same work
  tab.Frames(2);
  tab.Click("nav.report");
  CHECK(Extra(tab) == 13);
  CHECK(Missing(tab) == 0);
}

TEST_CASE("extra glyphs: only what the subset lacks, once each, and bounded") {
  ExtraGlyphs glyphs;
  CHECK_FALSE(glyphs.Note("plain ASCII, Zoë, café – “quotes” …"));
  CHECK(glyphs.Note("Łódź"));
  CHECK(glyphs.codes() == std::vector<char32_t>{0x141, 0x17A});  // Ł ź
  const auto generation = glyphs.generation();
  CHECK_FALSE(glyphs.Note("źŁ"));
  CHECK(glyphs.generation() == generation);
  CHECK_FALSE(glyphs.Note("\xF0\x9F\x98\x80"));  // beyond 16 bits: ImGui 1.86 cannot key it
  std::string many;
  for (char32_t c = 0x4E00; c < 0x4E00 + ExtraGlyphs::kCap + 10; ++c) rex::core::EncodeUtf8(c, many);
  glyphs.Note(many);
  CHECK(glyphs.OverCap());
  glyphs.Restart([](ExtraGlyphs& in_use) { in_use.Note("山田"); });
  CHECK(glyphs.codes() == std::vector<char32_t>{0x5C71, 0x7530});
  CHECK_FALSE(glyphs.OverCap());
}
