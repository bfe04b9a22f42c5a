#include "ui/theme.hpp"

#include <algorithm>
#include <cmath>
#include <cstring>

#include "ui/metrics.hpp"

namespace rex::ui {
namespace {

ImVec4 Rgb(int hex, float alpha = 1.0f) {
  return ImVec4(static_cast<float>((hex >> 16) & 0xFF) / 255.0f, static_cast<float>((hex >> 8) & 0xFF) / 255.0f,
                static_cast<float>(hex & 0xFF) / 255.0f, alpha);
}

// Every colour drawn as text reaches WCAG AA (4.5:1) on background, surface and
// hover in its theme: tests/ui/theme_test.cpp computes it from these values.
const Palette kLight = {
    Rgb(0xF4F5F9), Rgb(0xFFFFFF), Rgb(0xEEF1F8), Rgb(0xDDE1EA), Rgb(0x1B1F2A), Rgb(0x5F6675),
    Rgb(0x3B5BDB), Rgb(0xFFFFFF), Rgb(0xFFE58F), Rgb(0xC92A2A), Rgb(0x237032),
    Rgb(0x1864AB), Rgb(0x08734F), Rgb(0xC2410C), Rgb(0x7048E8), Rgb(0xC2255C), Rgb(0x0B7285), Rgb(0x616870),
};

const Palette kDark = {
    Rgb(0x111318), Rgb(0x1A1D24), Rgb(0x242833), Rgb(0x2E3340), Rgb(0xE7E9EF), Rgb(0x9AA1AF),
    Rgb(0x7B93FF), Rgb(0x0E1020), Rgb(0x6B5414), Rgb(0xFF6B6B), Rgb(0x51CF66),
    Rgb(0x4DABF7), Rgb(0x38D9A9), Rgb(0xFF922B), Rgb(0xB197FC), Rgb(0xF06595), Rgb(0x3BC9DB), Rgb(0xADB5BD),
};

// Beyond AA: text and muted text reach 7:1 (AAA), and every colour keeps 4.5:1 on
// every background; borders are white so every control's edge shows.
const Palette kHighContrast = {
    Rgb(0x000000), Rgb(0x000000), Rgb(0x1C1C1C), Rgb(0xFFFFFF), Rgb(0xFFFFFF), Rgb(0xE0E0E0),
    Rgb(0xFFD400), Rgb(0x000000), Rgb(0x1F3A93), Rgb(0xFF8080), Rgb(0x6BFF8F),
    Rgb(0x7CC4FF), Rgb(0x5CF2C3), Rgb(0xFFB454), Rgb(0xC7B5FF), Rgb(0xFF9ECF), Rgb(0x66E3F0), Rgb(0xE0E0E0),
};

ImVec4 Mix(const ImVec4& a, const ImVec4& b, float t) {
  return ImVec4(a.x + (b.x - a.x) * t, a.y + (b.y - a.y) * t, a.z + (b.z - a.z) * t, a.w + (b.w - a.w) * t);
}

void ApplyColors(const Palette& p, ImVec4* c) {
  c[ImGuiCol_Text] = p.text;
  c[ImGuiCol_TextDisabled] = p.text_muted;
  c[ImGuiCol_WindowBg] = p.background;
  c[ImGuiCol_ChildBg] = ImVec4(0, 0, 0, 0);
  c[ImGuiCol_PopupBg] = p.surface;
  c[ImGuiCol_Border] = p.border;
  c[ImGuiCol_BorderShadow] = ImVec4(0, 0, 0, 0);
  c[ImGuiCol_FrameBg] = p.surface;
  c[ImGuiCol_FrameBgHovered] = p.surface_hover;
  c[ImGuiCol_FrameBgActive] = p.surface_hover;
  c[ImGuiCol_TitleBg] = p.surface;
  c[ImGuiCol_TitleBgActive] = p.surface;
  c[ImGuiCol_MenuBarBg] = p.surface;
  c[ImGuiCol_ScrollbarBg] = ImVec4(0, 0, 0, 0);
  c[ImGuiCol_ScrollbarGrab] = p.border;
  c[ImGuiCol_ScrollbarGrabHovered] = p.text_muted;
  c[ImGuiCol_ScrollbarGrabActive] = p.accent;
  c[ImGuiCol_CheckMark] = p.accent;
  c[ImGuiCol_SliderGrab] = p.accent;
  c[ImGuiCol_SliderGrabActive] = p.accent;
  c[ImGuiCol_Button] = p.surface_hover;
  c[ImGuiCol_ButtonHovered] = Mix(p.surface_hover, p.accent, 0.18f);
  c[ImGuiCol_ButtonActive] = Mix(p.surface_hover, p.accent, 0.32f);
  c[ImGuiCol_Header] = Mix(p.surface, p.accent, 0.14f);
  c[ImGuiCol_HeaderHovered] = Mix(p.surface, p.accent, 0.22f);
  c[ImGuiCol_HeaderActive] = Mix(p.surface, p.accent, 0.30f);
  c[ImGuiCol_Separator] = p.border;
  c[ImGuiCol_Tab] = p.surface;
  c[ImGuiCol_TabHovered] = p.surface_hover;
  c[ImGuiCol_TabActive] = Mix(p.surface, p.accent, 0.14f);
  c[ImGuiCol_TableHeaderBg] = p.surface_hover;
  c[ImGuiCol_TableBorderStrong] = p.border;
  c[ImGuiCol_TableBorderLight] = p.border;
  c[ImGuiCol_TableRowBg] = p.surface;
  c[ImGuiCol_TableRowBgAlt] = Mix(p.surface, p.background, 0.6f);
  c[ImGuiCol_TextSelectedBg] = Mix(p.surface, p.accent, 0.35f);
  c[ImGuiCol_NavHighlight] = p.accent;
  c[ImGuiCol_ModalWindowDimBg] = ImVec4(0, 0, 0, 0.45f);
}

// ImGui scales its own defaults along with ours, so this starts from design pixels.
void ApplySizes(ImGuiStyle& s, float scale) {
  const Metrics m;
  s = ImGuiStyle();  // start from defaults so repeated scaling never compounds
  s.WindowPadding = ImVec2(m.window_padding_x, m.window_padding_y);
  s.FramePadding = ImVec2(m.frame_padding_x, m.frame_padding_y);
  s.CellPadding = ImVec2(m.cell_padding_x, m.cell_padding_y);
  s.ItemSpacing = ImVec2(m.item_spacing_x, m.item_spacing_y);
  s.ItemInnerSpacing = ImVec2(m.item_inner_spacing_x, m.item_inner_spacing_y);
  s.ScrollbarSize = m.scrollbar_size;
  s.GrabMinSize = m.grab_min_size;
  s.WindowBorderSize = 0;
  s.ChildBorderSize = m.hairline;
  s.PopupBorderSize = m.hairline;
  s.FrameBorderSize = 0;
  s.WindowRounding = 0;
  s.ChildRounding = m.child_rounding;
  s.FrameRounding = m.frame_rounding;
  s.PopupRounding = m.popup_rounding;
  s.ScrollbarRounding = m.frame_rounding;
  s.GrabRounding = m.frame_rounding;
  s.TabRounding = m.frame_rounding;
  s.ScaleAllSizes(scale);
}

}  // namespace

const Palette& PaletteFor(core::Theme theme) {
  switch (theme) {
    case core::Theme::kLight: return kLight;
    case core::Theme::kDark: return kDark;
    case core::Theme::kHighContrast: return kHighContrast;
  }
  return kLight;
}

void ApplyTheme(core::Theme theme, float pixel_scale, float min_frame_height, float font_size) {
  ImGuiStyle& style = ImGui::GetStyle();
  ApplySizes(style, pixel_scale);
  if (min_frame_height > 0.0f) {
    style.FramePadding.y = std::max(style.FramePadding.y, std::ceil((min_frame_height - font_size) * 0.5f));
    const Metrics touch = Metrics{}.Scaled(pixel_scale);
    style.ItemSpacing.y = std::max(style.ItemSpacing.y, touch.touch_item_spacing_y);
    style.ScrollbarSize = std::max(style.ScrollbarSize, touch.touch_scrollbar_size);
  }
  ApplyColors(PaletteFor(theme), style.Colors);
}

ImVec4 KindColor(const Palette& p, const char* kind) {
  struct Entry {
    const char* kind;
    ImVec4 Palette::*color;
  };
  static const Entry kMap[] = {
      {"technical_skill", &Palette::technical}, {"soft_skill", &Palette::soft},
      {"scorecard_dimension", &Palette::scorecard}, {"goal", &Palette::goals},
      {"kpi", &Palette::kpis}, {"tool", &Palette::tools},
  };
  for (const Entry& e : kMap) {
    if (std::strcmp(e.kind, kind) == 0) return p.*(e.color);
  }
  return p.other;
}

ImVec4 VerdictColor(const Palette& palette, core::Verdict verdict) {
  switch (verdict) {
    case core::Verdict::kReady: return palette.success;
    case core::Verdict::kAlmost: return palette.scorecard;
    case core::Verdict::kNotYet: return palette.danger;
  }
  return palette.text;
}

}  // namespace rex::ui
