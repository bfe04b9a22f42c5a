// The Team page: many people's reports at once, read in this tab and never
// uploaded. Toolbar, the files that could not be read, then per role: headline
// numbers, the heat map, readiness beside the team radar, and calibration.
#include <imgui.h>

#include <algorithm>
#include <cmath>
#include <string>

#include "ui/pages/pages.hpp"
#include "ui/team/team_views.hpp"
#include "ui/widgets.hpp"

namespace rex::ui {
namespace {

// With people of several roles, one role is shown at a time: a pill per role.
const TeamRoleView& ChooseRole(UiContext& ctx, const TeamData& data) {
  std::string& chosen = ctx.view.team.role_id;
  const auto shown = std::find_if(data.roles.begin(), data.roles.end(),
                                  [&](const TeamRoleView& r) { return r.figures.role->id == chosen; });
  const TeamRoleView& current = shown == data.roles.end() ? data.roles.front() : *shown;
  if (data.roles.size() < 2) return current;
  for (const TeamRoleView& role : data.roles) {
    const std::string label = role.figures.role->title + " · " + std::to_string(role.figures.people.size());
    if (Pill(ctx, Shown(ctx, label), &role == &current)) {
      chosen = role.figures.role->id;
      ctx.redraw = true;
    }
    ctx.Mark("team.role." + role.figures.role->id, label);
    ImGui::SameLine();
  }
  ImGui::NewLine();
  return current;
}

}  // namespace

void DrawTeamPage(UiContext& ctx) {
  ImGui::BeginChild("##team", ImVec2(0, 0), false, ImGuiWindowFlags_AlwaysVerticalScrollbar);
  DrawTeamToolbar(ctx);
  const TeamData& data = ctx.Team();
  if (ctx.session.team.files.empty()) {
    EmptyState(ctx, "Your team, side by side",
               "Drop your people's report files anywhere on this page, or choose Add reports… They are read in "
               "this tab and kept in this browser only: nothing is uploaded.");
    ImGui::EndChild();
    return;
  }
  ImGui::Dummy(ImVec2(0, ctx.metrics.space_s));
  DrawTeamProblems(ctx, data);
  if (data.roles.empty()) {
    ImGui::EndChild();
    return;
  }
  const TeamRoleView& role = ChooseRole(ctx, data);
  const float gap = ctx.metrics.column_gap;
  const float avail = ImGui::GetContentRegionAvail().x;
  DrawTeamHeadline(ctx, role);
  ImGui::Dummy(ImVec2(0, gap * 0.5f));
  DrawHeatMap(ctx, data, role, avail);
  ImGui::Dummy(ImVec2(0, gap * 0.5f));
  // Readiness is what a manager reads first: it takes the larger share.
  const float left = std::floor((avail - gap) * 0.58f);
  DrawReadinessTable(ctx, data, role, left);
  ImGui::SameLine(0, gap);
  DrawTeamRadar(ctx, data, role, avail - gap - left);
  ImGui::Dummy(ImVec2(0, gap * 0.5f));
  DrawCalibration(ctx, data, role, avail);
  ImGui::EndChild();
}

}  // namespace rex::ui
