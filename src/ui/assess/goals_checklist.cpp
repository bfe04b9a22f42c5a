// Goals and milestones as a checklist, one group per horizon with its progress.
#include <imgui.h>

#include <string>

#include "ui/assess/assess_views.hpp"
#include "ui/widgets.hpp"

namespace rex::ui {
namespace {

void DrawProgress(UiContext& ctx, int done, int total) {
  const float fraction = total > 0 ? static_cast<float>(done) / static_cast<float>(total) : 0.0f;
  ImGui::PushStyleColor(ImGuiCol_PlotHistogram, ctx.palette.goals);
  ImGui::PushStyleColor(ImGuiCol_FrameBg, ctx.palette.surface_hover);
  const std::string label = std::to_string(done) + " of " + std::to_string(total);
  ImGui::ProgressBar(fraction, ImVec2(ctx.Px(220), ctx.Px(8)), "");
  ImGui::PopStyleColor(2);
  ImGui::SameLine();
  ImGui::TextColored(ctx.palette.text_muted, "%s", label.c_str());
}

void DrawGroup(UiContext& ctx, const core::Group& group) {
  const core::Assessment& assessment = *ctx.session.CurrentAssessment();
  const core::RatingModel& model = ctx.session.CurrentRole()->rating_model;
  int total = 0, done = 0;
  for (const core::Item& item : group.items) {
    if (!model.IsChecklist(item)) continue;
    ++total;
    const auto found = assessment.goals_done.find(item.id);
    done += found != assessment.goals_done.end() && found->second;
  }
  if (total == 0) return;
  ImGui::PushID(group.id.c_str());
  const float row_x = ImGui::GetCursorPosX();
  ImGui::PushFont(ctx.fonts.heading);
  ImGui::TextUnformatted(group.title.c_str());
  ImGui::PopFont();
  SameLineAt(row_x + ctx.Px(280));
  DrawProgress(ctx, done, total);
  for (const core::Item& item : group.items) {
    if (!model.IsChecklist(item)) continue;
    const auto found = assessment.goals_done.find(item.id);
    bool checked = found != assessment.goals_done.end() && found->second;
    ImGui::PushID(item.id.c_str());
    if (ImGui::Checkbox(item.name.c_str(), &checked)) ctx.Emit(core::SetGoalDone{item.id, checked});
    ctx.Mark("assess.goal." + item.id);
    if (!item.text.empty()) {
      ImGui::Indent(ImGui::GetFrameHeight() + ImGui::GetStyle().ItemInnerSpacing.x);
      TextMuted(ctx, item.text.c_str());
      ImGui::Unindent(ImGui::GetFrameHeight() + ImGui::GetStyle().ItemInnerSpacing.x);
    }
    ImGui::PopID();
  }
  ImGui::Dummy(ImVec2(0, ctx.Px(10)));
  ImGui::PopID();
}

}  // namespace

void DrawGoalsChecklist(UiContext& ctx, const core::Role& role) {
  ImGui::BeginChild("##goals", ImVec2(0, 0), false);
  for (const core::Section& section : role.sections) {
    for (const core::Group& group : section.groups) DrawGroup(ctx, group);
  }
  ImGui::EndChild();
}

}  // namespace rex::ui
