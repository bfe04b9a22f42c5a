#include "ui/progress/radar_widget.hpp"

#include <algorithm>
#include <cmath>

#include "core/chart/radar.hpp"
#include "ui/widgets.hpp"

namespace rex::ui {
namespace {

ImVec2 Im(glm::vec2 v) { return ImVec2(v.x, v.y); }

ImU32 Alpha(const ImVec4& c, float a) { return ImGui::GetColorU32(ImVec4(c.x, c.y, c.z, a)); }

void DrawGrid(const UiContext& ctx, ImDrawList* draw, const core::RadarLayout& layout, const RadarInput& input) {
  const ImU32 line = ImGui::GetColorU32(ctx.palette.border);
  for (size_t r = 0; r < layout.rings.size(); ++r) {
    std::vector<ImVec2> ring;
    for (const glm::vec2& p : layout.rings[r]) ring.push_back(Im(p));
    draw->AddPolyline(ring.data(), static_cast<int>(ring.size()), line, ImDrawFlags_Closed, ctx.metrics.hairline);
    if (r < input.level_names.size()) {
      const ImVec2 at = Im(layout.rings[r].front());
      draw->AddText(ctx.fonts.small, ctx.fonts.small->FontSize,
                    ImVec2(at.x + ctx.metrics.space_xs, at.y - ctx.metrics.ring_label_rise),
                    ImGui::GetColorU32(ctx.palette.text_muted), std::to_string(r + 1).c_str());
    }
  }
  for (const glm::vec2& end : layout.axis_ends)
    draw->AddLine(Im(layout.spec.center), Im(end), line, ctx.metrics.hairline);
}

void DrawSeries(const UiContext& ctx, ImDrawList* draw, const core::RadarLayout& layout, const RadarSeries& series,
                double max_value) {
  const std::vector<glm::vec2> polygon = core::SeriesPolygon(layout, series.values, max_value);
  if (series.filled) {
    // ImGui 1.86 fills only convex shapes; a fan from the centre fills any radar shape.
    for (const core::Triangle& t : core::FanTriangles(layout.spec.center, polygon)) {
      draw->AddTriangleFilled(Im(t[0]), Im(t[1]), Im(t[2]), Alpha(series.color, 0.16f));
    }
  }
  std::vector<ImVec2> outline;
  for (const glm::vec2& p : polygon) outline.push_back(Im(p));
  draw->AddPolyline(outline.data(), static_cast<int>(outline.size()), Alpha(series.color, 1.0f), ImDrawFlags_Closed,
                    series.filled ? ctx.metrics.stroke_strong : ctx.metrics.stroke);
  for (size_t i = 0; i < polygon.size(); ++i) {
    if (series.values[i]) draw->AddCircleFilled(Im(polygon[i]), ctx.metrics.dot_radius, Alpha(series.color, 1.0f));
  }
}

ImVec2 LabelOrigin(const core::LabelAnchor& anchor, ImVec2 box) {
  ImVec2 at = Im(anchor.point);
  if (anchor.h == core::HAlign::kCenter) at.x -= box.x * 0.5f;
  if (anchor.h == core::HAlign::kRight) at.x -= box.x;
  if (anchor.v == core::VAlign::kMiddle) at.y -= box.y * 0.5f;
  if (anchor.v == core::VAlign::kBottom) at.y -= box.y;
  return at;
}

// The axis nearest the mouse by angle, if the mouse is over the chart or its labels.
std::optional<int> HoveredAxis(const core::RadarLayout& layout, float reach) {
  const ImVec2 mouse = ImGui::GetIO().MousePos;
  const glm::vec2 d(mouse.x - layout.spec.center.x, mouse.y - layout.spec.center.y);
  const float distance = std::sqrt(d.x * d.x + d.y * d.y);
  if (distance < layout.spec.radius * 0.15f || distance > reach) return std::nullopt;
  int best = 0;
  float best_dot = -2;
  for (size_t i = 0; i < layout.directions.size(); ++i) {
    const float dot = (d.x * layout.directions[i].x + d.y * layout.directions[i].y) / distance;
    if (dot > best_dot) best_dot = dot, best = static_cast<int>(i);
  }
  return best;
}

std::string ValueText(const RadarSeries& s, size_t axis) {
  if (axis < s.labels.size()) return s.labels[axis];
  const auto& v = s.values[axis];
  return v ? std::to_string(static_cast<int>(*v)) : "not rated";
}

void Tooltip(UiContext& ctx, const RadarInput& input, int axis) {
  const size_t a = static_cast<size_t>(axis);
  std::vector<std::string> lines{input.axis_names[a]};
  ImGui::BeginTooltip();
  ImGui::PushTextWrapPos(ctx.metrics.tooltip_wrap);
  ImGui::PushFont(ctx.fonts.strong);
  TextShown(ctx, lines.back());
  ImGui::PopFont();
  for (const RadarSeries& s : input.series) {
    lines.push_back(s.name + ": " + ValueText(s, a));
    ImGui::TextColored(s.color, "%s", Shown(ctx, lines.back()));
    if (a >= s.notes.size() || s.notes[a].empty()) continue;
    lines.push_back(s.notes[a]);
    ImGui::Indent(ctx.metrics.space_m);
    ImGui::PushFont(ctx.fonts.small);
    TextWrappedColored(ctx.palette.text_muted, Shown(ctx, lines.back()));
    ImGui::PopFont();
    ImGui::Unindent(ctx.metrics.space_m);
  }
  if (a < input.axis_notes.size() && !input.axis_notes[a].empty()) {
    lines.push_back(input.axis_notes[a]);
    ImGui::TextColored(ctx.palette.text_muted, "%s", Shown(ctx, lines.back()));
  }
  ImGui::PopTextWrapPos();
  ImGui::EndTooltip();
  ctx.widgets.RecordTooltip(std::move(lines));
}

// Numbered axes (core::PlanAxisLabels): every name in full, in columns under the
// chart, in its axis's colour; the hovered axis is highlighted here too.
void DrawAxisLegend(UiContext& ctx, const RadarInput& input, float width, std::optional<int> hovered) {
  // Columns of about 300 px (long names wrap inside theirs), compact rows: the
  // legend should read as part of the chart, not as a page of its own.
  const int columns = std::clamp(static_cast<int>(width / ctx.metrics.min_column_width), 1, 3);
  const int rows = (static_cast<int>(input.axis_names.size()) + columns - 1) / columns;
  ImGui::PushStyleVar(ImGuiStyleVar_CellPadding, ImVec2(ctx.metrics.legend_cell_padding, ctx.metrics.hairline));
  const bool open = ImGui::BeginTable(("##legend" + input.widget).c_str(), columns, ImGuiTableFlags_SizingStretchSame,
                                      ImVec2(width, 0));
  ImGui::PopStyleVar();
  if (!open) return;
  for (int row = 0; row < rows; ++row) {
    ImGui::TableNextRow();
    for (int column = 0; column < columns; ++column) {
      ImGui::TableNextColumn();
      const size_t a = static_cast<size_t>(column * rows + row);
      if (a >= input.axis_names.size()) continue;
      const ImVec4 base = a < input.axis_colors.size() ? input.axis_colors[a] : ctx.palette.text;
      const ImVec4 colour = hovered == static_cast<int>(a) ? ctx.palette.accent : base;
      const std::string number = std::to_string(a + 1);
      ImGui::TextColored(colour, "%s", number.c_str());
      // Names line up after numbers of up to two digits.
      ImGui::SameLine(0, ImGui::CalcTextSize("00").x - ImGui::CalcTextSize(number.c_str()).x + ctx.metrics.space_s);
      ImGui::PushStyleColor(ImGuiCol_Text, colour);
      ImGui::TextWrapped("%s", Shown(ctx, input.axis_names[a]));
      ImGui::PopStyleColor();
      ctx.Mark(input.widget + ".legend." + input.axis_ids[a], std::to_string(a + 1) + " " + input.axis_names[a]);
    }
  }
  ImGui::EndTable();
}

// The chart's numbers as a table for a screen reader: one row per axis, one
// column per series, each value in words where the chart has them.
void ExposeData(UiContext& ctx, const RadarInput& input, ImVec2 origin, ImVec2 size) {
  AccessibleNode node;
  node.id = input.widget + ".data";
  node.role = AccessibleRole::kTable;
  node.name = input.title.empty() ? "Chart data" : input.title + ": data";
  std::vector<std::string> header{"Item"};
  for (const RadarSeries& series : input.series) header.push_back(series.name);
  node.cells.push_back(std::move(header));
  for (size_t a = 0; a < input.axis_names.size(); ++a) {
    std::vector<std::string> row{input.axis_names[a]};
    for (const RadarSeries& series : input.series) {
      const bool has = a < series.values.size() && series.values[a];
      row.push_back(a < series.labels.size() && !series.labels[a].empty() ? series.labels[a]
                    : has ? std::to_string(static_cast<int>(*series.values[a]))
                          : "–");
    }
    node.cells.push_back(std::move(row));
  }
  node.x = origin.x;
  node.y = origin.y;
  node.w = size.x;
  node.h = size.y;
  ctx.widgets.Expose(std::move(node));
}

}  // namespace

ImVec2 RadarBox(float width) { return ImVec2(width, core::FitRadarHeight(width, ImGui::GetTextLineHeight())); }

std::optional<int> DrawRadar(UiContext& ctx, const RadarInput& input, ImVec2 size) {
  const int axes = static_cast<int>(input.axis_ids.size());
  if (axes < core::kRadarMinAxes) return std::nullopt;
  const ImVec2 origin = ImGui::GetCursorScreenPos();
  ImGui::InvisibleButton(("##" + input.widget).c_str(), size);
  ctx.Mark(input.widget + ".chart");
  if (ImGui::IsItemVisible()) ExposeData(ctx, input, origin, size);
  const bool clicked = ImGui::IsItemClicked();
  const float line_height = ImGui::GetTextLineHeight();
  const core::RadarSpec spec = core::FitRadar({origin.x, origin.y}, {origin.x + size.x, origin.y + size.y}, axes,
                                              static_cast<int>(input.max_value), line_height);
  const core::RadarLayout layout = core::LayoutRadar(spec);
  ImDrawList* draw = ImGui::GetWindowDrawList();
  DrawGrid(ctx, draw, layout, input);
  for (const RadarSeries& series : input.series) DrawSeries(ctx, draw, layout, series, input.max_value);

  const core::TextMeasure measure = [](std::string_view s) { return ImGui::CalcTextSize(s.data(), s.data() + s.size()).x; };
  const core::AxisLabelPlan plan = core::PlanAxisLabels(input.axis_names, core::LabelBudgets(layout, line_height), measure);
  const std::optional<int> hovered = ImGui::IsItemHovered() ? HoveredAxis(layout, std::max(size.x, size.y)) : std::nullopt;
  if (input.drawn_labels) input.drawn_labels->clear();
  for (int i = 0; i < axes; ++i) {
    const size_t a = static_cast<size_t>(i);
    const core::FittedLabel& label = plan.labels[a];
    const ImVec2 box(label.width, line_height * static_cast<float>(label.lines.size()));
    ImVec2 at = LabelOrigin(layout.labels[a], box);
    const ImVec4 base = a < input.axis_colors.size() ? input.axis_colors[a] : ctx.palette.text;
    const ImU32 color = ImGui::GetColorU32(hovered == i ? ctx.palette.accent : base);
    for (const std::string& line : label.lines) {
      draw->AddText(at, color, Shown(ctx, line));
      at.y += line_height;
    }
    ctx.widgets.Record(input.widget + ".axis." + input.axis_ids[a], Im(layout.axis_ends[a]), ImVec2(1, 1));
    if (input.drawn_labels) {
      std::string drawn;
      for (const std::string& line : label.lines) drawn += (drawn.empty() ? "" : " ") + line;
      input.drawn_labels->push_back({input.axis_ids[a], drawn, plan.numbered ? input.axis_names[a] : ""});
    }
  }
  if (hovered) Tooltip(ctx, input, *hovered);
  if (plan.numbered) DrawAxisLegend(ctx, input, size.x, hovered);
  if (clicked && hovered) return hovered;
  return std::nullopt;
}

}  // namespace rex::ui
