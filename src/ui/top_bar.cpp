#include "ui/top_bar.hpp"

#include <imgui.h>

#include <algorithm>
#include <iterator>
#include <string>

#include "ui/keys.hpp"
#include "ui/widgets.hpp"

namespace rex::ui {
namespace {

struct NavEntry {
  Page page;
  const char* label;
  const char* widget;
};
constexpr NavEntry kNav[] = {
    {Page::kExplore, "Explore", "nav.explore"},
    {Page::kAssess, "Assess", "nav.assess"},
    {Page::kProgress, "Progress", "nav.progress"},
    {Page::kReport, "Report", "nav.report"},
    {Page::kTeam, "Team", "nav.team"},
};

// The role's title in at most `max_width`: a longer one is cut with "…" (the
// whole title shows on hover), so it never runs under the page tabs.
void DrawTitle(UiContext& ctx, float max_width) {
  const core::Role* role = ctx.session.CurrentRole();
  const std::string title = role ? role->title : std::string("No role loaded");
  ImGui::BeginGroup();
  ImGui::PushFont(ctx.fonts.small);
  ImGui::TextColored(ctx.palette.accent, "ROLE EXPLORER");
  ImGui::PopFont();
  ImGui::PushFont(ctx.fonts.heading);
  const char* shown = Shown(ctx, title);
  const float width = ImGui::CalcTextSize(shown).x;
  const ImVec2 at = ImGui::GetCursorScreenPos();
  const float line = ImGui::GetTextLineHeight();
  const ImU32 colour = ImGui::GetColorU32(ctx.palette.text);
  ImDrawList* draw = ImGui::GetWindowDrawList();
  if (width <= max_width) {
    draw->AddText(at, colour, shown);
  } else {
    const float ellipsis = ImGui::CalcTextSize("…").x;
    const ImVec4 clip(at.x, at.y, at.x + std::max(0.0f, max_width - ellipsis), at.y + line);
    draw->AddText(ImGui::GetFont(), ImGui::GetFontSize(), at, colour, shown, nullptr, 0.0f, &clip);
    draw->AddText(ImVec2(clip.z, at.y), colour, "…");
  }
  ImGui::Dummy(ImVec2(std::min(width, max_width), line));
  ImGui::PopFont();
  ImGui::EndGroup();
  ctx.Mark("topbar.title", title);
  if (width > max_width && ImGui::IsItemHovered()) {
    ImGui::PushFont(ctx.fonts.heading);
    ImGui::SetTooltip("%s", shown);
    ImGui::PopFont();
  }
}

float NavigationWidth(const UiContext& ctx) {
  ImGui::PushFont(ctx.fonts.strong);
  float width = 0;
  for (const NavEntry& entry : kNav) {
    width += ImGui::CalcTextSize(entry.label).x + ctx.metrics.pill_padding_x * 2 + ImGui::GetStyle().ItemSpacing.x;
  }
  ImGui::PopFont();
  return width;
}

// Shift+1..5 opens a page from anywhere but a text field: the whole app is usable
// without a mouse. (Plain digits rate items; Ctrl/Alt+digits belong to the browser.)
void HandlePageKeys(UiContext& ctx) {
  const ImGuiIO& io = ImGui::GetIO();
  if (io.WantTextInput || !io.KeyShift || io.KeyCtrl || io.KeyAlt || PopupIsOpen()) return;
  for (size_t i = 0; i < std::size(kNav); ++i) {
    if (!ImGui::IsKeyPressed(keys::Char(static_cast<char>('1' + i)), false)) continue;
    ctx.view.page = kNav[i].page;
    ctx.redraw = true;
  }
}

// `own_row`: the tabs start a row of their own instead of following the title.
// `tab_width` 0: each as wide as its label; else all that wide (a phone's row).
void DrawNavigation(UiContext& ctx, bool own_row, float tab_width = 0.0f) {
  HandlePageKeys(ctx);
  for (size_t i = 0; i < std::size(kNav); ++i) {
    const NavEntry& entry = kNav[i];
    if (i > 0 || !own_row) ImGui::SameLine(0, tab_width > 0 ? ctx.metrics.tab_gap : -1.0f);
    if (Pill(ctx, entry.label, ctx.view.page == entry.page, tab_width)) ctx.view.page = entry.page;
    ctx.Mark(entry.widget, "", AccessibleHint::Tab(entry.label, ctx.view.page == entry.page, "Pages"));
    if (!ctx.touch && ImGui::IsItemHovered()) ImGui::SetTooltip("Shift+%zu", i + 1);  // a key hint, for keyboards
  }
}

// Always visible: whether work is kept in this browser. A problem shows in red,
// a change waiting for the debounce as "Saving…".
void DrawStorageIndicator(UiContext& ctx) {
  const core::SaveStatus& storage = ctx.storage;
  const bool problem = storage.state == core::SaveState::kNotSaved || storage.state == core::SaveState::kConflict;
  const ImVec4 dot = problem                                         ? ctx.palette.danger
                     : storage.state == core::SaveState::kSaving ? ctx.palette.text_muted
                                                                 : ctx.palette.success;
  const std::string text = problem ? "Not saved: " + storage.why
                           : storage.state == core::SaveState::kSaving ? std::string("Saving…")
                                                                       : std::string("Saved in this browser");
  ImGui::PushFont(ctx.fonts.small);
  ImGui::TextColored(dot, "●");
  ImGui::SameLine(0, ctx.metrics.space_xs);
  ImGui::TextColored(problem ? ctx.palette.danger : ctx.palette.text_muted, "%s", Shown(ctx, text));
  ImGui::PopFont();
  ctx.Mark("storage.status");
  if (ImGui::IsItemHovered() && !storage.detail.empty()) ImGui::SetTooltip("%s", Shown(ctx, storage.detail));
}

void DrawRoleSwitcher(UiContext& ctx) {
  const core::Role* current = ctx.session.CurrentRole();
  ImGui::SetNextItemWidth(ctx.metrics.wide_combo_width);
  ImGui::PushStyleVar(ImGuiStyleVar_FrameBorderSize, ctx.metrics.hairline);
  const bool open = ImGui::BeginCombo("##role", current ? Shown(ctx, current->title) : "—");
  ImGui::PopStyleVar();
  if (open) {
    for (int i = 0; i < static_cast<int>(ctx.session.roles.size()); ++i) {
      ImGui::PushID(i);
      const bool selected = i == ctx.session.current_role;
      if (ImGui::Selectable(Shown(ctx, ctx.session.roles[static_cast<size_t>(i)].role.title), selected)) {
        ctx.Emit(core::SelectRole{i});
      }
      ctx.Mark("role.option." + std::to_string(i));
      ImGui::PopID();
    }
    ImGui::Separator();
    if (ImGui::Selectable("Load a role…")) ctx.Request(OpenFilePicker{});
    ctx.Mark("role.load");
    ImGui::EndCombo();
  }
  ctx.Mark("role.switcher");
  if (ImGui::IsItemHovered()) ImGui::SetTooltip("Switch role");
}

void DrawDisplayControls(UiContext& ctx, bool stacked = false) {
  const core::Preferences& prefs = ctx.session.preferences;
  if (!stacked) ImGui::SameLine();
  if (ImGui::Button("A-")) ctx.Emit(core::SetFontScale{prefs.font_scale - core::Preferences::kFontScaleStep});
  ctx.Mark("font.smaller");
  if (ImGui::IsItemHovered()) ImGui::SetTooltip("Smaller text");
  ImGui::SameLine(0, ctx.metrics.space_xs);
  if (ImGui::Button("A+")) ctx.Emit(core::SetFontScale{prefs.font_scale + core::Preferences::kFontScaleStep});
  ctx.Mark("font.larger");
  if (ImGui::IsItemHovered()) ImGui::SetTooltip("Larger text");
  if (!stacked) ImGui::SameLine();
  if (ImGui::Button("About")) ctx.view.about_open = true;
  ctx.Mark("about.open");
  if (ImGui::IsItemHovered()) ImGui::SetTooltip("Version, licence and third-party notices (F1)");
  if (!stacked) ImGui::SameLine();
  const bool dark = prefs.theme == core::Theme::kDark;
  if (ImGui::Button(dark ? "Light theme" : "Dark theme")) {
    ctx.Emit(core::SetTheme{dark ? core::Theme::kLight : core::Theme::kDark});
  }
  ctx.Mark("theme.toggle");
  ImGui::SameLine(0, ctx.metrics.space_xs);
  const bool high = prefs.theme == core::Theme::kHighContrast;
  if (ImGui::Button("◐")) ctx.Emit(core::SetTheme{high ? core::Theme::kLight : core::Theme::kHighContrast});
  ctx.Mark("theme.contrast");
  if (ImGui::IsItemHovered()) ImGui::SetTooltip(high ? "Back to the light theme" : "High contrast");
}

// What the storage status, role switcher and display controls take, measured from
// their labels (the longest state of each), so the title gets the rest.
float ControlsWidth(const UiContext& ctx) {
  const ImGuiStyle& style = ImGui::GetStyle();
  const auto button = [&](const char* label) { return ImGui::CalcTextSize(label).x + style.FramePadding.x * 2; };
  ImGui::PushFont(ctx.fonts.small);
  const float storage = ImGui::CalcTextSize("●").x + ctx.metrics.space_xs +
                        ImGui::CalcTextSize("Saved in this browser").x + ctx.metrics.space_l;
  ImGui::PopFont();
  const float buttons = button("A-") + button("A+") + button("About") + button("Light theme") + button("◐");
  return storage + ctx.metrics.wide_combo_width + buttons + style.ItemSpacing.x * 3 + ctx.metrics.space_xs * 2;
}

// Closes the bar's child window and draws the line under it.
void EndTopBar(const UiContext& ctx) {
  ImGui::EndChild();
  ImGui::PopStyleVar();
  ImGui::PopStyleColor();
  const ImVec2 min = ImGui::GetItemRectMin();
  const ImVec2 max = ImGui::GetItemRectMax();
  ImGui::GetWindowDrawList()->AddLine(ImVec2(min.x, max.y), max, ImGui::GetColorU32(ctx.palette.border),
                                      ctx.metrics.hairline);
}

// A phone: the title and a Menu button on the first row, the five page tabs
// sharing the second; the storage status, role switcher and display controls
// live in the menu (they cannot share 390 pixels with a title).
void DrawCompactTopBar(UiContext& ctx) {
  const float padding = ctx.metrics.page_padding_narrow_x;
  const float row = ImGui::GetFrameHeight() + ctx.metrics.top_bar_compact_row;
  const float tabs_row = ImGui::GetFrameHeight() + ctx.metrics.space_m;
  const bool problem = ctx.storage.state == core::SaveState::kNotSaved || ctx.storage.state == core::SaveState::kConflict;
  ImGui::PushStyleColor(ImGuiCol_ChildBg, ctx.palette.surface);
  ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(padding, ctx.metrics.space_s));
  ImGui::BeginChild("##topbar", ImVec2(0, row + tabs_row), false,
                    ImGuiWindowFlags_AlwaysUseWindowPadding | ImGuiWindowFlags_NoScrollbar);
  const float menu_width = ImGui::CalcTextSize("Menu").x + ImGui::GetStyle().FramePadding.x * 2;
  const float right = ImGui::GetWindowContentRegionMax().x;
  DrawTitle(ctx, right - menu_width - ImGui::GetCursorPosX() - ctx.metrics.space_m);
  ImGui::SameLine(right - menu_width);
  ImGui::SetCursorPosY((row - ImGui::GetFrameHeight()) * 0.5f);
  if (problem) ImGui::PushStyleColor(ImGuiCol_Text, ctx.palette.danger);  // "Not saved" is never hidden away
  if (ImGui::Button("Menu")) ImGui::OpenPopup("##menu");
  if (problem) ImGui::PopStyleColor();
  ctx.Mark("topbar.menu");
  if (ImGui::BeginPopup("##menu")) {
    DrawStorageIndicator(ctx);
    DrawRoleSwitcher(ctx);
    DrawDisplayControls(ctx, true);
    ImGui::EndPopup();
  }
  const float width = ImGui::GetWindowContentRegionMax().x - ImGui::GetWindowContentRegionMin().x;
  ImGui::SetCursorPos(ImVec2(padding, row));
  DrawNavigation(ctx, true, (width - ctx.metrics.tab_gap * (std::size(kNav) - 1)) / std::size(kNav));
  EndTopBar(ctx);
}

}  // namespace

void DrawTopBar(UiContext& ctx) {
  if (ctx.narrow) {
    DrawCompactTopBar(ctx);
    return;
  }
  const float row = ctx.metrics.top_bar_height;
  const float padding = ctx.metrics.page_padding_x;
  // Title, tabs and controls on one row when they fit beside a title of some
  // width; otherwise the tabs move to a second row, so they never overlap.
  const float width = ImGui::GetContentRegionAvail().x - padding * 2;
  const float least_title = ctx.metrics.title_min_width + ctx.metrics.title_gap + ctx.metrics.space_l;
  const bool tabs_below = NavigationWidth(ctx) + ControlsWidth(ctx) + least_title > width;
  const float height = tabs_below ? row + ctx.metrics.top_bar_tabs_row : row;
  ImGui::PushStyleColor(ImGuiCol_ChildBg, ctx.palette.surface);
  ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(padding, ctx.metrics.top_bar_padding_y));
  ImGui::BeginChild("##topbar", ImVec2(0, height), false,
                    ImGuiWindowFlags_AlwaysUseWindowPadding | ImGuiWindowFlags_NoScrollbar);
  const float controls_x = ImGui::GetWindowContentRegionMax().x - ControlsWidth(ctx);
  const float beside_title = tabs_below ? 0.0f : NavigationWidth(ctx) + ctx.metrics.title_gap;
  DrawTitle(ctx, std::max(ctx.metrics.title_min_width,
                          controls_x - ImGui::GetCursorPosX() - beside_title - ctx.metrics.space_l));
  float controls_at = controls_x;
  if (!tabs_below) {
    ImGui::SameLine(0, ctx.metrics.title_gap);
    ImGui::SetCursorPosY((row - ImGui::GetFrameHeight()) * 0.5f);
    DrawNavigation(ctx, false);
    // After the last tab's right edge (the cursor itself has moved to the next line).
    controls_at = std::max(controls_x, ImGui::GetItemRectMax().x - ImGui::GetWindowPos().x + ctx.metrics.space_l);
  }
  ImGui::SameLine(controls_at);
  ImGui::SetCursorPosY((row - ImGui::GetFrameHeight()) * 0.5f + ImGui::GetStyle().FramePadding.y);
  DrawStorageIndicator(ctx);
  ImGui::SameLine(0, ctx.metrics.space_l);
  ImGui::SetCursorPosY((row - ImGui::GetFrameHeight()) * 0.5f);
  DrawRoleSwitcher(ctx);
  DrawDisplayControls(ctx);
  if (tabs_below) {
    // The first tab's label lines up with the title.
    ImGui::SetCursorPos(ImVec2(padding - ctx.metrics.pill_padding_x, row));
    DrawNavigation(ctx, true);
  }
  EndTopBar(ctx);
}

}  // namespace rex::ui
