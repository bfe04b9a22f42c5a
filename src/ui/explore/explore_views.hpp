#pragma once
// The pieces of the Explore page. Each draws one region and touches only the
// Explore view state; none changes the model.
#include "core/role/role.hpp"
#include "ui/ui_context.hpp"

namespace rex::ui {

void DrawSearchBox(UiContext& ctx);
void DrawSearchResults(UiContext& ctx, const core::Role& role);
void DrawSectionNav(UiContext& ctx, const core::Role& role);
void DrawSection(UiContext& ctx, const core::Role& role, const core::Section& section);
void DrawItemDetail(UiContext& ctx, const core::Role& role, const core::Item& item);

// Group renderers, chosen by the group's `view`.
void DrawListGroup(UiContext& ctx, const core::Group& group);
void DrawCardsGroup(UiContext& ctx, const core::Group& group);
void DrawTableGroup(UiContext& ctx, const core::Group& group);

// A group whose rated items describe their levels can also be read as a rubric:
// items x levels, the target's level marked (rubric_view.cpp).
bool HasRubric(const core::RatingModel& model, const core::Group& group);
// "Cards | Rubric" (the group's own view or the rubric), at the right end of the
// group's title line, centred on `middle_y` (window-local).
void DrawGroupViewToggle(UiContext& ctx, const core::Group& group, float middle_y);
void DrawRubricGroup(UiContext& ctx, const core::Role& role, const core::Group& group);

// Shared by the renderers: selection highlight, click-to-select and scroll-to.
// Call right after an item's widgets (grouped with BeginGroup/EndGroup).
void FinishItem(UiContext& ctx, const core::Item& item);
// Above this many items a group draws one line per item through ImGui's list
// clipper, so a role with thousands of items stays smooth.
constexpr int kClipThreshold = 150;

}  // namespace rex::ui
