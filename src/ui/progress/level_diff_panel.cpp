// "Level diff": pick two targets, read what changes between them item by item,
// the biggest change first, with what each level looks like for the item side
// by side. The words a promotion is about, before the numbers.
#include "ui/progress/level_diff_panel.hpp"

#include <imgui.h>

#include <algorithm>
#include <string>
#include <vector>

#include "ui/progress/progress_views.hpp"
#include "ui/sized_rows.hpp"
#include "ui/target_combo.hpp"
#include "ui/widgets.hpp"

namespace rex::ui {
namespace {

// Column widths, as weights: the two descriptors get the room, the change needs little.
constexpr float kItemColumnWeight = 1.0f;
constexpr float kChangeColumnWeight = 0.75f;
constexpr float kMeaningColumnWeight = 1.4f;

// "2 Proficient"; an expected level of 0 means the target does not ask for the item.
std::string ExpectedLabel(int level, const core::LevelMeaning& meaning) {
  return level == 0 ? "not expected" : std::to_string(level) + " " + meaning.name;
}

std::string ChangeLabel(const core::ExpectationChange& change) {
  return ExpectedLabel(change.from_level, change.from) + " → " + ExpectedLabel(change.to_level, change.to);
}

std::string MeaningText(int level, const core::LevelMeaning& meaning) { return level == 0 ? "" : meaning.text; }

// A caption and the targets' drop-down; sets `side` to the target picked, if any.
void TargetSide(UiContext& ctx, const char* caption, const std::string& widget, const core::RatingModel& model,
                std::string& side) {
  ImGui::AlignTextToFramePadding();
  ImGui::TextColored(ctx.palette.text_muted, "%s", caption);
  ImGui::SameLine();
  if (const auto picked = TargetCombo(ctx, widget, model, side, ctx.metrics.combo_width)) side = *picked;
}

void DrawTargetChoice(UiContext& ctx, const core::RatingModel& model, const core::TargetPair& shown) {
  ProgressState& state = ctx.view.progress;
  std::string from = shown.from, to = shown.to;
  TargetSide(ctx, "From", "progress.diff.from", model, from);
  ImGui::SameLine(0, ctx.metrics.space_m);
  TargetSide(ctx, "to", "progress.diff.to", model, to);
  ImGui::SameLine(0, ctx.metrics.space_m);
  if (ImGui::Button("Swap")) std::swap(from, to);
  ctx.Mark("progress.diff.swap");
  if (from != shown.from || to != shown.to) {
    state.diff_from = from;
    state.diff_to = to;
    ctx.redraw = true;
  }
}

bool UsesScaleWords(const core::TargetDiff& diff) {
  return std::any_of(diff.changes.begin(), diff.changes.end(), [](const core::ExpectationChange& c) {
    return (c.from_level > 0 && !c.from.item_specific) || (c.to_level > 0 && !c.to.item_specific);
  });
}

void DrawSummary(UiContext& ctx, const core::TargetDiff& diff) {
  ImGui::PushFont(ctx.fonts.strong);
  TextShown(ctx, diff.Summary());
  ImGui::PopFont();
  ctx.Mark("progress.diff.summary", diff.Summary());
  if (!UsesScaleWords(diff)) return;
  ImGui::PushFont(ctx.fonts.small);
  TextMuted(ctx, "Muted text is the scale's general descriptor, where the role has no words of its own for that item.");
  ImGui::PopFont();
}

// Two pieces of text stacked in one cell, as ImGui lays them out.
float Stacked(float first, float second) { return first + ImGui::GetStyle().ItemSpacing.y + second; }

float RowHeight(const UiContext& ctx, const core::ExpectationChange& c, const std::vector<float>& widths) {
  const float item = Stacked(WrappedTextHeight(ctx.fonts.strong, c.item_name, widths[0]),
                             WrappedTextHeight(ctx.fonts.small, c.category, widths[0]));
  const float change = Stacked(ctx.fonts.strong->FontSize, WrappedTextHeight(ImGui::GetFont(), ChangeLabel(c), widths[1]));
  const float from = WrappedTextHeight(ctx.fonts.small, MeaningText(c.from_level, c.from), widths[2]);
  const float to = WrappedTextHeight(ctx.fonts.small, MeaningText(c.to_level, c.to), widths[3]);
  return std::max({item, change, from, to});
}

void DrawMeaning(const UiContext& ctx, int level, const core::LevelMeaning& meaning) {
  ImGui::PushFont(ctx.fonts.small);
  TextWrappedColored(meaning.item_specific ? ctx.palette.text : ctx.palette.text_muted, Shown(ctx, MeaningText(level, meaning)));
  ImGui::PopFont();
}

void DrawChange(UiContext& ctx, const core::ExpectationChange& change) {
  ImGui::TableSetColumnIndex(0);
  ImGui::BeginGroup();
  ImGui::PushFont(ctx.fonts.strong);
  ImGui::TextWrapped("%s", Shown(ctx, change.item_name));
  ImGui::PopFont();
  ImGui::PushFont(ctx.fonts.small);
  TextMuted(ctx, change.category.c_str());
  ImGui::PopFont();
  ImGui::EndGroup();
  ctx.Mark("progress.diff.row." + change.item_id, change.item_name + ": " + ChangeLabel(change));
  ImGui::TableSetColumnIndex(1);
  const bool raised = change.Step() > 0;
  ImGui::PushFont(ctx.fonts.strong);
  ImGui::TextColored(raised ? ctx.palette.accent : ctx.palette.text_muted, "%s%d", raised ? "+" : "", change.Step());
  ImGui::PopFont();
  ImGui::TextWrapped("%s", Shown(ctx, ChangeLabel(change)));
  ImGui::TableSetColumnIndex(2);
  DrawMeaning(ctx, change.from_level, change.from);
  ImGui::TableSetColumnIndex(3);
  DrawMeaning(ctx, change.to_level, change.to);
}

void DrawChanges(UiContext& ctx, const core::TargetDiff& diff, float width) {
  if (diff.changes.empty()) return;
  const ImGuiTableFlags flags = ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_SizingStretchProp;
  if (!ImGui::BeginTable("##level-diff", 4, flags, ImVec2(width, 0))) return;
  // The card wraps text at its own edge; in the table each cell wraps at its edge.
  ImGui::PushTextWrapPos(0.0f);
  const std::vector<std::string> labels{"Item", "Change", "At " + diff.from_name, "At " + diff.to_name};
  const float weights[] = {kItemColumnWeight, kChangeColumnWeight, kMeaningColumnWeight, kMeaningColumnWeight};
  for (size_t c = 0; c < labels.size(); ++c) ImGui::TableSetupColumn(labels[c].c_str(), 0, weights[c]);
  const HeaderRow header = SizedHeaderRow(labels);
  for (size_t i = 0; i < diff.changes.size(); ++i) {
    const core::ExpectationChange& change = diff.changes[i];
    if (!NextSizedRow(RowHeight(ctx, change, header.widths))) continue;
    ImGui::PushID(static_cast<int>(i));
    DrawChange(ctx, change);
    ImGui::PopID();
  }
  ImGui::PopTextWrapPos();
  ImGui::EndTable();
  PinHeaderRow(header);
}

}  // namespace

std::optional<core::TargetPair> DiffTargetsShown(const core::RatingModel& model, const std::string& chosen_target,
                                                 const ProgressState& state) {
  std::optional<core::TargetPair> pair = core::DefaultDiffTargets(model, chosen_target);
  if (!pair) return std::nullopt;
  if (model.FindTarget(state.diff_from)) pair->from = state.diff_from;
  if (model.FindTarget(state.diff_to)) pair->to = state.diff_to;
  return pair;
}

void DrawLevelDiff(UiContext& ctx, const core::Role& role, float width) {
  const core::RatingModel& model = role.rating_model;
  const Card card = BeginCard(ctx, width);
  Heading(ctx, "Level diff");
  TextMuted(ctx, "What each rated item is expected to do differently from one target to the next.");
  const std::optional<core::TargetPair> shown = DiffTargetsShown(model, ctx.score->target, ctx.view.progress);
  if (!shown) {
    TextMuted(ctx, "This role has a single target: there is nothing to compare it with.");
    EndCard(ctx, card);
    return;
  }
  DrawTargetChoice(ctx, model, *shown);
  const core::Result<core::TargetDiff> diff = core::DiffTargets(role, shown->from, shown->to);
  if (diff.ok()) {
    ImGui::Dummy(ImVec2(0, ctx.metrics.space_2xs));
    DrawSummary(ctx, diff.value());
    DrawChanges(ctx, diff.value(), width - card.padding * 2);
  }
  EndCard(ctx, card);
}

}  // namespace rex::ui
