#include "ui/target_combo.hpp"

#include <imgui.h>

#include "ui/widgets.hpp"

namespace rex::ui {

std::optional<std::string> TargetCombo(UiContext& ctx, const std::string& widget, const core::RatingModel& model,
                                       const std::string& current, float width) {
  const core::TargetProfile* shown = model.FindTarget(current);
  std::optional<std::string> picked;
  ImGui::SetNextItemWidth(width);
  ImGui::PushStyleVar(ImGuiStyleVar_FrameBorderSize, ctx.metrics.hairline);
  const bool open = ImGui::BeginCombo(("##" + widget).c_str(), shown ? Shown(ctx, shown->name) : "—");
  ImGui::PopStyleVar();
  if (open) {
    for (const core::TargetProfile& target : model.targets) {
      ImGui::PushID(target.id.c_str());
      if (ImGui::Selectable(Shown(ctx, target.name), shown == &target)) picked = target.id;
      if (ImGui::IsItemHovered() && !target.summary.empty()) ImGui::SetTooltip("%s", Shown(ctx, target.summary));
      ctx.Mark(widget + "." + target.id);
      ImGui::PopID();
    }
    ImGui::EndCombo();
  }
  ctx.Mark(widget);
  return picked;
}

}  // namespace rex::ui
