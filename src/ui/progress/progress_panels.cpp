// Level ladder, career path graph and milestone timeline.
#include <imgui.h>

#include <algorithm>
#include <cfloat>
#include <cmath>
#include <string>

#include "ui/assess/assess_views.hpp"
#include "ui/progress/progress_views.hpp"
#include "ui/widgets.hpp"

namespace rex::ui {
namespace {

int Percent(double fraction) { return static_cast<int>(std::lround(fraction * 100)); }

ImVec4 NodeColor(const UiContext& ctx, core::CareerNodeKind kind) {
  switch (kind) {
    case core::CareerNodeKind::kFeeder: return ctx.palette.other;
    case core::CareerNodeKind::kCurrent: return ctx.palette.accent;
    case core::CareerNodeKind::kNext: return ctx.palette.success;
    case core::CareerNodeKind::kAdjacent: return ctx.palette.goals;
  }
  return ctx.palette.other;
}

void DrawPathDetail(UiContext& ctx, const core::PathReadiness& readiness, const std::string& name) {
  ImGui::PushFont(ctx.fonts.strong);
  ImGui::Text("%s: %d%% ready", Shown(ctx, name), Percent(readiness.attainment));
  ImGui::PopFont();
  ctx.Mark("progress.path.detail");
  ImGui::TextColored(ctx.palette.text_muted, "%d of %d weighted items rated; measured against the %s profile",
                     readiness.rated, readiness.items, readiness.target.c_str());
  if (!readiness.top_gaps.empty()) Caption(ctx, "Top gaps toward it");
  for (const core::PathItem& gap : readiness.top_gaps) {
    ItemLinkRow(ctx, gap.score.id, gap.score.name, "-" + std::to_string(gap.score.gap), ctx.palette.danger);
  }
  if (!readiness.promotion_skills.empty()) Caption(ctx, "Skills needed for promotion");
  for (const core::PromotionSkillStatus& promo : readiness.promotion_skills) {
    ImGui::BulletText("%s (%d of %zu linked skills at the bar)", Shown(ctx, promo.name), promo.met, promo.skills.size());
  }
}

}  // namespace

void DrawLevelLadder(UiContext& ctx, float width) {
  const core::LevelLadder& ladder = ctx.derived->ladder;
  const Card card = BeginCard(ctx, width);
  Heading(ctx, "Level ladder");
  const float inner = width - card.padding * 2;
  const float label_w = ctx.metrics.rung_label_width, figures_w = ctx.metrics.rung_figures_width;
  const float bar_w = std::max(ctx.metrics.rung_bar_min, inner - label_w - figures_w - ctx.metrics.space_l);
  // Highest rung first, as a ladder reads.
  for (size_t i = ladder.rungs.size(); i-- > 0;) {
    const core::LadderRung& rung = ladder.rungs[i];
    ImGui::PushID(static_cast<int>(i));
    const float row_x = ImGui::GetCursorPosX();
    ImGui::PushFont(rung.chosen ? ctx.fonts.strong : ImGui::GetFont());
    TextShown(ctx, rung.name);
    ImGui::PopFont();
    if (rung.chosen) {
      ImGui::SameLine();
      ImGui::TextColored(ctx.palette.accent, "target");
    }
    SameLineAt(row_x + label_w);
    const bool ready = rung.verdict == core::Verdict::kReady;
    ImGui::PushStyleColor(ImGuiCol_PlotHistogram, ready ? ctx.palette.success : ctx.palette.accent);
    ImGui::PushStyleColor(ImGuiCol_FrameBg, ctx.palette.surface_hover);
    ImGui::SetCursorPosY(ImGui::GetCursorPosY() + (ImGui::GetTextLineHeight() - ctx.metrics.bar_height) * 0.5f);
    ImGui::ProgressBar(static_cast<float>(rung.attainment), ImVec2(bar_w, ctx.metrics.bar_height), "");
    ImGui::PopStyleColor(2);
    SameLineAt(row_x + label_w + bar_w + ctx.metrics.space_m);
    ImGui::Text("%d%%", Percent(rung.attainment));
    ImGui::SameLine();
    const std::string status = ready ? "ready" : std::to_string(rung.gaps) + " gaps";
    ImGui::TextColored(ready ? ctx.palette.success : ctx.palette.text_muted, "%s", Shown(ctx, status));
    ctx.Mark("progress.rung." + rung.target);
    ImGui::PopID();
  }
  const std::vector<core::ItemScore> moves = ladder.MovesUp();
  if (!moves.empty()) {
    ImGui::Spacing();
    ImGui::TextColored(ctx.palette.text_muted, "What moves you up next");
    for (const core::ItemScore& item : moves) {
      ItemLinkRow(ctx, item.id, item.name, "+" + std::to_string(item.gap), ctx.palette.danger);
    }
  }
  EndCard(ctx, card);
}

namespace {

float NodeWidth(const UiContext& ctx, const core::CareerGraph& graph, float graph_width) {
  float widest = 0;
  for (const core::CareerNode& n : graph.nodes) {
    widest = std::max(widest, ctx.fonts.small->CalcTextSizeA(ctx.fonts.small->FontSize, FLT_MAX, 0, ShownIn(ctx, ctx.fonts.small, n.label)).x);
  }
  // Three columns with room for the arrows between them.
  return std::min(widest + 2 * ctx.metrics.node_padding_x, (graph_width - ctx.metrics.graph_edge_room) / 3);
}

void DrawCareerNodes(UiContext& ctx, const core::CareerGraph& graph, ImVec2 origin, ImVec2 size, ImVec2 node) {
  ProgressState& state = ctx.view.progress;
  const float span_x = size.x - node.x;
  auto box_min = [&](const core::CareerNode& n) {
    return ImVec2(origin.x + n.position.x * span_x, origin.y + n.position.y * size.y - node.y * 0.5f);
  };
  ImDrawList* draw = ImGui::GetWindowDrawList();
  for (const core::CareerEdge& e : graph.edges) {
    const ImVec2 a = box_min(graph.nodes[static_cast<size_t>(e.from)]);
    const ImVec2 b = box_min(graph.nodes[static_cast<size_t>(e.to)]);
    const ImVec2 from(a.x + node.x, a.y + node.y * 0.5f), to(b.x, b.y + node.y * 0.5f);
    draw->AddBezierCubic(from, ImVec2(from.x + ctx.metrics.edge_curve, from.y),
                         ImVec2(to.x - ctx.metrics.edge_curve, to.y), to, ImGui::GetColorU32(ctx.palette.border),
                         ctx.metrics.stroke);
    draw->AddTriangleFilled(to, ImVec2(to.x - ctx.metrics.arrow_length, to.y - ctx.metrics.space_xs),
                            ImVec2(to.x - ctx.metrics.arrow_length, to.y + ctx.metrics.space_xs),
                            ImGui::GetColorU32(ctx.palette.text_muted));
  }
  for (const core::CareerNode& n : graph.nodes) {
    const ImVec2 min = box_min(n), max(min.x + node.x, min.y + node.y);
    ImGui::SetCursorScreenPos(min);
    ImGui::PushID(n.id.c_str());
    if (ImGui::InvisibleButton("##node", node) && n.readiness >= 0) state.selected_path = n.id;
    ctx.Mark("progress.node." + n.id);
    const bool hovered = ImGui::IsItemHovered() && n.readiness >= 0;
    const bool selected = state.selected_path == n.id;
    const ImVec4 color = NodeColor(ctx, n.kind);
    draw->AddRectFilled(min, max,
                        ImGui::GetColorU32(hovered || selected ? ctx.palette.surface_hover : ctx.palette.surface),
                        ctx.metrics.node_rounding);
    draw->AddRect(min, max, ImGui::GetColorU32(color), ctx.metrics.node_rounding, 0,
                  selected ? ctx.metrics.stroke_selected : ctx.metrics.stroke);
    const ImVec2 text_at(min.x + ctx.metrics.node_padding_x, min.y + ctx.metrics.node_padding_y);
    draw->PushClipRect(min, ImVec2(max.x - ctx.metrics.node_padding_y, max.y), true);
    draw->AddText(ctx.fonts.small, ctx.fonts.small->FontSize, text_at, ImGui::GetColorU32(ctx.palette.text), ShownIn(ctx, ctx.fonts.small, n.label));
    if (n.readiness >= 0) {
      const core::PathReadiness& r = ctx.derived->paths.readiness[static_cast<size_t>(n.readiness)];
      const std::string ready = std::to_string(Percent(r.attainment)) + "% ready";
      draw->AddText(ctx.fonts.strong, ctx.fonts.small->FontSize,
                    ImVec2(text_at.x, text_at.y + ctx.fonts.small->FontSize + ctx.metrics.line_gap),
                    ImGui::GetColorU32(color), ready.c_str());
    }
    draw->PopClipRect();
    if (hovered) ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", Shown(ctx, n.label));  // labels may be clipped
    ImGui::PopID();
  }
}

}  // namespace

void DrawCareerGraph(UiContext& ctx, float width) {
  ProgressState& state = ctx.view.progress;
  const core::CareerGraph& graph = ctx.derived->paths.graph;
  const Card card = BeginCard(ctx, width);
  Heading(ctx, "Career paths");
  TextMuted(ctx, "Where this role comes from and leads. Readiness per path weighs the skills that path needs most.");
  const float inner = width - card.padding * 2;
  const float graph_w = std::floor(inner * 0.62f), detail_w = inner - graph_w - ctx.metrics.side_panel_gap;
  const ImVec2 node(NodeWidth(ctx, graph, graph_w), ctx.metrics.node_height);
  const float height =
      std::max(ctx.metrics.graph_min_height, static_cast<float>(graph.rows) * (node.y + ctx.metrics.node_gap));
  const ImVec2 origin = ImGui::GetCursorScreenPos();
  DrawCareerNodes(ctx, graph, origin, ImVec2(graph_w, height), node);
  ImGui::SetCursorScreenPos(ImVec2(origin.x + graph_w + ctx.metrics.side_panel_gap, origin.y));
  ImGui::BeginGroup();
  ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + detail_w);
  const core::PathReadiness* r = ctx.derived->paths.FindReadiness(state.selected_path);
  for (const core::CareerNode& n : graph.nodes) {
    if (r && n.id == state.selected_path) DrawPathDetail(ctx, *r, n.label);
  }
  if (!r) TextMuted(ctx, "Click a next role or an adjacent path to see what it needs and your top gaps toward it.");
  ImGui::PopTextWrapPos();
  ImGui::EndGroup();
  ImGui::SetCursorScreenPos(
      ImVec2(origin.x, std::max(origin.y + height, ImGui::GetItemRectMax().y) + ctx.metrics.space_xs));
  ImGui::Dummy(ImVec2(inner, 0));
  EndCard(ctx, card);
}

// A vertical timeline: one stop per checklist group (30/60/90 days, 6 and 12
// months, ...), each with a ring that fills as its goals are checked off.
void DrawMilestoneTimeline(UiContext& ctx, const core::Role& role, float width) {
  const core::Assessment& a = *ctx.session.CurrentAssessment();
  struct Stop {
    const core::Group* group;
    int done = 0, total = 0;
  };
  std::vector<Stop> stops;
  for (const core::Section& section : role.sections) {
    for (const core::Group& group : section.groups) {
      if (group.view != core::GroupView::kChecklist) continue;
      Stop stop{&group};
      for (const core::Item& item : group.items) {
        if (!role.rating_model.IsChecklist(item)) continue;
        ++stop.total;
        const auto it = a.goals_done.find(item.id);
        stop.done += it != a.goals_done.end() && it->second;
      }
      if (stop.total > 0) stops.push_back(stop);
    }
  }
  if (stops.empty()) return;
  const Card card = BeginCard(ctx, width);
  Heading(ctx, "Milestones");
  ImDrawList* draw = ImGui::GetWindowDrawList();
  const float radius = ctx.metrics.stop_radius,
              row_h = std::max(ctx.metrics.stop_row_min, ImGui::GetTextLineHeight() * 1.9f);
  const ImVec2 origin = ImGui::GetCursorScreenPos();
  const float cx = origin.x + radius + ctx.metrics.space_2xs;
  draw->AddLine(ImVec2(cx, origin.y + row_h * 0.5f),
                ImVec2(cx, origin.y + row_h * (static_cast<float>(stops.size()) - 0.5f)),
                ImGui::GetColorU32(ctx.palette.border), ctx.metrics.rail);
  for (size_t i = 0; i < stops.size(); ++i) {
    const Stop& stop = stops[i];
    const float cy = origin.y + row_h * (static_cast<float>(i) + 0.5f);
    const float fraction = static_cast<float>(stop.done) / static_cast<float>(stop.total);
    draw->AddCircleFilled(ImVec2(cx, cy), radius, ImGui::GetColorU32(ctx.palette.surface));
    draw->AddCircle(ImVec2(cx, cy), radius, ImGui::GetColorU32(ctx.palette.border), 24, ctx.metrics.stroke);
    if (stop.done > 0) {
      draw->PathArcTo(ImVec2(cx, cy), radius, -1.5708f, -1.5708f + fraction * 6.2832f, 24);
      draw->PathStroke(ImGui::GetColorU32(ctx.palette.goals), 0, ctx.metrics.rail);
    }
    const float text_y = cy - ImGui::GetTextLineHeight() * 0.5f;
    draw->AddText(ImVec2(cx + radius + ctx.metrics.space_m, text_y), ImGui::GetColorU32(ctx.palette.text),
                  Shown(ctx, stop.group->title));
    const std::string count = std::to_string(stop.done) + " of " + std::to_string(stop.total) + " done";
    const float count_w = ImGui::CalcTextSize(count.c_str()).x;
    draw->AddText(ImVec2(origin.x + width - card.padding * 2 - count_w, text_y),
                  ImGui::GetColorU32(stop.done == stop.total ? ctx.palette.success : ctx.palette.text_muted), count.c_str());
    ctx.widgets.Record("progress.milestone." + stop.group->id, ImVec2(cx - radius, cy - radius), ImVec2(radius * 2, radius * 2));
  }
  ImGui::Dummy(ImVec2(width - card.padding * 2, row_h * static_cast<float>(stops.size())));
  EndCard(ctx, card);
}

}  // namespace rex::ui
