#include <imgui.h>

#include <algorithm>
#include <string>

#include "ui/explore/explore_views.hpp"
#include "ui/widgets.hpp"

namespace rex::ui {
namespace {

int ItemCount(const core::Section& section) {
  int n = 0;
  for (const core::Group& g : section.groups) n += static_cast<int>(g.items.size());
  return n;
}

}  // namespace

void DrawSectionNav(UiContext& ctx, const core::Role& role) {
  ExploreState& state = ctx.view.explore;
  ImGui::PushFont(ctx.fonts.small);
  ImGui::TextColored(ctx.palette.text_muted, "SECTIONS");
  ImGui::PopFont();
  const float row_height = std::max(ImGui::GetTextLineHeight() + ctx.metrics.nav_row_padding, ImGui::GetFrameHeight());
  for (size_t i = 0; i < role.sections.size(); ++i) {
    const core::Section& section = role.sections[i];
    ImGui::PushID(static_cast<int>(i));
    const bool selected = state.query.empty() && state.section == static_cast<int>(i);
    const ImVec2 start = ImGui::GetCursorPos();
    if (ImGui::Selectable("##section", selected, 0, ImVec2(0, row_height))) {
      state.section = static_cast<int>(i);
      state.query.clear();
      state.scroll_to_item.clear();
      ImGui::SetScrollY(0);
      ctx.redraw = true;
    }
    ctx.Mark("section." + section.id);
    const float text_y = start.y + (row_height - ImGui::GetTextLineHeight()) * 0.5f;
    ImGui::SetCursorPos(ImVec2(start.x + ctx.metrics.space_s, text_y));
    ImGui::TextColored(ctx.palette.text_muted, "%2d", section.number);
    ImGui::SameLine(start.x + ctx.metrics.nav_label_indent);
    TextShown(ctx, section.title);
    const std::string count = std::to_string(ItemCount(section));
    ImGui::SameLine(ImGui::GetWindowContentRegionMax().x - ImGui::CalcTextSize(count.c_str()).x - ctx.metrics.space_s);
    ImGui::TextColored(ctx.palette.text_muted, "%s", Shown(ctx, count));
    ImGui::SetCursorPos(ImVec2(start.x, start.y + row_height + ImGui::GetStyle().ItemSpacing.y * 0.25f));
    ImGui::PopID();
  }
}

}  // namespace rex::ui
