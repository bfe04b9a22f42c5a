#include <imgui.h>

#include "ui/explore/explore_views.hpp"
#include "ui/widgets.hpp"

namespace rex::ui {
namespace {

void DrawGroup(UiContext& ctx, const core::Role& role, const core::Group& group) {
  if (ctx.view.explore.rubric_groups.count(group.id) > 0 && HasRubric(role.rating_model, group)) {
    DrawRubricGroup(ctx, role, group);
    return;
  }
  switch (group.view) {
    case core::GroupView::kCards: DrawCardsGroup(ctx, group); break;
    case core::GroupView::kTable: DrawTableGroup(ctx, group); break;
    case core::GroupView::kList:
    case core::GroupView::kChecklist: DrawListGroup(ctx, group); break;
  }
}

}  // namespace

void DrawSection(UiContext& ctx, const core::Role& role, const core::Section& section) {
  ImGui::PushFont(ctx.fonts.small);
  ImGui::TextColored(ctx.palette.accent, "SECTION %d OF %zu", section.number, role.sections.size());
  ImGui::PopFont();
  ImGui::PushFont(ctx.fonts.headline);
  TextShown(ctx, section.title);
  ImGui::PopFont();
  ctx.Mark("section.title", "", AccessibleHint::Heading(section.title));
  if (!section.intro.empty()) TextMuted(ctx, section.intro.c_str());
  for (size_t g = 0; g < section.groups.size(); ++g) {
    const core::Group& group = section.groups[g];
    ImGui::PushID(group.id.c_str());
    ImGui::Dummy(ImVec2(0, ctx.metrics.space_s));
    const float title_middle = ImGui::GetCursorPosY() + ctx.fonts.heading->FontSize * 0.5f;
    ImGui::PushFont(ctx.fonts.heading);
    TextShown(ctx, group.title);
    ImGui::PopFont();
    ImGui::SameLine();
    ImGui::SetCursorPosY(ImGui::GetCursorPosY() + ctx.metrics.space_xs);
    ImGui::TextColored(ctx.palette.text_muted, "%zu", group.items.size());
    if (HasRubric(role.rating_model, group)) DrawGroupViewToggle(ctx, group, title_middle);
    if (!group.intro.empty()) TextMuted(ctx, group.intro.c_str());
    ImGui::Dummy(ImVec2(0, ctx.metrics.space_2xs));
    DrawGroup(ctx, role, group);
    ImGui::PopID();
  }
  ImGui::Dummy(ImVec2(0, ctx.metrics.space_xl));
}

}  // namespace rex::ui
