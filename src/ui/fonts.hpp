#pragma once
// The type scale. One family (Roboto), two weights, five sizes; all rasterised at
// device-pixel size so text is crisp at any devicePixelRatio.
#include <imgui.h>

#include <vector>

#include "ui/glyphs.hpp"

namespace rex::ui {

struct Fonts {
  ImFont* body = nullptr;      // 15 px: running text, widgets
  ImFont* small = nullptr;     // 13 px: captions, chips, table meta
  ImFont* strong = nullptr;    // 15 px medium: item names, buttons that matter
  ImFont* heading = nullptr;   // 20 px medium: section titles
  ImFont* headline = nullptr;  // 32 px medium: big numbers, page titles
};

// Rebuilds `atlas` with the embedded fonts at `pixel_scale` (dpr × font scale),
// plus the `extra` codepoints drawn by `rasterize` (glyphs.hpp), and a box for
// anything still missing. The caller re-uploads the atlas texture afterwards.
Fonts BuildFonts(ImFontAtlas& atlas, float pixel_scale, const std::vector<char32_t>& extra = {},
                 const GlyphRasterizer& rasterize = {});

}  // namespace rex::ui
