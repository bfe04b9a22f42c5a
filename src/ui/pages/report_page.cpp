#include <imgui.h>

#include "ui/pages/pages.hpp"
#include "ui/report/report_views.hpp"
#include "ui/widgets.hpp"

namespace rex::ui {

void DrawReportPage(UiContext& ctx) {
  const core::Role* role = ctx.session.CurrentRole();
  if (!role || !ctx.score) {
    EmptyState(ctx, "No role loaded", "The role files built into this page did not pass validation.");
    return;
  }
  ImGui::BeginChild("##report", ImVec2(0, 0), false, ImGuiWindowFlags_AlwaysVerticalScrollbar);
  const float gap = ctx.metrics.column_gap;
  const float avail = ImGui::GetContentRegionAvail().x;
  const float half = ctx.narrow ? avail : (avail - gap) * 0.5f;  // a phone: one card under the other
  DrawReportFileCard(ctx, half);
  if (ctx.narrow) {
    ImGui::Dummy(ImVec2(0, gap * 0.5f));
  } else {
    ImGui::SameLine(0, gap);
  }
  DrawPacketCard(ctx, half);
  ImGui::Dummy(ImVec2(0, gap * 0.5f));
  if (!ctx.aside.empty()) {
    DrawAsideCopies(ctx, avail);
    ImGui::Dummy(ImVec2(0, gap * 0.5f));
  }
  DrawSnapshots(ctx, *role, avail);
  ImGui::Dummy(ImVec2(0, gap * 0.5f));
  DrawManagerReview(ctx, *role, avail);
  ImGui::Dummy(ImVec2(0, gap * 0.5f));
  DrawRolesCard(ctx, avail);
  ImGui::EndChild();
}

}  // namespace rex::ui
