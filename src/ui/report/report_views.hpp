#pragma once
// The pieces of the Report page.
#include "core/role/role.hpp"
#include "ui/ui_context.hpp"

namespace rex::ui {

void DrawReportFileCard(UiContext& ctx, float width);
void DrawPacketCard(UiContext& ctx, float width);
void DrawSnapshots(UiContext& ctx, const core::Role& role);
void DrawManagerReview(UiContext& ctx, const core::Role& role);

}  // namespace rex::ui
