#include <imgui.h>

#include <algorithm>

#include "ui/explore/explore_views.hpp"
#include "ui/keys.hpp"
#include "ui/pages/pages.hpp"
#include "ui/widgets.hpp"

namespace rex::ui {
namespace {

// Ctrl+K anywhere, or "/" when no text field has focus, jumps to search.
void HandleSearchShortcut(UiContext& ctx) {
  const ImGuiIO& io = ImGui::GetIO();
  if (PopupIsOpen()) return;
  const bool ctrl_k = io.KeyCtrl && ImGui::IsKeyPressed(keys::Char('K'), false);
  const bool slash = !io.WantTextInput && !io.KeyCtrl && ImGui::IsKeyPressed(keys::Char('/'), false);
  if (ctrl_k || slash) {
    ctx.view.explore.focus_search = true;
    ctx.redraw = true;
  }
}

void DrawSidebar(UiContext& ctx, const core::Role& role) {
  ImGui::BeginChild("##sidebar", ImVec2(ctx.metrics.sidebar_width, 0), false);
  DrawSearchBox(ctx);
  ImGui::Spacing();
  DrawSectionNav(ctx, role);
  ImGui::EndChild();
}

void DrawMain(UiContext& ctx, const core::Role& role, float width) {
  ImGui::BeginChild("##main", ImVec2(width, 0), false);
  ExploreState& state = ctx.view.explore;
  if (!state.query.empty()) {
    DrawSearchResults(ctx, role);
  } else {
    state.section = std::clamp(state.section, 0, static_cast<int>(role.sections.size()) - 1);
    DrawSection(ctx, role, role.sections[static_cast<size_t>(state.section)]);
  }
  ImGui::EndChild();
}

// A phone: search and a section menu above the section, and an item's detail in
// place of the section while it is open (its Close button goes back).
void DrawCompactExplore(UiContext& ctx, const core::Role& role, const core::Item* selected) {
  if (selected) {
    DrawItemDetail(ctx, role, *selected);
    return;
  }
  DrawSearchBox(ctx);
  const ExploreState& state = ctx.view.explore;
  const int section = std::clamp(state.section, 0, static_cast<int>(role.sections.size()) - 1);
  ImGui::SetNextItemWidth(-1);
  if (ImGui::BeginCombo("##sections", Shown(ctx, role.sections[static_cast<size_t>(section)].title),
                        ImGuiComboFlags_HeightLargest)) {
    DrawSectionNav(ctx, role);
    ImGui::EndCombo();
  }
  ctx.Mark("explore.sections", "", AccessibleHint::Button("Sections"));
  ImGui::Spacing();
  DrawMain(ctx, role, ImGui::GetContentRegionAvail().x);
}

}  // namespace

void DrawExplorePage(UiContext& ctx) {
  const core::Role* role = ctx.session.CurrentRole();
  if (!role || role->sections.empty()) {
    EmptyState(ctx, "No role could be loaded", "The role files built into this page did not pass validation.");
    return;
  }
  HandleSearchShortcut(ctx);
  if (ctx.narrow) {
    DrawCompactExplore(ctx, *role, role->FindItem(ctx.view.explore.selected_item));
    return;
  }
  DrawSidebar(ctx, *role);
  ImGui::SameLine(0, ctx.metrics.side_panel_gap);
  const core::Item* selected = role->FindItem(ctx.view.explore.selected_item);
  const float detail_width = selected ? ctx.metrics.side_panel_width : 0.0f;
  const float gap = selected ? ctx.metrics.side_panel_gap : 0.0f;
  DrawMain(ctx, *role, ImGui::GetContentRegionAvail().x - detail_width - gap);
  if (selected) {
    ImGui::SameLine(0, gap);
    DrawItemDetail(ctx, *role, *selected);
  }
}

}  // namespace rex::ui
