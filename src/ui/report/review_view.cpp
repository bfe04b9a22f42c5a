// The manager's review and the calibration view: self vs manager per item,
// largest disagreements first, so the conversation starts where it matters.
#include <imgui.h>
#include <imgui_stdlib.h>

#include <algorithm>
#include <cstdlib>
#include <string>

#include "ui/assess/level_picker.hpp"
#include "ui/report/report_views.hpp"
#include "ui/widgets.hpp"

namespace rex::ui {
namespace {

struct Row {
  const core::ItemScore* score;
  std::optional<int> manager;
  std::string comment;
  int disagreement;  // |manager - self|, -1 when either is missing
};

std::vector<Row> CalibrationRows(const UiContext& ctx) {
  const core::Assessment& a = *ctx.session.CurrentAssessment();
  std::vector<Row> rows;
  for (const core::ItemScore& item : ctx.score->items) {
    const auto found = a.review.entries.find(item.id);
    const std::optional<int> manager = found == a.review.entries.end() ? std::nullopt : found->second.level;
    const int diff = manager && item.level ? std::abs(*manager - *item.level) : -1;
    rows.push_back({&item, manager, found == a.review.entries.end() ? "" : found->second.comment, diff});
  }
  std::stable_sort(rows.begin(), rows.end(), [](const Row& x, const Row& y) { return x.disagreement > y.disagreement; });
  return rows;
}

void DrawRow(UiContext& ctx, const core::Role& role, const Row& row) {
  const core::Item& item = *role.FindItem(row.score->id);
  ImGui::TableNextRow();
  ImGui::TableNextColumn();
  TextShown(ctx, item.name);
  ImGui::TableNextColumn();
  ImGui::Text("%s", row.score->level ? std::to_string(*row.score->level).c_str() : "–");
  ImGui::TableNextColumn();
  const LevelPick pick = LevelPicker(ctx, "review.rate." + item.id, role.rating_model, item, row.manager,
                                     row.score->expected, ctx.palette.scorecard, "Manager's rating of " + item.name);
  if (pick.clicked) ctx.Emit(core::SetReviewLevel{item.id, pick.chosen});
  ImGui::TableNextColumn();
  if (row.disagreement > 0) {
    ImGui::TextColored(row.disagreement >= 2 ? ctx.palette.danger : ctx.palette.scorecard, "%+d",
                       *row.manager - *row.score->level);
  } else {
    ImGui::TextColored(ctx.palette.text_muted, row.disagreement == 0 ? "agree" : "–");
  }
  ImGui::TableNextColumn();
  std::string comment = row.comment;
  ImGui::SetNextItemWidth(-1);
  ImGui::InputTextWithHint("##comment", "Manager's comment", &comment);
  ctx.Mark("review.comment." + item.id, "", AccessibleHint::Textbox("Manager's comment on " + item.name, comment));
  if (ImGui::IsItemDeactivatedAfterEdit()) ctx.Emit(core::SetReviewComment{item.id, comment});
  ShapedFieldEcho(ctx, comment);
}

}  // namespace

void DrawManagerReview(UiContext& ctx, const core::Role& role, float width) {
  ReportState& state = ctx.view.report;
  const core::Assessment& a = *ctx.session.CurrentAssessment();
  const Card card = BeginCard(ctx, width);
  Heading(ctx, "Manager review and calibration");
  TextMuted(ctx, "Managers: import your engineer's report, add your own level and a comment per item, then export "
                 "it back. Largest disagreements come first.");
  if (!ImGui::GetIO().WantTextInput) state.reviewer_draft = a.review.reviewer;
  ImGui::SetNextItemWidth(ctx.metrics.snapshot_combo_width);
  ImGui::InputTextWithHint("##reviewer", "Reviewer's name (optional)", &state.reviewer_draft);
  ctx.Mark("review.reviewer", "", AccessibleHint::Textbox("Reviewer's name", state.reviewer_draft));
  if (ImGui::IsItemDeactivatedAfterEdit()) ctx.Emit(core::SetReviewer{state.reviewer_draft});
  ShapedFieldEcho(ctx, state.reviewer_draft);
  const ImGuiTableFlags flags = ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_SizingStretchProp;
  if (!ImGui::BeginTable("##calibration", 5, flags, ImVec2(width - card.padding * 2, 0))) {
    EndCard(ctx, card);
    return;
  }
  ImGui::TableSetupColumn("Item", 0, 2.0f);
  ImGui::TableSetupColumn("Self", ImGuiTableColumnFlags_WidthFixed, ctx.metrics.column_level);
  ImGui::TableSetupColumn("Manager", ImGuiTableColumnFlags_WidthFixed,
                          (ImGui::GetFrameHeight() + ctx.metrics.rating_button_gap) * 5 + ctx.metrics.space_s);
  ImGui::TableSetupColumn("Diff", ImGuiTableColumnFlags_WidthFixed, ctx.metrics.column_level);
  ImGui::TableSetupColumn("Comment", 0, 2.0f);
  ImGui::TableHeadersRow();
  for (const Row& row : CalibrationRows(ctx)) {
    ImGui::PushID(row.score->id.c_str());
    DrawRow(ctx, role, row);
    ImGui::PopID();
  }
  ImGui::EndTable();
  EndCard(ctx, card);
}

}  // namespace rex::ui
