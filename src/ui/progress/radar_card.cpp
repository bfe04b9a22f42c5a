// The radar card: one chart per category or an overview, with overlays for the
// target level, the manager's review and an earlier snapshot.
#include <imgui.h>

#include <algorithm>

#include "ui/assess/assess_views.hpp"
#include "ui/kind_labels.hpp"
#include "ui/progress/chart_series.hpp"
#include "ui/progress/progress_views.hpp"
#include "ui/progress/radar_widget.hpp"
#include "ui/widgets.hpp"

namespace rex::ui {
namespace {

ImVec4 SeriesColour(const UiContext& ctx, SeriesKind kind) {
  switch (kind) {
    case SeriesKind::kTarget: return ctx.palette.text_muted;
    case SeriesKind::kSnapshot: return ctx.palette.goals;
    case SeriesKind::kManager: return ctx.palette.scorecard;
    case SeriesKind::kSelf: return ctx.palette.accent;
  }
  return ctx.palette.text;
}

std::string GapNote(const core::ScoreReport& score, const std::string& id) {
  for (const core::ItemScore& item : score.items) {
    if (item.id != id) continue;
    if (!item.level) return "Not rated yet";
    return item.gap > 0 ? "Gap to target: " + std::to_string(item.gap) : "At or above target";
  }
  return "";
}

RadarInput BuildInput(UiContext& ctx, const core::Role& role) {
  const ChartData data = BuildChartData(role, *ctx.session.CurrentAssessment(), *ctx.score, ctx.view.progress);
  RadarInput input;
  input.widget = "radar";
  input.title = ctx.view.progress.chart.IsEveryItem() ? "Overview" : KindLabelPlural(ctx.view.progress.chart.kind);
  input.drawn_labels = &ctx.view.progress.axis_labels;
  input.max_value = role.rating_model.MaxLevel();
  for (const core::ScaleLevel& l : role.rating_model.scale) if (l.level > 0) input.level_names.push_back(l.name);
  input.axis_ids = data.axis_ids;
  input.axis_names = data.axis_names;
  for (const std::string& id : data.axis_ids) input.axis_notes.push_back(GapNote(*ctx.score, id));
  // One colour per category, so the overview reads as three arcs of labels.
  if (ctx.view.progress.chart.IsEveryItem()) {
    for (const std::string& kind : data.axis_kinds) input.axis_colors.push_back(KindColor(ctx.palette, kind.c_str()));
  }
  for (const ChartSeries& s : data.series) {
    input.series.push_back({s.name, SeriesColour(ctx, s.kind), s.values, s.kind == SeriesKind::kSelf, s.labels, s.meanings});
  }
  return input;
}

void DrawChartTabs(UiContext& ctx) {
  ProgressState& state = ctx.view.progress;
  PillRow row(ctx);
  auto tab = [&](const ItemScope& id, const std::string& label) {
    const std::string name = id.Name("overview");
    ImGui::PushID(static_cast<int>(id.of));
    ImGui::PushID(name.c_str());
    if (row.Pill(label, state.chart == id)) state.chart = id;
    ImGui::PopID();
    ctx.Mark("progress.chart." + name, "", AccessibleHint::Tab(label, state.chart == id, "Charts"));
    ImGui::PopID();
  };
  tab(ItemScope::EveryItem(), "Overview");
  for (const core::CategoryScore& c : ctx.score->categories) tab(ItemScope::Kind(c.kind), KindLabelPlural(c.kind));
}

void LegendToggle(UiContext& ctx, const char* label, const char* widget, bool& shown, const ImVec4& color) {
  ImGui::PushStyleColor(ImGuiCol_CheckMark, color);
  ImGui::Checkbox(label, &shown);
  ImGui::PopStyleColor();
  ctx.Mark(widget);
  ImGui::SameLine(0, ctx.metrics.group_gap);
}

void DrawSnapshotChoice(UiContext& ctx, const core::Assessment& a) {
  ProgressState& state = ctx.view.progress;
  const core::Snapshot* chosen = ChosenSnapshot(a, state.snapshot_id);
  ImGui::SetNextItemWidth(ctx.metrics.chart_combo_width);
  if (ImGui::BeginCombo("##snapshot", Shown(ctx, chosen->label + "  " + chosen->taken_at.substr(0, 10)))) {
    for (const core::Snapshot& s : a.snapshots) {
      ImGui::PushID(s.id.c_str());
      if (ImGui::Selectable(Shown(ctx, s.label + "  " + s.taken_at.substr(0, 10)), &s == chosen)) state.snapshot_id = s.id;
      ImGui::PopID();
    }
    ImGui::EndCombo();
  }
  ctx.Mark("progress.snapshot");
  ImGui::SameLine(0, ctx.metrics.group_gap);
}

void DrawLegend(UiContext& ctx) {
  ProgressState& state = ctx.view.progress;
  const core::Assessment& a = *ctx.session.CurrentAssessment();
  LegendToggle(ctx, "You", "progress.series.self", state.show_self, ctx.palette.accent);
  LegendToggle(ctx, "Target", "progress.series.target", state.show_target, ctx.palette.text_muted);
  if (!a.review.entries.empty()) LegendToggle(ctx, "Manager", "progress.series.manager", state.show_manager, ctx.palette.scorecard);
  if (!a.snapshots.empty()) {
    LegendToggle(ctx, "Snapshot", "progress.series.snapshot", state.show_snapshot, ctx.palette.goals);
    DrawSnapshotChoice(ctx, a);
  }
  if (state.chart.IsEveryItem()) {
    // The key to the label colours.
    for (const core::CategoryScore& c : ctx.score->categories) {
      ImGui::TextColored(KindColor(ctx.palette, c.kind.c_str()), "%s", Shown(ctx, KindLabelPlural(c.kind)));
      ImGui::SameLine(0, ctx.metrics.space_s);
    }
  }
  ImGui::NewLine();
}

}  // namespace

void DrawRadarCard(UiContext& ctx, const core::Role& role, float width) {
  const Card card = BeginCard(ctx, width);
  DrawChartTabs(ctx);
  DrawLegend(ctx);
  // Above the chart: a long chart with its numbered legend must not push them out of view.
  const ItemScope& chart = ctx.view.progress.chart;
  if (ImGui::Button("Download chart (SVG)")) ctx.Request(ExportChartSvg{chart});
  ctx.Mark("progress.export.svg");
  ImGui::SameLine();
  const bool png = ImGui::Button("Download picture (PNG)");
  ctx.Mark("progress.export.png");
  const RadarInput input = BuildInput(ctx, role);
  const ImVec2 size = RadarBox(std::min(width - 2 * ctx.metrics.card_padding, ctx.metrics.chart_max_size));
  ImGui::SetCursorPosX(ImGui::GetCursorPosX() + (width - 2 * ctx.metrics.card_padding - size.x) * 0.5f);
  const ImVec2 chart_min = ImGui::GetCursorScreenPos();
  if (const std::optional<int> axis = DrawRadar(ctx, input, size)) {
    FocusItem(ctx, input.axis_ids[static_cast<size_t>(*axis)]);
    ctx.view.page = Page::kAssess;
  }
  // The platform crops the canvas after this frame, which drew the chart where it is now.
  // The picture holds the chart and, when its axes are numbered, the legend under it.
  const float drawn_height =
      std::max(size.y, ImGui::GetCursorScreenPos().y - ImGui::GetStyle().ItemSpacing.y - chart_min.y);
  if (png) ctx.Request(ExportChartPng{role.id + "-" + chart.Name("overview") + "-radar.png", chart_min.x, chart_min.y, size.x, drawn_height});
  EndCard(ctx, card);
}

}  // namespace rex::ui
