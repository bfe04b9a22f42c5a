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

// Moves the keyboard focus of the Assess page (rows or goals) by `delta`, kept
// inside 0..count-1, and scrolls it into view.
void MoveFocus(UiContext& ctx, int delta, int count);
// +1 for Down or J, -1 for Up or K (held keys repeat), 0 otherwise.
int FocusStepKeys();

// A row of a ranked list: a figure ("-2", "+1") in `color`, then the item's name;
// clicking the name opens that item on the Assess page. Marked as `widget`.
void ItemLinkRow(UiContext& ctx, const std::string& item_id, const std::string& name, const std::string& figure,
                 const ImVec4& color, const std::string& widget = "");

}  // namespace rex::ui
