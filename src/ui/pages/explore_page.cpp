#include <algorithm>
#include <imgui.h>

#include <string>

#include "ui/pages/pages.hpp"
#include "ui/widgets.hpp"

namespace rex::ui {
namespace {

int ItemCount(const core::Section& section) {
  int n = 0;
  for (const core::Group& g : section.groups) n += static_cast<int>(g.items.size());
  return n;
}

void DrawSectionList(UiContext& ctx, const core::Role& role) {
  for (size_t i = 0; i < role.sections.size(); ++i) {
    const core::Section& section = role.sections[i];
    ImGui::PushID(static_cast<int>(i));
    const std::string label = std::to_string(section.number) + "  " + section.title;
    if (ImGui::Selectable(label.c_str(), ctx.view.section == static_cast<int>(i))) ctx.view.section = static_cast<int>(i);
    ctx.Mark("section." + section.id);
    ImGui::SameLine(ImGui::GetContentRegionAvail().x + ImGui::GetCursorPosX() - ctx.Px(28));
    ImGui::TextDisabled("%d", ItemCount(section));
    ImGui::PopID();
  }
}

void DrawSection(UiContext& ctx, const core::Section& section) {
  ImGui::PushFont(ctx.fonts.headline);
  ImGui::TextUnformatted(section.title.c_str());
  ImGui::PopFont();
  if (!section.intro.empty()) TextMuted(ctx, section.intro.c_str());
  for (size_t g = 0; g < section.groups.size(); ++g) {
    const core::Group& group = section.groups[g];
    ImGui::PushID(static_cast<int>(g));
    ImGui::Spacing();
    ImGui::PushFont(ctx.fonts.heading);
    ImGui::TextUnformatted(group.title.c_str());
    ImGui::PopFont();
    for (size_t i = 0; i < group.items.size(); ++i) {
      const core::Item& item = group.items[i];
      ImGui::PushID(static_cast<int>(i));
      ImGui::PushFont(ctx.fonts.strong);
      ImGui::TextWrapped("%s", item.name.c_str());
      ImGui::PopFont();
      if (!item.text.empty()) TextMuted(ctx, item.text.c_str());
      ImGui::PopID();
    }
    ImGui::PopID();
  }
}

}  // namespace

void DrawExplorePage(UiContext& ctx) {
  const core::Role* role = ctx.session.CurrentRole();
  if (!role) {
    EmptyState(ctx, "No role could be loaded", "The role files built into this page did not pass validation.");
    return;
  }
  ImGui::BeginChild("##sections", ImVec2(ctx.Px(280), 0), false);
  DrawSectionList(ctx, *role);
  ImGui::EndChild();
  ImGui::SameLine(0, ctx.Px(24));
  ImGui::BeginChild("##section", ImVec2(0, 0), false);
  const int index = std::min(ctx.view.section, static_cast<int>(role->sections.size()) - 1);
  if (index >= 0) DrawSection(ctx, role->sections[static_cast<size_t>(index)]);
  ImGui::EndChild();
}

}  // namespace rex::ui
