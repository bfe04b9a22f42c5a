// Snapshots: dated copies of the ratings, and a comparison of any two (or of a
// snapshot and now) — how people show growth over a half-year.
#include <imgui.h>
#include <imgui_stdlib.h>

#include <algorithm>
#include <cstdlib>
#include <map>
#include <string>

#include "core/assessment/snapshot_diff.hpp"
#include "ui/progress/radar_widget.hpp"
#include "ui/report/report_views.hpp"
#include "ui/widgets.hpp"

namespace rex::ui {
namespace {

constexpr const char* kNow = "now";  // not a snapshot id: stands for the current ratings

std::optional<int> Find(const core::LevelMap& levels, const std::string& id) {
  const auto it = levels.find(id);
  return it == levels.end() ? std::nullopt : std::optional<int>(it->second);
}

void SnapshotCombo(UiContext& ctx, const char* id, std::string& selected, const core::Assessment& a) {
  const auto label = [&](const std::string& snap_id) -> std::string {
    for (const core::Snapshot& s : a.snapshots) if (s.id == snap_id) return s.label + "  (" + s.taken_at.substr(0, 10) + ")";
    return "Now";
  };
  ImGui::SetNextItemWidth(ctx.metrics.snapshot_combo_width);
  if (ImGui::BeginCombo(id, Shown(ctx, label(selected)))) {
    if (ImGui::Selectable("Now", label(selected) == "Now")) selected = kNow;
    ctx.Mark(std::string("report.compare") + id + ".now");
    for (const core::Snapshot& s : a.snapshots) {
      ImGui::PushID(s.id.c_str());
      if (ImGui::Selectable(Shown(ctx, label(s.id)), selected == s.id)) selected = s.id;
      ctx.Mark(std::string("report.compare") + id + "." + s.id);
      ImGui::PopID();
    }
    ImGui::EndCombo();
  }
  ctx.Mark(std::string("report.compare") + id);
}

const char* Level(std::optional<int> level) {
  static const char* kNames[] = {"0", "1", "2", "3", "4", "5", "6", "7", "8", "9"};
  return level && *level >= 0 && *level <= 9 ? kNames[*level] : "–";
}

std::string SnapshotName(const core::Assessment& a, const std::string& snapshot_id) {
  for (const core::Snapshot& s : a.snapshots) if (s.id == snapshot_id) return s.label;
  return "Now";
}

// The two states on one radar: the earlier one as an outline, the later filled,
// so growth reads as the filled shape reaching past the line.
void DrawDeltaRadar(UiContext& ctx, const core::Role& role, const core::Assessment& a,
                    const core::LevelMap& from, const core::LevelMap& to, float width) {
  const ReportState& state = ctx.view.report;
  RadarInput input;
  input.widget = "compare.radar";
  input.title = "Snapshots compared";
  input.max_value = role.rating_model.MaxLevel();
  for (const core::ScaleLevel& l : role.rating_model.scale) if (l.level > 0) input.level_names.push_back(l.name);
  RadarSeries before{SnapshotName(a, state.compare_from), ctx.palette.goals, {}, false};
  RadarSeries after{SnapshotName(a, state.compare_to), ctx.palette.accent, {}, true};
  for (const core::ItemScore& item : ctx.score->items) {
    input.axis_ids.push_back(item.id);
    input.axis_names.push_back(item.name);
    const auto a_level = Find(from, item.id), b_level = Find(to, item.id);
    before.values.push_back(a_level ? std::optional<double>(*a_level) : std::nullopt);
    after.values.push_back(b_level ? std::optional<double>(*b_level) : std::nullopt);
  }
  input.series = {before, after};
  DrawRadar(ctx, input, RadarBox(width));
}

void DrawChangeTable(UiContext& ctx, const std::vector<core::LevelChange>& changes, float width) {
  if (changes.empty()) {
    TextMuted(ctx, "No rating differs between these two.");
    return;
  }
  if (!ImGui::BeginTable("##changes", 4, ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH, ImVec2(width, 0))) return;
  ImGui::TableSetupColumn("Item", ImGuiTableColumnFlags_WidthStretch);
  ImGui::TableSetupColumn("From", ImGuiTableColumnFlags_WidthFixed, ctx.metrics.column_level);
  ImGui::TableSetupColumn("To", ImGuiTableColumnFlags_WidthFixed, ctx.metrics.column_level);
  ImGui::TableSetupColumn("Change", ImGuiTableColumnFlags_WidthFixed, ctx.metrics.column_figure);
  ImGui::TableHeadersRow();
  for (const core::LevelChange& c : changes) {
    ImGui::TableNextRow();
    ImGui::TableNextColumn();
    TextShown(ctx, c.item->name);
    ImGui::TableNextColumn();
    ImGui::TextUnformatted(Level(c.from));
    ImGui::TableNextColumn();
    ImGui::TextUnformatted(Level(c.to));
    ImGui::TableNextColumn();
    const int delta = c.Delta();
    ImGui::TextColored(delta >= 0 ? ctx.palette.success : ctx.palette.danger, "%+d", delta);
  }
  ImGui::EndTable();
}

void DrawComparison(UiContext& ctx, const core::Role& role, const core::Assessment& a, float width) {
  ReportState& state = ctx.view.report;
  // Until the person picks, compare the latest snapshot with now: the question
  // people open this with is "what changed since last time?".
  if (state.compare_from.empty()) state.compare_from = a.snapshots.back().id;
  SnapshotCombo(ctx, "##from", state.compare_from, a);
  ImGui::SameLine();
  ImGui::TextUnformatted("→");
  ImGui::SameLine();
  SnapshotCombo(ctx, "##to", state.compare_to, a);
  const core::LevelMap from = core::LevelsAt(a, state.compare_from), to = core::LevelsAt(a, state.compare_to);
  const core::SnapshotDiff diff = core::DiffLevels(role, from, to);
  ImGui::TextColored(ctx.palette.text_muted, "%zu changes: %d up, %d down", diff.changes.size(), diff.up, diff.down);
  ctx.Mark("report.compare.summary");
  const float radar_width = std::min(width * 0.55f, ctx.metrics.snapshot_chart_max);
  ImGui::BeginGroup();
  ImGui::TextColored(ctx.palette.goals, "Outline: %s", SnapshotName(a, state.compare_from).c_str());
  ImGui::SameLine(0, ctx.metrics.space_l);
  ImGui::TextColored(ctx.palette.accent, "Filled: %s", SnapshotName(a, state.compare_to).c_str());
  DrawDeltaRadar(ctx, role, a, from, to, radar_width);
  ImGui::EndGroup();
  ImGui::SameLine(0, ctx.metrics.column_gap);
  ImGui::BeginGroup();
  DrawChangeTable(ctx, diff.changes, width - radar_width - ctx.metrics.column_gap);
  ImGui::EndGroup();
}

}  // namespace

void DrawSnapshots(UiContext& ctx, const core::Role& role, float width) {
  ReportState& state = ctx.view.report;
  const core::Assessment& a = *ctx.session.CurrentAssessment();
  const Card card = BeginCard(ctx, width);
  Heading(ctx, "Snapshots");
  TextMuted(ctx, "Save where you stand today; compare later to show growth.");
  ImGui::SetNextItemWidth(ctx.metrics.snapshot_combo_width);
  ImGui::PushStyleVar(ImGuiStyleVar_FrameBorderSize, ctx.metrics.hairline);
  ImGui::InputTextWithHint("##label", "Label, e.g. Mid-year review", &state.snapshot_label);
  ImGui::PopStyleVar();
  ctx.Mark("report.snapshot.label", "", AccessibleHint::Textbox("Snapshot label", state.snapshot_label));
  ImGui::SameLine();
  if (ImGui::Button("Save snapshot")) {
    ctx.Emit(core::TakeSnapshot{state.snapshot_label});
    state.snapshot_label.clear();
  }
  ctx.Mark("report.snapshot.take");
  for (const core::Snapshot& snap : a.snapshots) {
    ImGui::PushID(snap.id.c_str());
    ImGui::BulletText("%s · %s · %zu rated", Shown(ctx, snap.label), snap.taken_at.substr(0, 10).c_str(), snap.levels.size());
    ctx.Mark("report.snapshot." + snap.id);
    ImGui::SameLine();
    if (ImGui::SmallButton("Remove")) ctx.Emit(core::RemoveSnapshot{snap.id});
    ctx.Mark("report.snapshot.remove." + snap.id);
    ImGui::PopID();
  }
  if (!a.snapshots.empty()) {
    ImGui::Spacing();
    DrawComparison(ctx, role, a, width - card.padding * 2);
  }
  EndCard(ctx, card);
}

}  // namespace rex::ui
