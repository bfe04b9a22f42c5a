#include "ui/fonts.hpp"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <iterator>
#include <string>
#include <string_view>

#include "core/text/utf8.hpp"
#include "ui/embedded_fonts.hpp"

namespace rex::ui {
namespace {

std::string_view FontBytes(std::string_view face) {
  for (const auto& file : rex::assets::Files()) {
    if (file.name.find(face) != std::string_view::npos) return file.bytes;
  }
  return {};
}

// Both must match the subsets in assets/CMakeLists.txt (and InShippedSubset).
const ImWchar kTextRanges[] = {0x0020, 0x00FF, 0x2010, 0x203A, 0x2212, 0x2212, 0x2264, 0x2265, 0};
const ImWchar kSymbolRanges[] = {0x2190, 0x2193, 0x2713, 0x2713, 0x2715, 0x2715, 0x25B2, 0x25B2,
                                 0x25B6, 0x25B6, 0x25BC, 0x25BC, 0x25CF, 0x25D0, 0};

// The missing-glyph box: ImGui draws its font's U+FFFD for any codepoint it lacks.
constexpr ImWchar kReplacementChar = 0xFFFD;

ImFont* AddFace(ImFontAtlas& atlas, std::string_view bytes, float size_px, const ImWchar* ranges, bool merge) {
  ImFontConfig config;
  config.FontDataOwnedByAtlas = false;  // the bytes live in the binary
  config.OversampleH = 1;  // glyphs snap to whole pixels (PixelSnapH): 2x would only blur and cost time
  config.OversampleV = 1;
  config.PixelSnapH = true;
  config.MergeMode = merge;
  void* data = const_cast<char*>(bytes.data());
  return atlas.AddFontFromMemoryTTF(data, static_cast<int>(bytes.size()), size_px, &config, ranges);
}

// A text face with the symbol glyphs merged in at the same size.
ImFont* AddFont(ImFontAtlas& atlas, std::string_view text_face, float size_px) {
  ImFont* font = AddFace(atlas, text_face, size_px, kTextRanges, false);
  const std::string_view symbols = FontBytes("Symbols");
  if (!symbols.empty()) AddFace(atlas, symbols, size_px, kSymbolRanges, true);
  return font;
}

// Where ImGui puts a face's baseline, and its em size, for a font of `size_px`
// (stb_truetype's ScaleForPixelHeight: size_px spans the hhea ascender to descender;
// a CSS font size is the em, unitsPerEm from 'head').
struct FaceMetrics {
  float ascent_px;
  float em_px;
};

FaceMetrics MetricsOf(std::string_view ttf, float size_px) {
  const auto u16 = [&](std::size_t at) {
    return static_cast<std::uint16_t>((static_cast<unsigned char>(ttf[at]) << 8) | static_cast<unsigned char>(ttf[at + 1]));
  };
  const auto u32 = [&](std::size_t at) { return (static_cast<std::uint32_t>(u16(at)) << 16) | u16(at + 2); };
  const auto table = [&](std::string_view tag) -> std::size_t {
    for (std::size_t t = 0, tables = ttf.size() >= 12 ? u16(4) : 0; t < tables && 12 + 16 * t + 16 <= ttf.size(); ++t) {
      if (ttf.substr(12 + 16 * t, 4) == tag) return u32(12 + 16 * t + 8);
    }
    return 0;
  };
  const std::size_t hhea = table("hhea"), head = table("head");
  if (hhea == 0 || head == 0 || hhea + 8 > ttf.size() || head + 20 > ttf.size()) return {std::round(size_px * 0.8f), size_px};
  const float ascender = static_cast<std::int16_t>(u16(hhea + 4));
  const float descender = static_cast<std::int16_t>(u16(hhea + 6));
  const float units_per_em = u16(head + 18);
  const float scale = size_px / (ascender - descender);
  return {std::floor(ascender * scale + 0.5f), units_per_em * scale};
}

struct PendingGlyph {
  int rect;
  GlyphBitmap bitmap;
};

void AddPicture(ImFontAtlas& atlas, ImFont* font, ImWchar code, GlyphBitmap bitmap, std::vector<PendingGlyph>& pending) {
  if (bitmap.width <= 0 || bitmap.height <= 0 || bitmap.alpha.size() < static_cast<std::size_t>(bitmap.width * bitmap.height)) return;
  const int rect = atlas.AddCustomRectFontGlyph(font, code, bitmap.width, bitmap.height, bitmap.advance,
                                                ImVec2(bitmap.offset_x, 0));
  pending.push_back({rect, std::move(bitmap)});
}

// Asks the platform for each extra codepoint at this font's size and reserves a
// rectangle in the atlas for it; the pixels are copied once the atlas is packed.
void AddExtraGlyphs(ImFontAtlas& atlas, ImFont* font, std::string_view ttf, float size_px, bool medium,
                    const std::vector<char32_t>& extra, const GlyphRasterizer& rasterize,
                    std::vector<PendingGlyph>& pending) {
  const FaceMetrics metrics = MetricsOf(ttf, size_px);
  for (const char32_t code : extra) {
    std::string utf8;
    core::EncodeUtf8(code, utf8);
    AddPicture(atlas, font, static_cast<ImWchar>(code), rasterize({utf8, size_px, metrics.ascent_px, metrics.em_px, medium, false}),
               pending);
  }
}

// The shaped runs drawn in this face: each one picture (shaped_text.hpp).
void AddShapedRuns(ImFontAtlas& atlas, ImFont* font, int face, std::string_view ttf, float size_px, bool medium,
                   const std::vector<ShapedRunGlyph>& runs, const GlyphRasterizer& rasterize,
                   std::vector<PendingGlyph>& pending) {
  const FaceMetrics metrics = MetricsOf(ttf, size_px);
  for (const ShapedRunGlyph& run : runs) {
    if (run.face != face) continue;
    AddPicture(atlas, font, run.code,
               rasterize({run.text, size_px, metrics.ascent_px, metrics.em_px, medium, run.right_to_left}), pending);
  }
}

// Wide pictures need a texture at least as wide: ImGui picks the width from the
// total area alone, and a rectangle wider than the texture is never packed.
int TextureWidthFor(const std::vector<PendingGlyph>& pending) {
  int widest = 0;
  for (const PendingGlyph& glyph : pending) widest = std::max(widest, glyph.bitmap.width + 2);
  int width = 512;
  while (width < widest && width < 4096) width *= 2;
  return width > 512 ? width : 0;  // 0: ImGui's own choice
}

// A hollow box the height of a capital letter, the usual sign of a missing glyph.
void AddReplacementBox(ImFontAtlas& atlas, ImFont* font, std::string_view ttf, float size_px,
                       std::vector<PendingGlyph>& pending) {
  const float ascent = MetricsOf(ttf, size_px).ascent_px;
  GlyphBitmap box;
  box.width = std::max(3, static_cast<int>(std::round(size_px * 0.5f)));
  box.height = static_cast<int>(std::ceil(size_px));
  box.advance = static_cast<float>(box.width) + std::round(size_px * 0.15f);
  box.alpha.assign(static_cast<std::size_t>(box.width * box.height), 0);
  const int top = static_cast<int>(ascent - std::round(size_px * 0.7f)), bottom = static_cast<int>(ascent) - 1;
  for (int y = std::max(0, top); y <= bottom && y < box.height; ++y) {
    for (int x = 0; x < box.width; ++x) {
      if (y == top || y == bottom || x == 0 || x == box.width - 1) box.alpha[static_cast<std::size_t>(y * box.width + x)] = 255;
    }
  }
  const int rect = atlas.AddCustomRectFontGlyph(font, kReplacementChar, box.width, box.height, box.advance);
  pending.push_back({rect, std::move(box)});
}

void CopyPixels(ImFontAtlas& atlas, const std::vector<PendingGlyph>& pending) {
  for (const PendingGlyph& glyph : pending) {
    const ImFontAtlasCustomRect* r = atlas.GetCustomRectByIndex(glyph.rect);
    if (!r->IsPacked()) continue;
    for (int y = 0; y < glyph.bitmap.height; ++y) {
      unsigned char* row = atlas.TexPixelsAlpha8 + (r->Y + y) * atlas.TexWidth + r->X;
      const unsigned char* from = glyph.bitmap.alpha.data() + y * glyph.bitmap.width;
      std::copy(from, from + glyph.bitmap.width, row);
    }
  }
}

}  // namespace

Fonts BuildFonts(ImFontAtlas& atlas, float pixel_scale, const std::vector<char32_t>& extra,
                 const GlyphRasterizer& rasterize, const std::vector<ShapedRunGlyph>& shaped_runs) {
  atlas.Clear();
  const std::string_view regular = FontBytes("Roboto-Regular");
  const std::string_view medium = FontBytes("Roboto-Medium");
  Fonts fonts;
  struct Face {
    ImFont** slot;
    std::string_view ttf;
    float size;
  };
  const Face faces[] = {{&fonts.body, regular, 15.0f},  // first font = ImGui default
                        {&fonts.small, regular, 13.0f},
                        {&fonts.strong, medium, 15.0f},
                        {&fonts.heading, medium, 20.0f},
                        {&fonts.headline, medium, 32.0f}};
  std::vector<PendingGlyph> pending;
  for (int index = 0; index < static_cast<int>(std::size(faces)); ++index) {
    const Face& face = faces[index];
    const float size_px = face.size * pixel_scale;
    const bool is_medium = face.ttf.data() == medium.data();
    *face.slot = AddFont(atlas, face.ttf, size_px);
    if (rasterize && !extra.empty()) AddExtraGlyphs(atlas, *face.slot, face.ttf, size_px, is_medium, extra, rasterize, pending);
    if (rasterize) AddShapedRuns(atlas, *face.slot, index, face.ttf, size_px, is_medium, shaped_runs, rasterize, pending);
    AddReplacementBox(atlas, *face.slot, face.ttf, size_px, pending);
  }
  atlas.TexDesiredWidth = TextureWidthFor(pending);
  atlas.Build();
  CopyPixels(atlas, pending);
  return fonts;
}

int FaceIndex(const Fonts& fonts, const ImFont* font) {
  const ImFont* faces[] = {fonts.body, fonts.small, fonts.strong, fonts.heading, fonts.headline};
  for (int i = 0; i < static_cast<int>(std::size(faces)); ++i) {
    if (faces[i] == font) return i;
  }
  return -1;
}

}  // namespace rex::ui
