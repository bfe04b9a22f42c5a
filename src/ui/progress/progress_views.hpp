#pragma once
// The pieces of the Progress page.
#include "core/role/role.hpp"
#include "ui/ui_context.hpp"

namespace rex::ui {

void DrawRadarCard(UiContext& ctx, const core::Role& role, float width);
// Each is a card `width` wide.
void DrawLevelLadder(UiContext& ctx, float width);
void DrawCareerGraph(UiContext& ctx, float width);
void DrawMilestoneTimeline(UiContext& ctx, const core::Role& role, float width);
void DrawLevelDiff(UiContext& ctx, const core::Role& role, float width);  // level_diff_panel.cpp

}  // namespace rex::ui
