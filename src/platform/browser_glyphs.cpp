#include "platform/browser_glyphs.hpp"

#include <emscripten.h>

#include <cstdlib>
#include <cstring>
#include <string>

namespace rex::platform {
namespace {

// Draws a character, or a whole run of a script that needs shaping (the browser's
// text engine joins, orders and places marks), white on transparent into a small
// canvas, the pen at (left overhang, ascent), and returns its alpha channel in a
// malloc'd buffer (null only for a line of no height); meta receives width,
// height, offset x, advance. Roboto first, as in the atlas, then whatever the
// system has.
EM_JS(unsigned char*, JsRasterizeGlyph, (const char* utf8, float line_height, float ascent, float em, int medium, int rtl, float* meta), {
  const canvas = Module.rexGlyphCanvas || (Module.rexGlyphCanvas = document.createElement('canvas'));
  const ctx = canvas.getContext('2d', { willReadFrequently: true });
  const font = (medium ? '500 ' : '400 ') + em + 'px Roboto, "Noto Sans", "Droid Sans Fallback", system-ui, sans-serif';
  const text = UTF8ToString(utf8);
  const setUp = () => {
    ctx.font = font;
    ctx.direction = rtl ? 'rtl' : 'ltr';
    ctx.textAlign = 'left';
  };
  setUp();
  const m = ctx.measureText(text);
  // A combining mark (a Thai vowel, a decomposed accent) has ink but no advance,
  // and a joiner has neither: both are glyphs of advance 0, drawn over the
  // character before them or as nothing, never as the missing-glyph box.
  const left = Math.max(0, Math.ceil(m.actualBoundingBoxLeft || 0));
  const width = left + Math.max(0, Math.ceil(Math.max(m.actualBoundingBoxRight || 0, m.width))) + 1;
  const height = Math.ceil(line_height);
  if (height <= 0) return 0;
  canvas.width = width;
  canvas.height = height;
  setUp();  // resizing the canvas resets its state
  ctx.fillStyle = '#fff';
  ctx.textBaseline = 'alphabetic';
  ctx.fillText(text, left, ascent);
  const rgba = ctx.getImageData(0, 0, width, height).data;
  // The canvas's coverage runs darker than stb_truetype's (which draws the atlas's
  // own glyphs): a gamma curve brings the two to the same apparent weight.
  const out = _malloc(width * height);
  for (let i = 0; i < width * height; i++) HEAPU8[out + i] = Math.round(255 * Math.pow(rgba[i * 4 + 3] / 255, 1.45));
  HEAPF32[meta >> 2] = width;
  HEAPF32[(meta >> 2) + 1] = height;
  HEAPF32[(meta >> 2) + 2] = -left;
  HEAPF32[(meta >> 2) + 3] = m.width;
  return out;
});

}  // namespace

ui::GlyphBitmap RasterizeWithBrowserFonts(const ui::GlyphRequest& request) {
  float meta[4] = {0, 0, 0, 0};
  const std::string text(request.utf8);
  unsigned char* alpha = JsRasterizeGlyph(text.c_str(), request.line_height, request.ascent, request.em,
                                          request.medium ? 1 : 0, request.right_to_left ? 1 : 0, meta);
  ui::GlyphBitmap glyph;
  if (!alpha) return glyph;
  glyph.width = static_cast<int>(meta[0]);
  glyph.height = static_cast<int>(meta[1]);
  glyph.offset_x = meta[2];
  glyph.advance = meta[3];
  glyph.alpha.assign(alpha, alpha + static_cast<std::size_t>(glyph.width * glyph.height));
  std::free(alpha);
  return glyph;
}

}  // namespace rex::platform
