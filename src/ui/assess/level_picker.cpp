#include "ui/assess/level_picker.hpp"

#include <imgui.h>

#include "ui/assess/level_meaning.hpp"

namespace rex::ui {
namespace {

void MarkExpected(const UiContext& ctx, float size) {
  // The target level: a small bar under its button.
  const ImVec2 min = ImGui::GetItemRectMin();
  const ImVec2 max = ImGui::GetItemRectMax();
  ImGui::GetWindowDrawList()->AddRectFilled(ImVec2(min.x + size * 0.25f, max.y + ctx.Px(2)),
                                            ImVec2(max.x - size * 0.25f, max.y + ctx.Px(4)),
                                            ImGui::GetColorU32(ctx.palette.text_muted), ctx.Px(1));
}

}  // namespace

LevelPick LevelPicker(UiContext& ctx, const std::string& widget_prefix, const core::RatingModel& model,
                      const core::Item& item, std::optional<int> level, int expected, const ImVec4& color) {
  LevelPick pick;
  const float size = ImGui::GetFrameHeight();
  ImGui::PushStyleVar(ImGuiStyleVar_ItemSpacing, ImVec2(ctx.Px(3), 0));
  for (const core::ScaleLevel& step : model.scale) {
    if (step.level != model.scale.front().level) ImGui::SameLine();
    ImGui::PushID(step.level);
    const bool selected = level && *level == step.level;
    const bool at_or_below = level && step.level <= *level;
    const ImVec4 fill = selected ? color : at_or_below ? ImVec4(color.x, color.y, color.z, 0.28f) : ctx.palette.surface_hover;
    ImGui::PushStyleColor(ImGuiCol_Button, fill);
    ImGui::PushStyleColor(ImGuiCol_ButtonHovered, ImVec4(color.x, color.y, color.z, selected ? 1.0f : 0.45f));
    ImGui::PushStyleColor(ImGuiCol_ButtonActive, color);
    ImGui::PushStyleColor(ImGuiCol_Text, selected ? ctx.palette.accent_text : ctx.palette.text);
    const std::string label = std::to_string(step.level);
    if (ImGui::Button(label.c_str(), ImVec2(size, size))) {
      pick.chosen = selected ? std::nullopt : std::optional<int>(step.level);
      pick.clicked = true;
    }
    ImGui::PopStyleColor(4);
    // While the keyboard navigates, ImGui reports the focused button as hovered:
    // one test covers the pointer and the keyboard focus.
    if (ImGui::IsItemHovered()) {
      pick.previewed = step.level;
      LevelMeaningTooltip(ctx, model, item, step.level);
    }
    if (step.level == expected && expected > 0) MarkExpected(ctx, size);
    ctx.Mark(widget_prefix + "." + label);
    ImGui::PopID();
  }
  ImGui::PopStyleVar();
  return pick;
}

}  // namespace rex::ui
