#include <imgui.h>

#include "ui/explore/explore_views.hpp"

namespace rex::ui {

void FinishItem(UiContext& ctx, const core::Item& item) {
  ExploreState& state = ctx.view.explore;
  const ImVec2 min = ImGui::GetItemRectMin();
  const ImVec2 max = ImGui::GetItemRectMax();
  if (state.selected_item == item.id) {
    // Drawn over the item as a frame so it reads as "this one" in any view.
    ImGui::GetWindowDrawList()->AddRect(ImVec2(min.x - ctx.metrics.space_xs, min.y - ctx.metrics.space_2xs),
                                        ImVec2(max.x + ctx.metrics.space_xs, max.y + ctx.metrics.space_2xs),
                                        ImGui::GetColorU32(ctx.palette.accent), ctx.metrics.ring_rounding, 0,
                                        ctx.metrics.stroke_strong);
  }
  if (state.scroll_to_item == item.id) {
    ImGui::SetScrollHereY(0.25f);
    state.scroll_to_item.clear();
    ctx.redraw = true;
  }
  if (ImGui::IsItemHovered() && ImGui::IsMouseClicked(ImGuiMouseButton_Left)) {
    state.selected_item = state.selected_item == item.id ? "" : item.id;
    ctx.redraw = true;
  }
  ctx.Mark("item." + item.id);
}

}  // namespace rex::ui
