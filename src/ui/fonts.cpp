#include "ui/fonts.hpp"

#include <string_view>

#include "ui/embedded_fonts.hpp"

namespace rex::ui {
namespace {

std::string_view FontBytes(std::string_view face) {
  for (const auto& file : rex::assets::Files()) {
    if (file.name.find(face) != std::string_view::npos) return file.bytes;
  }
  return {};
}

// Both must match the subsets in assets/CMakeLists.txt.
const ImWchar kTextRanges[] = {0x0020, 0x00FF, 0x2010, 0x203A, 0x2212, 0x2212, 0x2264, 0x2265, 0};
const ImWchar kSymbolRanges[] = {0x2190, 0x2193, 0x2713, 0x2713, 0x2715, 0x2715, 0x25B2, 0x25B2,
                                 0x25B6, 0x25B6, 0x25BC, 0x25BC, 0x25CF, 0x25CF, 0};

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

}  // namespace

Fonts BuildFonts(ImFontAtlas& atlas, float pixel_scale) {
  atlas.Clear();
  const std::string_view regular = FontBytes("Roboto-Regular");
  const std::string_view medium = FontBytes("Roboto-Medium");
  Fonts fonts;
  fonts.body = AddFont(atlas, regular, 15.0f * pixel_scale);  // first font = ImGui default
  fonts.small = AddFont(atlas, regular, 13.0f * pixel_scale);
  fonts.strong = AddFont(atlas, medium, 15.0f * pixel_scale);
  fonts.heading = AddFont(atlas, medium, 20.0f * pixel_scale);
  fonts.headline = AddFont(atlas, medium, 32.0f * pixel_scale);
  atlas.Build();
  return fonts;
}

}  // namespace rex::ui
