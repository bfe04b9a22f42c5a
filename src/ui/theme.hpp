#pragma once
// The designed look: one palette per theme and the sizes of metrics.hpp, applied
// to ImGui's style. Views read colours from the palette and sizes from the metrics
// instead of hard-coding them, so every theme and every screen stays consistent.
#include <imgui.h>

#include "core/app/preferences.hpp"
#include "core/assessment/scoring.hpp"

namespace rex::ui {

struct Palette {
  ImVec4 background;
  ImVec4 surface;         // cards, panels
  ImVec4 surface_hover;
  ImVec4 border;
  ImVec4 text;
  ImVec4 text_muted;
  ImVec4 accent;          // primary actions, selection
  ImVec4 accent_text;     // text drawn on the accent colour
  ImVec4 highlight;       // search hits
  ImVec4 danger;
  ImVec4 success;
  // One colour per content category, used in chips, charts and section markers.
  ImVec4 technical;
  ImVec4 soft;
  ImVec4 scorecard;
  ImVec4 goals;
  ImVec4 kpis;
  ImVec4 tools;
  ImVec4 other;
};

const Palette& PaletteFor(core::Theme theme);

// Applies palette and sizes to ImGui's current style. `pixel_scale` is
// devicePixelRatio × the person's font scale: the UI is laid out in device pixels.
// `min_frame_height` (device pixels, 0 for none) makes every button and field at
// least that tall: 44 CSS pixels on a touch screen, a finger's tap target.
void ApplyTheme(core::Theme theme, float pixel_scale, float min_frame_height = 0.0f, float font_size = 0.0f);

// Colour for an item kind ("technical_skill" -> technical, ...).
ImVec4 KindColor(const Palette& palette, const char* kind);

// Ready green, almost amber, not yet red: the verdict's colour wherever it shows.
ImVec4 VerdictColor(const Palette& palette, core::Verdict verdict);

}  // namespace rex::ui
