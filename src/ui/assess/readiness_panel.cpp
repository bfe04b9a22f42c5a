// "Why not yet": each gate of the verdict, pass or fail, with the items that fail
// it (click one to rate it), then the biggest gaps and the strongest areas.
#include <imgui.h>

#include <string>

#include "ui/assess/assess_views.hpp"
#include "ui/widgets.hpp"

namespace rex::ui {
namespace {

constexpr size_t kItemsPerGate = 4;
constexpr size_t kTopGaps = 5;
constexpr size_t kTopStrengths = 3;

void ItemLink(UiContext& ctx, const core::Role& role, const std::string& id, const char* widget_prefix) {
  const core::Item* item = role.FindItem(id);
  if (!item) return;
  ImGui::PushID(id.c_str());
  ImGui::Indent(ctx.metrics.reason_indent);
  if (ImGui::Selectable(Shown(ctx, item->name))) FocusItem(ctx, id);
  ctx.Mark(std::string(widget_prefix) + id);
  ImGui::Unindent(ctx.metrics.reason_indent);
  ImGui::PopID();
}

void DrawGate(UiContext& ctx, const core::Role& role, const core::GateResult& gate) {
  ImGui::PushID(gate.id.c_str());
  const ImVec4 color = gate.passed ? ctx.palette.success : ctx.palette.danger;
  ImGui::PushFont(ctx.fonts.strong);
  ImGui::TextColored(color, gate.passed ? "✓" : "✕");
  ImGui::SameLine();
  ImGui::TextWrapped("%s", Shown(ctx, gate.title));
  ImGui::PopFont();
  ctx.Mark("assess.gate." + gate.id);
  ImGui::Indent(ctx.metrics.reason_indent);
  TextMuted(ctx, gate.detail.c_str());
  ImGui::Unindent(ctx.metrics.reason_indent);
  for (size_t i = 0; i < gate.items.size() && i < kItemsPerGate; ++i) ItemLink(ctx, role, gate.items[i], "assess.gate.item.");
  if (gate.items.size() > kItemsPerGate) {
    ImGui::Indent(ctx.metrics.reason_indent);
    ImGui::TextColored(ctx.palette.text_muted, "and %zu more", gate.items.size() - kItemsPerGate);
    ImGui::Unindent(ctx.metrics.reason_indent);
  }
  ImGui::Spacing();
  ImGui::PopID();
}

void DrawRanked(UiContext& ctx, const std::vector<core::ItemScore>& items, size_t limit, bool gaps) {
  for (size_t i = 0; i < items.size() && i < limit; ++i) {
    const core::ItemScore& item = items[i];
    ItemLinkRow(ctx, item.id, item.name, gaps ? "-" + std::to_string(item.gap) : std::to_string(*item.level),
                gaps ? ctx.palette.danger : ctx.palette.success, (gaps ? "assess.gap." : "assess.strength.") + item.id);
  }
  if (items.empty()) TextMuted(ctx, gaps ? "No gaps among rated items." : "Rate items at or above target to see strengths.");
}

}  // namespace

void DrawReadinessPanel(UiContext& ctx, const core::Role& role) {
  const core::ScoreReport& score = *ctx.score;
  ImGui::PushStyleColor(ImGuiCol_ChildBg, ctx.palette.surface);
  ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(ctx.metrics.panel_padding_x, ctx.metrics.panel_padding_y));
  ImGui::PushStyleVar(ImGuiStyleVar_ChildRounding, ctx.metrics.panel_rounding);
  // On a phone it follows the item in the page's own scroll; beside the table it scrolls on its own.
  if (!ctx.narrow) ImGui::BeginChild("##readiness", ImVec2(0, 0), true, ImGuiWindowFlags_AlwaysUseWindowPadding);
  ImGui::PushFont(ctx.fonts.heading);
  ImGui::TextUnformatted(score.verdict == core::Verdict::kReady ? "Why you are ready" : "Why not yet");
  ImGui::PopFont();
  for (const core::GateResult& gate : score.gates) DrawGate(ctx, role, gate);
  Caption(ctx, "BIGGEST GAPS");
  DrawRanked(ctx, score.gaps, kTopGaps, true);
  Caption(ctx, "STRENGTHS");
  DrawRanked(ctx, score.strengths, kTopStrengths, false);
  if (!ctx.narrow) ImGui::EndChild();
  ImGui::PopStyleVar(2);
  ImGui::PopStyleColor();
}

}  // namespace rex::ui
