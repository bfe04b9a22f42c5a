#pragma once
// The parts of the Team page (pages/team_page.cpp puts them together). Each
// draws from ctx.Team(), the figures of session.team, and changes the team only
// through actions.
#include "ui/team/team_data.hpp"
#include "ui/ui_context.hpp"

namespace rex::ui {

// Add reports or a folder, hide names, target, orders, exports, clear.
void DrawTeamToolbar(UiContext& ctx);
// Files that could not be read, each with its specific error and a remove button;
// then the warnings (a target a role does not have).
void DrawTeamProblems(UiContext& ctx, const TeamData& data);
// People, ready / almost / not yet, median attainment: the at-a-glance numbers.
void DrawTeamHeadline(UiContext& ctx, const TeamRoleView& role);
// People × items, coloured by level, the target's expectation marked.
void DrawHeatMap(UiContext& ctx, const TeamData& data, const TeamRoleView& role, float width);
// Readiness per person: verdict, attainment, rated, top gaps, change since the last snapshot.
void DrawReadinessTable(UiContext& ctx, const TeamData& data, const TeamRoleView& role, float width);
// Where self and manager disagree most.
void DrawCalibration(UiContext& ctx, const TeamData& data, const TeamRoleView& role, float width);
// Median and quartiles per item, one person over it on demand.
void DrawTeamRadar(UiContext& ctx, const TeamData& data, const TeamRoleView& role, float width);

}  // namespace rex::ui
