#pragma once
// The pieces of the Progress page.
#include "core/role/role.hpp"
#include "ui/ui_context.hpp"

namespace rex::ui {

void DrawRadarCard(UiContext& ctx, const core::Role& role, float width);
void DrawLevelLadder(UiContext& ctx, const core::Role& role);
void DrawCareerGraph(UiContext& ctx, const core::Role& role, float width);
void DrawMilestoneTimeline(UiContext& ctx, const core::Role& role);

}  // namespace rex::ui
