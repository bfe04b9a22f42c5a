#include <imgui.h>

#include <cmath>

#include "ui/pages/pages.hpp"
#include "ui/progress/progress_views.hpp"
#include "ui/widgets.hpp"

namespace rex::ui {
void DrawProgressPage(UiContext& ctx) {
  const core::Role* role = ctx.session.CurrentRole();
  if (!role || !ctx.score) {
    EmptyState(ctx, "No role loaded", "The role files built into this page did not pass validation.");
    return;
  }
  // Always reserve the scrollbar: widths then do not jump when the page grows.
  ImGui::BeginChild("##progress", ImVec2(0, 0), false, ImGuiWindowFlags_AlwaysVerticalScrollbar);
  const float gap = ctx.metrics.column_gap;
  const float avail = ImGui::GetContentRegionAvail().x;
  // The chart is what people come for: it gets the larger share of the first row
  // (on a phone, the whole width, with the ladder and timeline under it).
  const float left = ctx.narrow ? avail : std::floor((avail - gap) * 0.58f);
  const float right = ctx.narrow ? avail : avail - gap - left;
  DrawRadarCard(ctx, *role, left);
  if (ctx.narrow) {
    ImGui::Dummy(ImVec2(0, gap * 0.5f));
  } else {
    ImGui::SameLine(0, gap);
  }
  ImGui::BeginGroup();
  DrawLevelLadder(ctx, right);
  ImGui::Dummy(ImVec2(0, gap * 0.5f));
  DrawMilestoneTimeline(ctx, *role, right);
  ImGui::EndGroup();
  ImGui::Dummy(ImVec2(0, gap * 0.5f));
  DrawCareerGraph(ctx, avail);
  ImGui::Dummy(ImVec2(0, gap * 0.5f));
  DrawLevelDiff(ctx, *role, avail);
  ImGui::EndChild();
}

}  // namespace rex::ui
