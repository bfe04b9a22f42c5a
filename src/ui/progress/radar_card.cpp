// The radar card: one chart per category or an overview, with overlays for the
// target level, the manager's review and an earlier snapshot.
#include <imgui.h>

#include "ui/assess/assess_views.hpp"
#include "ui/kind_labels.hpp"
#include "ui/progress/progress_views.hpp"
#include "ui/progress/radar_widget.hpp"
#include "ui/widgets.hpp"

namespace rex::ui {
namespace {

const core::Snapshot* ChosenSnapshot(const core::Assessment& a, const std::string& id) {
  if (a.snapshots.empty()) return nullptr;
  for (const core::Snapshot& s : a.snapshots) if (s.id == id) return &s;
  return &a.snapshots.back();
}

RadarInput BuildInput(const UiContext& ctx, const core::Role& role) {
  const ProgressState& state = ctx.view.progress;
  const core::Assessment& a = *ctx.session.CurrentAssessment();
  RadarInput input;
  input.widget = "radar";
  input.max_value = role.rating_model.MaxLevel();
  for (const core::ScaleLevel& l : role.rating_model.scale) if (l.level > 0) input.level_names.push_back(l.name);
  RadarSeries self{"You", ctx.palette.accent, {}, true};
  RadarSeries target{"Target", ctx.palette.text_muted, {}, false};
  RadarSeries manager{"Manager", ctx.palette.scorecard, {}, false};
  const core::Snapshot* snap = ChosenSnapshot(a, state.snapshot_id);
  RadarSeries earlier{snap ? "Snapshot: " + snap->label : "Snapshot", ctx.palette.goals, {}, false};
  for (const core::ItemScore& item : ctx.score->items) {
    if (state.chart != "overview" && state.chart != item.kind) continue;
    input.axis_ids.push_back(item.id);
    input.axis_names.push_back(item.name);
    self.values.push_back(item.level ? std::optional<double>(*item.level) : std::nullopt);
    target.values.push_back(item.expected);
    const auto review = a.review.entries.find(item.id);
    manager.values.push_back(review != a.review.entries.end() && review->second.level ? std::optional<double>(*review->second.level) : std::nullopt);
    const auto old = snap ? snap->levels.find(item.id) : std::map<std::string, int>::const_iterator{};
    earlier.values.push_back(snap && old != snap->levels.end() ? std::optional<double>(old->second) : std::nullopt);
  }
  if (state.show_target) input.series.push_back(target);
  if (state.show_snapshot && snap) input.series.push_back(earlier);
  if (state.show_manager && !a.review.entries.empty()) input.series.push_back(manager);
  if (state.show_self) input.series.push_back(self);
  return input;
}

void DrawChartTabs(UiContext& ctx) {
  ProgressState& state = ctx.view.progress;
  auto tab = [&](const std::string& id, const std::string& label) {
    ImGui::PushID(id.c_str());
    if (Pill(ctx, label.c_str(), state.chart == id)) state.chart = id;
    ctx.Mark("progress.chart." + id);
    ImGui::PopID();
    ImGui::SameLine(0, ctx.Px(4));
  };
  tab("overview", "Overview");
  for (const core::CategoryScore& c : ctx.score->categories) tab(c.kind, KindLabelPlural(c.kind));
  ImGui::NewLine();
}

void LegendToggle(UiContext& ctx, const char* label, const char* widget, bool& shown, const ImVec4& color) {
  ImGui::PushStyleColor(ImGuiCol_CheckMark, color);
  ImGui::Checkbox(label, &shown);
  ImGui::PopStyleColor();
  ctx.Mark(widget);
  ImGui::SameLine(0, ctx.Px(14));
}

void DrawLegend(UiContext& ctx) {
  ProgressState& state = ctx.view.progress;
  const core::Assessment& a = *ctx.session.CurrentAssessment();
  LegendToggle(ctx, "You", "progress.series.self", state.show_self, ctx.palette.accent);
  LegendToggle(ctx, "Target", "progress.series.target", state.show_target, ctx.palette.text_muted);
  if (!a.review.entries.empty()) LegendToggle(ctx, "Manager", "progress.series.manager", state.show_manager, ctx.palette.scorecard);
  if (!a.snapshots.empty()) LegendToggle(ctx, "Earlier snapshot", "progress.series.snapshot", state.show_snapshot, ctx.palette.goals);
  ImGui::NewLine();
}

}  // namespace

void DrawRadarCard(UiContext& ctx, const core::Role& role, float width) {
  const Card card = BeginCard(ctx, width);
  DrawChartTabs(ctx);
  DrawLegend(ctx);
  const RadarInput input = BuildInput(ctx, role);
  const float size = std::min(width - ctx.Px(28), ctx.Px(560));
  ImGui::SetCursorPosX(ImGui::GetCursorPosX() + (width - ctx.Px(28) - size) * 0.5f);
  if (const std::optional<int> axis = DrawRadar(ctx, input, size)) {
    FocusItem(ctx, input.axis_ids[static_cast<size_t>(*axis)]);
    ctx.view.page = Page::kAssess;
  }
  if (ImGui::Button("Download chart (SVG)")) ctx.Request(ExportChartSvg{ctx.view.progress.chart});
  ctx.Mark("progress.export.svg");
  EndCard(ctx, card);
}

}  // namespace rex::ui
