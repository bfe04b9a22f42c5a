// Headline numbers of the assessment, target choice, undo/redo, mode and category.
#include <imgui.h>

#include <algorithm>
#include <cmath>
#include <string>
#include <vector>

#include "ui/assess/assess_views.hpp"
#include "ui/keys.hpp"
#include "ui/kind_labels.hpp"
#include "ui/target_combo.hpp"
#include "ui/widgets.hpp"

namespace rex::ui {
namespace {

void DrawTargetPicker(UiContext& ctx, const core::Role& role) {
  const core::Assessment& assessment = *ctx.session.CurrentAssessment();
  ImGui::PushFont(ctx.fonts.small);
  ImGui::TextColored(ctx.palette.text_muted, "READINESS FOR");
  ImGui::PopFont();
  if (const auto picked =
          TargetCombo(ctx, "assess.target", role.rating_model, assessment.target, ctx.metrics.target_combo_width)) {
    ctx.Emit(core::SetTarget{*picked});
  }
}

void DrawHistoryButtons(UiContext& ctx) {
  const core::RoleEntry* entry = ctx.session.Current();
  ImGui::BeginDisabled(!entry->history.CanUndo());
  if (ImGui::Button("Undo")) ctx.Emit(core::Undo{});
  ImGui::EndDisabled();
  ctx.Mark("assess.undo");
  if (ImGui::IsItemHovered(ImGuiHoveredFlags_AllowWhenDisabled)) ImGui::SetTooltip("Undo (Ctrl+Z)");
  ImGui::SameLine();
  ImGui::BeginDisabled(!entry->history.CanRedo());
  if (ImGui::Button("Redo")) ctx.Emit(core::Redo{});
  ImGui::EndDisabled();
  ctx.Mark("assess.redo");
  if (ImGui::IsItemHovered(ImGuiHoveredFlags_AllowWhenDisabled)) ImGui::SetTooltip("Redo (Ctrl+Shift+Z)");
}

void DrawModeToggle(UiContext& ctx) {
  AssessState& state = ctx.view.assess;
  if (Pill(ctx, "Table", state.mode == AssessMode::kTable)) state.mode = AssessMode::kTable;
  ctx.Mark("assess.mode.table");
  ImGui::SameLine(0, ctx.metrics.space_xs);
  if (Pill(ctx, "One at a time", state.mode == AssessMode::kFocus)) state.mode = AssessMode::kFocus;
  ctx.Mark("assess.mode.focus");
}

// The headline figures in a row; `compact` (a phone): shorter captions, and the
// last three start a second row.
void DrawFigures(UiContext& ctx, const core::ScoreReport& score, bool compact) {
  const float gap = compact ? ctx.metrics.figure_gap_compact : ctx.metrics.figure_gap;
  Stat(ctx, "assess.verdict", core::VerdictTitle(score.verdict), "verdict", VerdictColor(ctx.palette, score.verdict));
  ImGui::SameLine(0, gap);
  const int percent = static_cast<int>(std::lround(score.overall.attainment * 100));
  Stat(ctx, "assess.attainment", std::to_string(percent) + "%", compact ? "of the target" : "of the target reached",
       ctx.palette.text);
  if (!compact) ImGui::SameLine(0, gap);
  Stat(ctx, "assess.rated", std::to_string(score.overall.rated) + "/" + std::to_string(score.overall.items),
       compact ? "rated" : "items rated", ctx.palette.text);
  ImGui::SameLine(0, gap);
  Stat(ctx, "assess.gaps", std::to_string(score.gaps.size()), compact ? "gaps" : "gaps to close", ctx.palette.text);
  ImGui::SameLine(0, gap);
  Stat(ctx, "assess.goals", std::to_string(score.goals_done) + "/" + std::to_string(score.goals_total),
       compact ? "goals" : "goals done", ctx.palette.goals);
}

}  // namespace

// A phone: the target, then the figures two or three to a row; no mode toggle
// (a phone rates one item at a time).
void DrawCompactAssessHeader(UiContext& ctx, const core::Role& role) {
  const core::ScoreReport& score = *ctx.score;
  DrawTargetPicker(ctx, role);
  ImGui::SameLine(0, ctx.metrics.column_gap);
  ImGui::BeginGroup();
  ImGui::Dummy(ImVec2(0, 0));
  DrawHistoryButtons(ctx);
  ImGui::EndGroup();
  DrawFigures(ctx, score, true);
  ImGui::Dummy(ImVec2(0, ctx.metrics.space_xs));
}

void DrawAssessHeader(UiContext& ctx, const core::Role& role) {
  if (ctx.narrow) {
    DrawCompactAssessHeader(ctx, role);
    return;
  }
  const core::ScoreReport& score = *ctx.score;
  DrawTargetPicker(ctx, role);
  ImGui::SameLine(0, ctx.metrics.figure_gap_compact);
  DrawFigures(ctx, score, false);
  const float right = ImGui::GetWindowContentRegionMax().x;
  ImGui::SameLine(std::max(ImGui::GetCursorPosX() + ctx.metrics.space_l, right - ctx.metrics.header_actions_width));
  ImGui::BeginGroup();
  DrawHistoryButtons(ctx);
  DrawModeToggle(ctx);
  ImGui::EndGroup();
  ImGui::Dummy(ImVec2(0, ctx.metrics.card_gap));
}

void DrawCategoryTabs(UiContext& ctx) {
  AssessState& state = ctx.view.assess;
  std::vector<ItemScope> ids{ItemScope::EveryItem()};
  for (const core::CategoryScore& category : ctx.score->categories) ids.push_back(ItemScope::Kind(category.kind));
  if (ctx.score->goals_total > 0) ids.push_back(ItemScope::Goals());
  // "[" and "]" step through the tabs, so goals are reachable from the keyboard too.
  if (!ImGui::GetIO().WantTextInput && !PopupIsOpen()) {
    const int step = ImGui::IsKeyPressed(keys::Char(']'), false) - ImGui::IsKeyPressed(keys::Char('['), false);
    const auto at = std::find(ids.begin(), ids.end(), state.category);
    if (step != 0 && at != ids.end()) {
      const int n = static_cast<int>(ids.size());
      state.category = ids[static_cast<size_t>(((at - ids.begin()) + step + n) % n)];
      state.focused = 0;
      ctx.redraw = true;
    }
  }
  PillRow row(ctx);  // a narrow window wraps the tabs
  auto tab = [&](const ItemScope& id, const std::string& label) {
    const std::string name = id.Name("all");
    ImGui::PushID(static_cast<int>(id.of));
    ImGui::PushID(name.c_str());
    if (row.Pill(label, state.category == id)) {
      state.category = id;
      state.focused = 0;
      ctx.redraw = true;
    }
    ImGui::PopID();
    ctx.Mark("assess.tab." + name, "", AccessibleHint::Tab(label, state.category == id, "Item categories"));
    ImGui::PopID();
  };
  tab(ItemScope::EveryItem(), "All  " + std::to_string(ctx.score->overall.items));
  for (const core::CategoryScore& category : ctx.score->categories) {
    tab(ItemScope::Kind(category.kind), KindLabelPlural(category.kind) + "  " + std::to_string(category.items));
  }
  if (ctx.score->goals_total > 0) tab(ItemScope::Goals(), "Goals  " + std::to_string(ctx.score->goals_total));
  if (ctx.touch || ctx.narrow) {  // no keyboard to speak of
    ImGui::Separator();
    ImGui::Spacing();
    return;
  }
  // The keys, where people look for them: next to what they control.
  ImGui::SameLine(0, ctx.metrics.space_l);
  ImGui::PushFont(ctx.fonts.small);
  ImGui::SetCursorPosY(ImGui::GetCursorPosY() + ctx.metrics.baseline_nudge);
  ImGui::TextColored(ctx.palette.text_muted, "%s",
                     state.category.IsGoals() ? "Keys: J/K move · X ticks · [ ] tabs · Shift+1–4 pages"
                                               : "Keys: 0–4 rate · J/K move · Enter one at a time · [ ] tabs · Shift+1–4 pages");
  ImGui::PopFont();
  ImGui::NewLine();
  ImGui::Separator();
  ImGui::Spacing();
}

}  // namespace rex::ui
