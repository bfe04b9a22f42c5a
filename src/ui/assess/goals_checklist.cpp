// Goals and milestones as a checklist, one group per horizon with its progress.
#include <imgui.h>

#include <algorithm>
#include <string>
#include <vector>

#include "ui/assess/assess_views.hpp"
#include "ui/keys.hpp"
#include "ui/widgets.hpp"

namespace rex::ui {
namespace {

void DrawProgress(UiContext& ctx, int done, int total) {
  const float fraction = total > 0 ? static_cast<float>(done) / static_cast<float>(total) : 0.0f;
  ImGui::PushStyleColor(ImGuiCol_PlotHistogram, ctx.palette.goals);
  ImGui::PushStyleColor(ImGuiCol_FrameBg, ctx.palette.surface_hover);
  const std::string label = std::to_string(done) + " of " + std::to_string(total);
  ImGui::ProgressBar(fraction, ImVec2(ctx.metrics.goals_bar_width, ctx.metrics.thin_bar_height), "");
  ImGui::PopStyleColor(2);
  ImGui::SameLine();
  ImGui::TextColored(ctx.palette.text_muted, "%s", Shown(ctx, label));
}

// The checklist items in role order: what J/K and the arrows step through.
std::vector<const core::Item*> Goals(const core::Role& role) {
  std::vector<const core::Item*> goals;
  for (const core::Section& section : role.sections) {
    for (const core::Group& group : section.groups) {
      for (const core::Item& item : group.items) {
        if (role.rating_model.IsChecklist(item)) goals.push_back(&item);
      }
    }
  }
  return goals;
}

// Keyboard: J/K or Down/Up move, X or Enter ticks the focused goal. (Not Space:
// ImGui's own keyboard navigation uses it to press whatever it has focused.)
void HandleGoalKeys(UiContext& ctx, const std::vector<const core::Item*>& goals) {
  const ImGuiIO& io = ImGui::GetIO();
  if (io.WantTextInput || io.KeyCtrl || io.KeyAlt || goals.empty() || PopupIsOpen()) return;
  AssessState& state = ctx.view.assess;
  const int count = static_cast<int>(goals.size());
  if (const int step = FocusStepKeys()) MoveFocus(ctx, step, count);
  state.focused = std::clamp(state.focused, 0, count - 1);
  if (ImGui::IsKeyPressed(keys::Char('X'), false) || ImGui::IsKeyPressed(keys::kEnter, false)) {
    const core::Item& goal = *goals[static_cast<size_t>(state.focused)];
    const auto found = ctx.session.CurrentAssessment()->goals_done.find(goal.id);
    ctx.Emit(core::SetGoalDone{goal.id, found == ctx.session.CurrentAssessment()->goals_done.end() || !found->second});
  }
}

void DrawGroup(UiContext& ctx, const core::Group& group, const core::Item* focused_goal) {
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
  TextShown(ctx, group.title);
  ImGui::PopFont();
  SameLineAt(row_x + ctx.metrics.goal_label_width);
  DrawProgress(ctx, done, total);
  for (const core::Item& item : group.items) {
    if (!model.IsChecklist(item)) continue;
    const auto found = assessment.goals_done.find(item.id);
    bool checked = found != assessment.goals_done.end() && found->second;
    ImGui::PushID(item.id.c_str());
    const bool focused = &item == focused_goal;
    if (focused) {
      // The keyboard focus: a tinted band behind the row, as in the rating table.
      const ImVec2 at = ImGui::GetCursorScreenPos();
      ImGui::GetWindowDrawList()->AddRectFilled(
          ImVec2(at.x - ctx.metrics.space_xs, at.y - ctx.metrics.space_2xs),
          ImVec2(at.x + ImGui::GetContentRegionAvail().x, at.y + ImGui::GetFrameHeight() + ctx.metrics.space_2xs),
          ImGui::GetColorU32(ctx.palette.surface_hover), ctx.metrics.ring_rounding);
      if (ctx.view.assess.scroll_to_focus) {
        ImGui::SetScrollHereY(0.4f);
        ctx.view.assess.scroll_to_focus = false;
      }
    }
    if (ImGui::Checkbox(item.name.c_str(), &checked)) ctx.Emit(core::SetGoalDone{item.id, checked});
    ctx.Mark("assess.goal." + item.id);
    if (!item.text.empty()) {
      ImGui::Indent(ImGui::GetFrameHeight() + ImGui::GetStyle().ItemInnerSpacing.x);
      TextMuted(ctx, item.text.c_str());
      ImGui::Unindent(ImGui::GetFrameHeight() + ImGui::GetStyle().ItemInnerSpacing.x);
    }
    ImGui::PopID();
  }
  ImGui::Dummy(ImVec2(0, ctx.metrics.space_s));
  ImGui::PopID();
}

}  // namespace

void DrawGoalsChecklist(UiContext& ctx, const core::Role& role) {
  const std::vector<const core::Item*> goals = Goals(role);
  HandleGoalKeys(ctx, goals);
  const core::Item* focused = goals.empty() ? nullptr : goals[static_cast<size_t>(ctx.view.assess.focused)];
  ImGui::BeginChild("##goals", ImVec2(0, 0), false);
  for (const core::Section& section : role.sections) {
    for (const core::Group& group : section.groups) DrawGroup(ctx, group, focused);
  }
  ImGui::EndChild();
}

}  // namespace rex::ui
