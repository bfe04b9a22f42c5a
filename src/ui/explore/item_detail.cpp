// The detail panel: everything about one item, and the items linked to it in
// both directions (a skill -> the KPIs it moves -> the scorecard dimension).
#include <imgui.h>

#include <map>
#include <string>
#include <vector>

#include "ui/explore/explore_views.hpp"
#include "ui/kind_labels.hpp"
#include "ui/widgets.hpp"

namespace rex::ui {
namespace {

std::map<std::string, std::vector<const core::Item*>> LinkedByKind(const core::Role& role, const core::Item& item) {
  std::map<std::string, std::vector<const core::Item*>> by_kind;
  const auto found = role.linked.find(item.id);
  if (found == role.linked.end()) return by_kind;
  for (const std::string& id : found->second) {
    if (const core::Item* other = role.FindItem(id)) by_kind[other->kind].push_back(other);
  }
  return by_kind;
}

void DrawLinks(UiContext& ctx, const core::Role& role, const core::Item& item) {
  const auto by_kind = LinkedByKind(role, item);
  if (by_kind.empty()) return;
  ImGui::Dummy(ImVec2(0, ctx.metrics.card_gap));
  ImGui::PushFont(ctx.fonts.small);
  ImGui::TextColored(ctx.palette.text_muted, "CONNECTED");
  ImGui::PopFont();
  for (const auto& [kind, items] : by_kind) {
    ImGui::PushID(kind.c_str());
    ImGui::TextColored(KindColor(ctx.palette, kind.c_str()), "%s", Shown(ctx, KindLabelPlural(kind)));
    for (const core::Item* other : items) {
      ImGui::PushID(other->id.c_str());
      if (ImGui::Selectable(Shown(ctx, other->name))) {
        ctx.view.explore.query.clear();
        ctx.view.explore.Open(role, other->id);
        ctx.redraw = true;
      }
      ctx.Mark("detail.link." + other->id);
      ImGui::PopID();
    }
    ImGui::PopID();
  }
}

void DrawHeader(UiContext& ctx, const core::Role& role, const core::Item& item) {
  const ImVec4 color = KindColor(ctx.palette, item.kind.c_str());
  Chip(ctx, KindLabel(item.kind).c_str(), color);
  if (item.importance) {
    ImGui::SameLine();
    Chip(ctx, core::ToString(*item.importance), ctx.palette.text_muted);
  }
  ImGui::SameLine(ImGui::GetWindowContentRegionMax().x - ImGui::CalcTextSize("Close").x - ImGui::GetStyle().FramePadding.x * 2);
  if (ImGui::SmallButton("Close")) {
    ctx.view.explore.selected_item.clear();
    ctx.redraw = true;
  }
  ctx.Mark("detail.close");
  ImGui::PushFont(ctx.fonts.heading);
  ImGui::TextWrapped("%s", Shown(ctx, item.name));
  ImGui::PopFont();
  ctx.Mark("detail.title", "", AccessibleHint::Heading(item.name));
  const auto where = role.item_index.find(item.id);
  if (where != role.item_index.end()) {
    const core::Section& section = role.sections[static_cast<size_t>(where->second.section)];
    const core::Group& group = section.groups[static_cast<size_t>(where->second.group)];
    ImGui::TextColored(ctx.palette.text_muted, "%s · %s", Shown(ctx, section.title), Shown(ctx, group.title));
  }
}

}  // namespace

void DrawItemDetail(UiContext& ctx, const core::Role& role, const core::Item& item) {
  ImGui::PushStyleColor(ImGuiCol_ChildBg, ctx.palette.surface);
  ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(ctx.metrics.panel_padding_x, ctx.metrics.panel_padding_y));
  ImGui::PushStyleVar(ImGuiStyleVar_ChildRounding, ctx.metrics.panel_rounding);
  ImGui::BeginChild("##detail", ImVec2(0, 0), true, ImGuiWindowFlags_AlwaysUseWindowPadding);
  ImGui::PushID(item.id.c_str());
  DrawHeader(ctx, role, item);
  ImGui::Separator();
  if (!item.importance_note.empty()) TextMuted(ctx, ("Importance: " + item.importance_note).c_str());
  if (!item.text.empty()) ImGui::TextWrapped("%s", Shown(ctx, item.text));
  for (const core::Fact& fact : item.facts) {
    ImGui::Dummy(ImVec2(0, ctx.metrics.space_2xs));
    ImGui::PushFont(ctx.fonts.small);
    ImGui::TextColored(ctx.palette.text_muted, "%s", Shown(ctx, fact.label));
    ImGui::PopFont();
    ImGui::TextWrapped("%s", Shown(ctx, fact.value));
  }
  if (!item.bar.empty()) {
    ImGui::Dummy(ImVec2(0, ctx.metrics.space_xs));
    ImGui::PushFont(ctx.fonts.small);
    ImGui::TextColored(ctx.palette.success, "WHAT STRONG LOOKS LIKE");
    ImGui::PopFont();
    ImGui::TextWrapped("%s", Shown(ctx, item.bar));
  }
  DrawLinks(ctx, role, item);
  ImGui::PopID();
  ImGui::EndChild();
  ImGui::PopStyleVar(2);
  ImGui::PopStyleColor();
}

}  // namespace rex::ui
