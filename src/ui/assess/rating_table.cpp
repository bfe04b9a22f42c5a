// The compact view: every item of the category on one screen, rated with one
// click or one key, the keyboard-focused row highlighted.
#include <imgui.h>

#include <optional>
#include <string>

#include "ui/assess/assess_views.hpp"
#include "ui/assess/level_meaning.hpp"
#include "ui/assess/level_picker.hpp"
#include "ui/widgets.hpp"

namespace rex::ui {
namespace {

// The item's name, its importance and notes, and what its level looks like: the
// level the picker points at, else the chosen one.
void DrawNameCell(UiContext& ctx, const core::Role& role, const core::Item& item, const core::ItemScore& score,
                  const LevelPick& pick) {
  ImGui::BeginGroup();
  ImGui::PushFont(ctx.fonts.strong);
  TextShown(ctx, item.name);
  ImGui::PopFont();
  ImGui::PushFont(ctx.fonts.small);
  const char* importance = item.importance ? core::ToString(*item.importance) : "Important";
  ImGui::TextColored(ctx.palette.text_muted, "%s", importance);
  const core::Assessment& assessment = *ctx.session.CurrentAssessment();
  const auto rating = assessment.ratings.find(item.id);
  if (rating != assessment.ratings.end() && !rating->second.note.empty()) {
    ImGui::SameLine();
    ImGui::TextColored(ctx.palette.text_muted, "· note");
  }
  if (score.has_evidence) {
    ImGui::SameLine();
    ImGui::TextColored(ctx.palette.success, "· %zu evidence", rating->second.evidence.size());
  }
  ImGui::PopFont();
  // On the same line: the row keeps its height whatever is shown, so nothing
  // moves while the pointer travels along the picker.
  if (const std::optional<int> shown = ShownLevel(pick, score.level)) {
    ImGui::SameLine(0, ctx.metrics.group_gap);
    LevelMeaningLine(ctx, "assess.level_text." + item.id, role.rating_model, item, *shown, pick.previewed.has_value(),
                     KindColor(ctx.palette, item.kind.c_str()));
  }
  ImGui::EndGroup();
  ctx.Mark("assess.row." + item.id);
}

void DrawRow(UiContext& ctx, const core::Role& role, const core::ItemScore& score, int index) {
  AssessState& state = ctx.view.assess;
  const core::Item& item = *role.FindItem(score.id);
  const bool focused = state.focused == index;
  ImGui::TableNextRow(0, ImGui::GetFrameHeight() * 1.6f);
  if (focused) {
    ImGui::TableSetBgColor(ImGuiTableBgTarget_RowBg1, ImGui::GetColorU32(ctx.palette.surface_hover));
    if (state.scroll_to_focus) {
      ImGui::SetScrollHereY(0.4f);
      state.scroll_to_focus = false;
    }
  }
  // The picker first: the name cell shows the meaning of the level it points at.
  ImGui::TableSetColumnIndex(2);
  const LevelPick pick = LevelPicker(ctx, "assess.rate." + item.id, role.rating_model, item, score.level,
                                     score.expected, KindColor(ctx.palette, item.kind.c_str()));
  if (pick.clicked) {
    ctx.Emit(core::SetRating{item.id, pick.chosen});
    state.focused = index;
  }
  ImGui::TableSetColumnIndex(0);
  ImGui::AlignTextToFramePadding();
  const ImVec2 row_start = ImGui::GetCursorScreenPos();
  DrawNameCell(ctx, role, item, score, pick);
  if (ImGui::IsMouseClicked(ImGuiMouseButton_Left) &&
      ImGui::IsMouseHoveringRect(row_start, ImVec2(row_start.x + ImGui::GetColumnWidth(), ImGui::GetItemRectMax().y))) {
    state.focused = index;
  }
  ImGui::TableSetColumnIndex(1);
  ImGui::AlignTextToFramePadding();
  if (score.expected > 0) {
    ImGui::Text("%d", score.expected);
  } else {
    ImGui::TextColored(ctx.palette.text_muted, "—");
  }
  ImGui::TableSetColumnIndex(3);
  ImGui::AlignTextToFramePadding();
  if (score.gap > 0) {
    ImGui::TextColored(ctx.palette.danger, "-%d", score.gap);
  } else if (score.level) {
    ImGui::TextColored(ctx.palette.success, "on target");
  } else {
    ImGui::TextColored(ctx.palette.text_muted, "not rated");
  }
}

}  // namespace

void DrawRatingTable(UiContext& ctx, const core::Role& role, const std::vector<const core::ItemScore*>& rows) {
  const ImGuiTableFlags flags = ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_ScrollY |
                                ImGuiTableFlags_SizingStretchProp;
  if (!ImGui::BeginTable("##ratings", 4, flags)) return;
  ImGui::TableSetupScrollFreeze(0, 1);
  ImGui::TableSetupColumn("Item", 0, 2.4f);
  ImGui::TableSetupColumn("Target", ImGuiTableColumnFlags_WidthFixed, ctx.metrics.column_level);
  ImGui::TableSetupColumn("Your level   0 – 4", ImGuiTableColumnFlags_WidthFixed,
                          (ImGui::GetFrameHeight() + ctx.metrics.rating_button_gap) * 5 + ctx.metrics.space_s);
  ImGui::TableSetupColumn("Gap", ImGuiTableColumnFlags_WidthFixed, ctx.metrics.column_change);
  ImGui::TableHeadersRow();
  for (size_t i = 0; i < rows.size(); ++i) {
    ImGui::PushID(static_cast<int>(i));
    DrawRow(ctx, role, *rows[i], static_cast<int>(i));
    ImGui::PopID();
  }
  ImGui::EndTable();
}

}  // namespace rex::ui
