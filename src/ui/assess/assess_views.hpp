#pragma once
// The pieces of the Assess page. Views read the score report (derived data) and
// emit actions; none changes the assessment directly.
#include <string>
#include <vector>

#include "core/assessment/scoring.hpp"
#include "core/role/role.hpp"
#include "ui/ui_context.hpp"

namespace rex::ui {

// The rated items the current category shows, in role order.
std::vector<const core::ItemScore*> VisibleRows(const UiContext& ctx);

void DrawAssessHeader(UiContext& ctx, const core::Role& role);
void DrawCategoryTabs(UiContext& ctx);
void DrawRatingTable(UiContext& ctx, const core::Role& role, const std::vector<const core::ItemScore*>& rows);
void DrawFocusView(UiContext& ctx, const core::Role& role, const std::vector<const core::ItemScore*>& rows);
void DrawReadinessPanel(UiContext& ctx, const core::Role& role);
void DrawGoalsChecklist(UiContext& ctx, const core::Role& role);

// Keyboard: 0–4 rate the focused row, arrows / J K move, Enter toggles focus view,
// Ctrl+Z / Ctrl+Shift+Z (or Ctrl+Y) undo and redo. Ignored while typing in a field.
void HandleAssessKeys(UiContext& ctx, const std::vector<const core::ItemScore*>& rows);

// Opens `item_id` in the focus view (used by the readiness panel and radar clicks).
void FocusItem(UiContext& ctx, const std::string& item_id);

}  // namespace rex::ui
