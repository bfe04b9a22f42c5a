#pragma once
// The pieces of the Report page.
#include "core/role/role.hpp"
#include "ui/ui_context.hpp"

namespace rex::ui {

void DrawReportFileCard(UiContext& ctx, float width);
void DrawPacketCard(UiContext& ctx, float width);
// Each is a card `width` wide.
void DrawSnapshots(UiContext& ctx, const core::Role& role, float width);
void DrawManagerReview(UiContext& ctx, const core::Role& role, float width);
// The roles loaded, their sources, and "Load a role…".
void DrawRolesCard(UiContext& ctx, float width);
// Only when this browser holds copies put aside.
void DrawAsideCopies(UiContext& ctx, float width);

}  // namespace rex::ui
