// Level ladder, career path graph and milestone timeline.
#include <imgui.h>

#include <cmath>
#include <string>

#include "ui/assess/assess_views.hpp"
#include "ui/progress/progress_views.hpp"
#include "ui/widgets.hpp"

namespace rex::ui {
namespace {

int Percent(double fraction) { return static_cast<int>(std::lround(fraction * 100)); }

void Heading(const UiContext& ctx, const char* text) {
  ImGui::PushFont(ctx.fonts.heading);
  ImGui::TextUnformatted(text);
  ImGui::PopFont();
}

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
  ImGui::Text("%s: %d%% ready", name.c_str(), Percent(readiness.attainment));
  ImGui::PopFont();
  ctx.Mark("progress.path.detail");
  ImGui::TextColored(ctx.palette.text_muted, "%d of %d weighted items rated; measured against the %s profile",
                     readiness.rated, readiness.items, readiness.target.c_str());
  for (const core::PathItem& gap : readiness.top_gaps) {
    ImGui::PushID(gap.score.id.c_str());
    ImGui::TextColored(ctx.palette.danger, "-%d", gap.score.gap);
    ImGui::SameLine(ctx.Px(36));
    if (ImGui::Selectable(gap.score.name.c_str())) FocusItem(ctx, gap.score.id), ctx.view.page = Page::kAssess;
    ImGui::PopID();
  }
  for (const core::PromotionSkillStatus& promo : readiness.promotion_skills) {
    ImGui::BulletText("%s (%d of %zu linked skills at the bar)", promo.name.c_str(), promo.met, promo.skills.size());
  }
}

}  // namespace

void DrawLevelLadder(UiContext& ctx, const core::Role& role) {
  (void)role;
  const core::LevelLadder& ladder = ctx.view.progress.ladder;
  Heading(ctx, "Level ladder");
  for (size_t i = 0; i < ladder.rungs.size(); ++i) {
    const core::LadderRung& rung = ladder.rungs[i];
    ImGui::PushID(static_cast<int>(i));
    ImGui::PushFont(ctx.fonts.strong);
    ImGui::Text("%s%s", rung.name.c_str(), rung.chosen ? "  (your target)" : "");
    ImGui::PopFont();
    ImGui::SameLine(ctx.Px(200));
    ImGui::PushStyleColor(ImGuiCol_PlotHistogram, rung.verdict == core::Verdict::kReady ? ctx.palette.success : ctx.palette.accent);
    ImGui::ProgressBar(static_cast<float>(rung.attainment), ImVec2(ctx.Px(160), ctx.Px(10)), "");
    ImGui::PopStyleColor();
    ImGui::SameLine();
    ImGui::Text("%d%% · %d gaps", Percent(rung.attainment), rung.gaps);
    ctx.Mark("progress.rung." + rung.target);
    ImGui::PopID();
  }
  const std::vector<core::ItemScore> moves = ladder.MovesUp();
  if (!moves.empty()) {
    ImGui::TextColored(ctx.palette.text_muted, "What moves you up next:");
    for (const core::ItemScore& item : moves) ImGui::BulletText("%s (+%d)", item.name.c_str(), item.gap);
  }
}

void DrawCareerGraph(UiContext& ctx, const core::Role& role, float width) {
  (void)role;
  ProgressState& state = ctx.view.progress;
  const core::CareerGraph& graph = state.paths.graph;
  Heading(ctx, "Career paths");
  const float node_w = ctx.Px(170), node_h = ctx.Px(44);
  const float height = std::max(ctx.Px(200), static_cast<float>(graph.rows) * (node_h + ctx.Px(10)));
  const ImVec2 origin = ImGui::GetCursorScreenPos();
  const float span_x = width - node_w;
  auto box_min = [&](const core::CareerNode& n) {
    return ImVec2(origin.x + n.position.x * span_x, origin.y + n.position.y * height - node_h * 0.5f);
  };
  ImDrawList* draw = ImGui::GetWindowDrawList();
  for (const core::CareerEdge& e : graph.edges) {
    const ImVec2 a = box_min(graph.nodes[static_cast<size_t>(e.from)]);
    const ImVec2 b = box_min(graph.nodes[static_cast<size_t>(e.to)]);
    const ImVec2 from(a.x + node_w, a.y + node_h * 0.5f), to(b.x, b.y + node_h * 0.5f);
    draw->AddBezierCubic(from, ImVec2(from.x + ctx.Px(30), from.y), ImVec2(to.x - ctx.Px(30), to.y), to,
                         ImGui::GetColorU32(ctx.palette.border), ctx.Px(1.5f));
    draw->AddTriangleFilled(to, ImVec2(to.x - ctx.Px(7), to.y - ctx.Px(4)), ImVec2(to.x - ctx.Px(7), to.y + ctx.Px(4)),
                            ImGui::GetColorU32(ctx.palette.text_muted));
  }
  for (const core::CareerNode& n : graph.nodes) {
    const ImVec2 min = box_min(n);
    ImGui::SetCursorScreenPos(min);
    ImGui::PushID(n.id.c_str());
    if (ImGui::InvisibleButton("##node", ImVec2(node_w, node_h))) state.selected_path = n.id;
    ctx.Mark("progress.node." + n.id);
    const bool hovered = ImGui::IsItemHovered();
    const ImVec4 color = NodeColor(ctx, n.kind);
    draw->AddRectFilled(min, ImVec2(min.x + node_w, min.y + node_h),
                        ImGui::GetColorU32(hovered || state.selected_path == n.id ? ctx.palette.surface_hover : ctx.palette.surface), ctx.Px(8));
    draw->AddRect(min, ImVec2(min.x + node_w, min.y + node_h), ImGui::GetColorU32(color), ctx.Px(8), 0, ctx.Px(1.5f));
    const ImVec2 text_at(min.x + ctx.Px(8), min.y + ctx.Px(5));
    draw->PushClipRect(min, ImVec2(min.x + node_w - ctx.Px(6), min.y + node_h), true);
    draw->AddText(ctx.fonts.small, ctx.fonts.small->FontSize, text_at, ImGui::GetColorU32(ctx.palette.text), n.label.c_str());
    if (n.readiness >= 0) {
      const core::PathReadiness& r = state.paths.readiness[static_cast<size_t>(n.readiness)];
      const std::string ready = std::to_string(Percent(r.attainment)) + "% ready";
      draw->AddText(ctx.fonts.small, ctx.fonts.small->FontSize, ImVec2(text_at.x, text_at.y + ctx.fonts.small->FontSize + ctx.Px(3)),
                    ImGui::GetColorU32(color), ready.c_str());
    }
    draw->PopClipRect();
    if (hovered) ImGui::SetTooltip("%s", n.label.c_str());
    ImGui::PopID();
  }
  ImGui::SetCursorScreenPos(ImVec2(origin.x, origin.y + height + ctx.Px(8)));
  if (const core::PathReadiness* r = state.paths.FindReadiness(state.selected_path)) {
    for (const core::CareerNode& n : graph.nodes) {
      if (n.id == state.selected_path) DrawPathDetail(ctx, *r, n.label);
    }
  } else {
    TextMuted(ctx, "Click a next role or an adjacent path to see what it needs and your top gaps toward it.");
  }
}

void DrawMilestoneTimeline(UiContext& ctx, const core::Role& role) {
  const core::Assessment& a = *ctx.session.CurrentAssessment();
  Heading(ctx, "Milestones");
  const ImVec2 origin = ImGui::GetCursorScreenPos();
  const float width = ImGui::GetContentRegionAvail().x;
  std::vector<std::pair<const core::Group*, std::pair<int, int>>> stops;
  for (const core::Section& section : role.sections) {
    for (const core::Group& group : section.groups) {
      if (group.view != core::GroupView::kChecklist) continue;
      int done = 0, total = 0;
      for (const core::Item& item : group.items) {
        if (!role.rating_model.IsChecklist(item)) continue;
        ++total;
        const auto it = a.goals_done.find(item.id);
        done += it != a.goals_done.end() && it->second;
      }
      if (total > 0) stops.push_back({&group, {done, total}});
    }
  }
  if (stops.empty()) return;
  ImDrawList* draw = ImGui::GetWindowDrawList();
  const float y = origin.y + ctx.Px(14);
  const float step = width / static_cast<float>(stops.size());
  draw->AddLine(ImVec2(origin.x + step * 0.5f, y), ImVec2(origin.x + width - step * 0.5f, y), ImGui::GetColorU32(ctx.palette.border), ctx.Px(3));
  for (size_t i = 0; i < stops.size(); ++i) {
    const auto& [group, counts] = stops[i];
    const float x = origin.x + step * (static_cast<float>(i) + 0.5f);
    const float fraction = static_cast<float>(counts.first) / static_cast<float>(counts.second);
    draw->AddCircleFilled(ImVec2(x, y), ctx.Px(9), ImGui::GetColorU32(ctx.palette.surface));
    draw->PathArcTo(ImVec2(x, y), ctx.Px(9), -1.5708f, -1.5708f + fraction * 6.2832f, 24);
    draw->PathStroke(ImGui::GetColorU32(ctx.palette.goals), 0, ctx.Px(3));
    draw->AddCircle(ImVec2(x, y), ctx.Px(9), ImGui::GetColorU32(ctx.palette.border), 24, ctx.Px(1));
    const std::string label = group->title;
    const std::string count = std::to_string(counts.first) + " of " + std::to_string(counts.second);
    const ImVec2 ls = ImGui::CalcTextSize(label.c_str());
    draw->AddText(ImVec2(x - ls.x * 0.5f, y + ctx.Px(16)), ImGui::GetColorU32(ctx.palette.text), label.c_str());
    const ImVec2 cs = ImGui::CalcTextSize(count.c_str());
    draw->AddText(ImVec2(x - cs.x * 0.5f, y + ctx.Px(16) + ls.y), ImGui::GetColorU32(ctx.palette.text_muted), count.c_str());
    ctx.widgets.Record("progress.milestone." + group->id, ImVec2(x - ctx.Px(9), y - ctx.Px(9)), ImVec2(ctx.Px(18), ctx.Px(18)));
  }
  ImGui::Dummy(ImVec2(width, ctx.Px(14) + ctx.Px(16) + ImGui::GetTextLineHeight() * 2 + ctx.Px(8)));
}

}  // namespace rex::ui
