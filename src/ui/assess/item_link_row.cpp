// Ranked item rows (gaps, strengths, "what moves you up") on the Assess and
// Progress pages: one look, one behaviour.
#include <imgui.h>

#include "ui/assess/assess_views.hpp"
#include "ui/widgets.hpp"

namespace rex::ui {

void ItemLinkRow(UiContext& ctx, const std::string& item_id, const std::string& name, const std::string& figure,
                 const ImVec4& color, const std::string& widget) {
  ImGui::PushID(item_id.c_str());
  const float row_x = ImGui::GetCursorPosX();
  ImGui::TextColored(color, "%s", Shown(ctx, figure));
  SameLineAt(row_x + ctx.metrics.link_figure_width);
  const char* shown = Shown(ctx, name);
  const ImVec2 fit(ImGui::CalcTextSize(shown).x, 0);
  if (ImGui::Selectable(shown, false, 0, fit)) {
    FocusItem(ctx, item_id);
    ctx.view.page = Page::kAssess;
  }
  if (!widget.empty()) ctx.Mark(widget);
  ImGui::PopID();
}

}  // namespace rex::ui
