#pragma once
// The type scale. One family (Roboto), two weights, five sizes; all rasterised at
// device-pixel size so text is crisp at any devicePixelRatio.
#include <imgui.h>

#include <vector>

#include "ui/glyphs.hpp"
#include "ui/shaped_text.hpp"

namespace rex::ui {

struct Fonts {
  ImFont* body = nullptr;      // 15 px: running text, widgets
  ImFont* small = nullptr;     // 13 px: captions, chips, table meta
  ImFont* strong = nullptr;    // 15 px medium: item names, buttons that matter
  ImFont* heading = nullptr;   // 20 px medium: section titles
  ImFont* headline = nullptr;  // 32 px medium: big numbers, page titles
};

// Rebuilds `atlas` with the embedded fonts at `pixel_scale` (dpr × font scale),
// plus the `extra` codepoints and the pictures of `shaped_runs`, both drawn by
// `rasterize` (glyphs.hpp, shaped_text.hpp), and a box for anything still missing.
// The caller re-uploads the atlas texture afterwards.
Fonts BuildFonts(ImFontAtlas& atlas, float pixel_scale, const std::vector<char32_t>& extra = {},
                 const GlyphRasterizer& rasterize = {}, const std::vector<ShapedRunGlyph>& shaped_runs = {});

// The face's position in the type scale (body 0, small 1, strong 2, heading 3,
// headline 4), the key of its shaped-run pictures; -1 for a font not in `fonts`.
int FaceIndex(const Fonts& fonts, const ImFont* font);

}  // namespace rex::ui
