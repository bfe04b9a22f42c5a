// Every colour the themes use for text is readable on every background it is drawn
// on: WCAG 2.2 AA contrast (4.5:1 for text), computed from the palettes themselves.
#include <doctest/doctest.h>

#include <cmath>
#include <string>
#include <utility>
#include <vector>

#include "core/persist/saved_preferences.hpp"
#include "ui/theme.hpp"

using rex::ui::Palette;

namespace {

// WCAG relative luminance of an sRGB colour.
double Luminance(const ImVec4& c) {
  const auto linear = [](double v) { return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4); };
  return 0.2126 * linear(c.x) + 0.7152 * linear(c.y) + 0.0722 * linear(c.z);
}

double Contrast(const ImVec4& a, const ImVec4& b) {
  const double la = Luminance(a), lb = Luminance(b);
  return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

// Colours drawn as text (labels, chips, axis names, verdicts) and what they sit on.
std::vector<std::pair<const char*, ImVec4>> TextColours(const Palette& p) {
  return {{"text", p.text},           {"text_muted", p.text_muted}, {"danger", p.danger},
          {"success", p.success},     {"technical", p.technical},   {"soft", p.soft},
          {"scorecard", p.scorecard}, {"goals", p.goals},           {"kpis", p.kpis},
          {"tools", p.tools},         {"other", p.other}};
}

std::vector<std::pair<const char*, ImVec4>> Backgrounds(const Palette& p) {
  return {{"background", p.background}, {"surface", p.surface}, {"surface_hover", p.surface_hover}};
}

}  // namespace

TEST_CASE("theme: text colours pass WCAG AA (4.5:1) on every background, in every theme") {
  for (const auto theme : {rex::core::Theme::kLight, rex::core::Theme::kDark, rex::core::Theme::kHighContrast}) {
    const Palette& p = rex::ui::PaletteFor(theme);
    const std::string name = rex::core::ThemeName(theme);
    CAPTURE(name);
    for (const auto& [fg_name, fg] : TextColours(p)) {
      for (const auto& [bg_name, bg] : Backgrounds(p)) {
        const std::string pair = std::string(fg_name) + " on " + bg_name;
        CAPTURE(pair);
        CHECK(Contrast(fg, bg) >= 4.5);
      }
    }
    CHECK(Contrast(p.accent_text, p.accent) >= 4.5);  // button labels
    CHECK(Contrast(p.text, p.highlight) >= 4.5);      // search hits
  }
}

TEST_CASE("theme: the high-contrast theme reaches AAA (7:1) for text and AA for every other colour") {
  const Palette& p = rex::ui::PaletteFor(rex::core::Theme::kHighContrast);
  for (const auto& [bg_name, bg] : Backgrounds(p)) {
    CAPTURE(bg_name);
    CHECK(Contrast(p.text, bg) >= 7.0);
    CHECK(Contrast(p.text_muted, bg) >= 7.0);
    for (const auto& [fg_name, fg] : TextColours(p)) {
      CAPTURE(fg_name);
      CHECK(Contrast(fg, bg) >= 4.5);
    }
    CHECK(Contrast(p.border, bg) >= 3.0);  // WCAG 1.4.11: control edges
  }
  CHECK(Contrast(p.accent_text, p.accent) >= 7.0);
  CHECK(Contrast(p.text, p.highlight) >= 7.0);
}

TEST_CASE("theme: the contrast computation matches WCAG's reference values") {
  CHECK(Contrast(ImVec4(0, 0, 0, 1), ImVec4(1, 1, 1, 1)) == doctest::Approx(21.0));
  CHECK(Contrast(ImVec4(1, 1, 1, 1), ImVec4(1, 1, 1, 1)) == doctest::Approx(1.0));
  // #767676 on white is the classic 4.54:1.
  const float g = 0x76 / 255.0f;
  CHECK(Contrast(ImVec4(g, g, g, 1), ImVec4(1, 1, 1, 1)) == doctest::Approx(4.54).epsilon(0.01));
}
