#include <imgui.h>

#include "ui/assess/assess_views.hpp"
#include "ui/pages/pages.hpp"
#include "ui/widgets.hpp"

namespace rex::ui {

std::vector<const core::ItemScore*> VisibleRows(const UiContext& ctx) {
  return ctx.score ? RowsInCategory(*ctx.score, ctx.view.assess.category) : std::vector<const core::ItemScore*>{};
}

// A phone: one column in one scroll: figures, tabs, one item at a time, then why.
void DrawCompactAssessPage(UiContext& ctx, const core::Role& role) {
  ImGui::BeginChild("##assess-compact", ImVec2(0, 0), false);
  DrawAssessHeader(ctx, role);
  DrawCategoryTabs(ctx);
  if (ctx.view.assess.category.IsGoals()) {
    DrawGoalsChecklist(ctx, role);
  } else {
    const std::vector<const core::ItemScore*> rows = VisibleRows(ctx);
    HandleAssessKeys(ctx, rows);
    DrawFocusView(ctx, role, rows);
    ImGui::Dummy(ImVec2(0, ctx.metrics.space_l));
    ImGui::Separator();
    DrawReadinessPanel(ctx, role);
  }
  ImGui::EndChild();
}

void DrawAssessPage(UiContext& ctx) {
  const core::Role* role = ctx.session.CurrentRole();
  if (!role || !ctx.score) {
    EmptyState(ctx, "No role to assess", "The role files built into this page did not pass validation.");
    return;
  }
  if (ctx.narrow) {
    DrawCompactAssessPage(ctx, *role);
    return;
  }
  DrawAssessHeader(ctx, *role);
  DrawCategoryTabs(ctx);
  AssessState& state = ctx.view.assess;
  if (state.category.IsGoals()) {
    DrawGoalsChecklist(ctx, *role);
    return;
  }
  const std::vector<const core::ItemScore*> rows = VisibleRows(ctx);
  HandleAssessKeys(ctx, rows);
  const float panel_width = ctx.metrics.side_panel_width;
  const float gap = ctx.metrics.side_panel_gap;
  ImGui::BeginChild("##assess-main", ImVec2(ImGui::GetContentRegionAvail().x - panel_width - gap, 0), false);
  if (state.mode == AssessMode::kFocus) {
    DrawFocusView(ctx, *role, rows);
  } else {
    DrawRatingTable(ctx, *role, rows);
  }
  ImGui::EndChild();
  ImGui::SameLine(0, gap);
  DrawReadinessPanel(ctx, *role);
}

}  // namespace rex::ui
