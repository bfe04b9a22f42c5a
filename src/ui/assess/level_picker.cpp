#include "ui/assess/level_picker.hpp"

#include <imgui.h>

#include "ui/accessibility/item_info.hpp"
#include "ui/assess/level_meaning.hpp"

namespace rex::ui {
namespace {

void MarkExpected(const UiContext& ctx, float size) {
  // The target level: a small bar under its button.
  const ImVec2 min = ImGui::GetItemRectMin();
  const ImVec2 max = ImGui::GetItemRectMax();
  ImGui::GetWindowDrawList()->AddRectFilled(ImVec2(min.x + size * 0.25f, max.y + ctx.metrics.space_2xs),
                                            ImVec2(max.x - size * 0.25f, max.y + ctx.metrics.space_xs),
                                            ImGui::GetColorU32(ctx.palette.text_muted), ctx.metrics.hairline);
}

}  // namespace

void ExposeRating(UiContext& ctx, const std::string& widget, const std::string& name, const core::RatingModel& model,
                  std::optional<int> level, const std::vector<ImGuiID>& level_items, ImVec2 min, ImVec2 max) {
  if (model.scale.empty() || level_items.size() != model.scale.size()) return;
  AccessibleNode node;
  node.id = widget;
  node.role = AccessibleRole::kSlider;
  node.name = name;
  node.min = model.scale.front().level - 1;  // the value below the scale: not rated
  node.max = model.scale.back().level;
  node.now = level.value_or(node.min);
  node.steps.assign(static_cast<size_t>(node.max - node.min + 1), 0);
  for (size_t i = 0; i < model.scale.size(); ++i) {
    const core::ScaleLevel& step = model.scale[i];
    node.steps[static_cast<size_t>(step.level - node.min)] = level_items[i];
    if (level && step.level == *level) node.value = std::to_string(step.level) + " – " + step.name;
  }
  if (node.value.empty()) node.value = "Not rated";
  node.x = min.x;
  node.y = min.y;
  node.w = max.x - min.x;
  node.h = max.y - min.y;
  ctx.widgets.Expose(std::move(node));
}

LevelPick LevelPicker(UiContext& ctx, const std::string& widget_prefix, const core::RatingModel& model,
                      const core::Item& item, std::optional<int> level, int expected, const ImVec4& color,
                      const std::string& spoken_name) {
  LevelPick pick;
  std::vector<ImGuiID> level_items;
  const ImVec2 start = ImGui::GetCursorScreenPos();
  const float size = ImGui::GetFrameHeight();
  ImGui::PushStyleVar(ImGuiStyleVar_ItemSpacing, ImVec2(ctx.metrics.rating_button_gap, 0));
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
    level_items.push_back(LastItemId());
    ctx.Mark(widget_prefix + "." + label, "", AccessibleHint::Hidden());  // one slider for all levels, below
    ImGui::PopID();
  }
  ImGui::PopStyleVar();
  if (ImGui::IsItemVisible()) {
    ExposeRating(ctx, widget_prefix, spoken_name.empty() ? item.name : spoken_name, model, level, level_items, start,
                 ImGui::GetItemRectMax());
  }
  return pick;
}

}  // namespace rex::ui
