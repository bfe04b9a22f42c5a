#include <imgui.h>

#include <algorithm>
#include <string>

#include "ui/explore/explore_views.hpp"
#include "ui/widgets.hpp"

namespace rex::ui {
namespace {

ImVec4 ImportanceColor(const Palette& p, core::Importance importance) {
  switch (importance) {
    case core::Importance::kCritical: return p.danger;
    case core::Importance::kImportant: return p.accent;
    case core::Importance::kOptional: return p.text_muted;
    case core::Importance::kContextSpecific: return p.other;
  }
  return p.other;
}

void ImportanceChip(const UiContext& ctx, const core::Item& item) {
  if (!item.importance) return;
  Chip(ctx, core::ToString(*item.importance), ImportanceColor(ctx.palette, *item.importance));
  if (ImGui::IsItemHovered() && !item.importance_note.empty()) ImGui::SetTooltip("%s", Shown(ctx, item.importance_note));
}

// The index of the item to keep on screen while clipping, or -1.
int ScrollTargetIndex(const UiContext& ctx, const core::Group& group) {
  const std::string& target = ctx.view.explore.scroll_to_item;
  if (target.empty()) return -1;
  for (size_t i = 0; i < group.items.size(); ++i) {
    if (group.items[i].id == target) return static_cast<int>(i);
  }
  return -1;
}

void DrawListItem(UiContext& ctx, const core::Item& item, const ImVec4& marker) {
  ImGui::BeginGroup();
  const ImVec2 pos = ImGui::GetCursorScreenPos();
  const float radius = ctx.metrics.dot_radius;
  ImGui::GetWindowDrawList()->AddCircleFilled(
      ImVec2(pos.x + radius, pos.y + ImGui::GetTextLineHeight() * 0.5f), radius, ImGui::GetColorU32(marker));
  ImGui::Indent(ctx.metrics.space_l);
  ImGui::PushFont(ctx.fonts.strong);
  ImGui::TextWrapped("%s", Shown(ctx, item.name));
  ImGui::PopFont();
  if (item.importance) {
    ImGui::SameLine();
    ImportanceChip(ctx, item);
  }
  if (!item.text.empty()) TextMuted(ctx, item.text.c_str());
  for (const core::Fact& fact : item.facts) {
    ImGui::TextColored(ctx.palette.text_muted, "%s:", fact.label.c_str());
    ImGui::SameLine();
    ImGui::TextWrapped("%s", Shown(ctx, fact.value));
  }
  ImGui::Unindent(ctx.metrics.space_l);
  ImGui::EndGroup();
  FinishItem(ctx, item);
  ImGui::Dummy(ImVec2(0, ctx.metrics.space_2xs));
}

// One line per item, for groups too long to lay out in full every frame.
void DrawClippedList(UiContext& ctx, const core::Group& group) {
  ImGuiListClipper clipper;
  clipper.Begin(static_cast<int>(group.items.size()));
  const int target = ScrollTargetIndex(ctx, group);
  if (target >= 0) clipper.ForceDisplayRangeByIndices(target, target + 1);
  while (clipper.Step()) {
    for (int i = clipper.DisplayStart; i < clipper.DisplayEnd; ++i) {
      const core::Item& item = group.items[static_cast<size_t>(i)];
      ImGui::PushID(i);
      ImGui::BeginGroup();
      ImGui::PushFont(ctx.fonts.strong);
      TextShown(ctx, item.name);
      ImGui::PopFont();
      ImGui::SameLine();
      ImGui::TextColored(ctx.palette.text_muted, "%s", Shown(ctx, item.text));
      ImGui::EndGroup();
      FinishItem(ctx, item);
      ImGui::PopID();
    }
  }
}

}  // namespace

void DrawListGroup(UiContext& ctx, const core::Group& group) {
  if (static_cast<int>(group.items.size()) > kClipThreshold) {
    DrawClippedList(ctx, group);
    return;
  }
  for (size_t i = 0; i < group.items.size(); ++i) {
    const core::Item& item = group.items[i];
    ImGui::PushID(static_cast<int>(i));
    DrawListItem(ctx, item, KindColor(ctx.palette, item.kind.c_str()));
    ImGui::PopID();
  }
}

void DrawCardsGroup(UiContext& ctx, const core::Group& group) {
  if (static_cast<int>(group.items.size()) > kClipThreshold) {
    DrawClippedList(ctx, group);
    return;
  }
  const float avail = ImGui::GetContentRegionAvail().x;
  const float gap = ctx.metrics.group_gap;
  const int columns = std::max(1, static_cast<int>((avail + gap) / (ctx.metrics.min_column_width + gap)));
  const float width = (avail - gap * static_cast<float>(columns - 1)) / static_cast<float>(columns);
  for (size_t i = 0; i < group.items.size(); ++i) {
    const core::Item& item = group.items[i];
    ImGui::PushID(static_cast<int>(i));
    if (i % static_cast<size_t>(columns) != 0) ImGui::SameLine(0, gap);
    const ImVec4 color = KindColor(ctx.palette, item.kind.c_str());
    const Card card = BeginCard(ctx, width, true);
    ImGui::PushFont(ctx.fonts.strong);
    ImGui::TextWrapped("%s", Shown(ctx, item.name));
    ImGui::PopFont();
    ImportanceChip(ctx, item);
    if (!item.text.empty()) TextMuted(ctx, item.text.c_str());
    for (const core::Fact& fact : item.facts) {
      ImGui::PushFont(ctx.fonts.small);
      ImGui::TextColored(ctx.palette.text_muted, "%s", Shown(ctx, fact.label));
      ImGui::PopFont();
      ImGui::TextWrapped("%s", Shown(ctx, fact.value));
    }
    if (!item.links.empty()) {
      ImGui::PushFont(ctx.fonts.small);
      ImGui::TextColored(color, "%zu linked items", item.links.size());
      ImGui::PopFont();
    }
    EndCard(ctx, card, &color);
    FinishItem(ctx, item);
    ImGui::PopID();
    if (i % static_cast<size_t>(columns) == static_cast<size_t>(columns - 1)) ImGui::Dummy(ImVec2(0, gap * 0.4f));
  }
  ImGui::Dummy(ImVec2(0, gap * 0.4f));
}

}  // namespace rex::ui
