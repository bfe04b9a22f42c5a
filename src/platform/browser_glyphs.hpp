#pragma once
// Glyphs the font subset lacks, drawn by the browser from the fonts this system
// has (a 2D canvas), for the app's atlas (ui/glyphs.hpp, docs/adr/0020).
#include "ui/glyphs.hpp"

namespace rex::platform {

ui::GlyphBitmap RasterizeWithBrowserFonts(const ui::GlyphRequest& request);

}  // namespace rex::platform
