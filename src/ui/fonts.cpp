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

const ImWchar* GlyphRanges() {
  // Must match the subset in assets/CMakeLists.txt.
  static const ImWchar kRanges[] = {0x0020, 0x00FF, 0x2010, 0x203A, 0x2190, 0x2193, 0x2212, 0x2212,
                                    0x2264, 0x2265, 0x25B2, 0x25CF, 0x2713, 0x2715, 0};
  return kRanges;
}

ImFont* AddFont(ImFontAtlas& atlas, std::string_view bytes, float size_px) {
  ImFontConfig config;
  config.FontDataOwnedByAtlas = false;  // the bytes live in the binary
  config.OversampleH = 2;
  config.OversampleV = 1;
  config.PixelSnapH = true;
  void* data = const_cast<char*>(bytes.data());
  return atlas.AddFontFromMemoryTTF(data, static_cast<int>(bytes.size()), size_px, &config, GlyphRanges());
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
