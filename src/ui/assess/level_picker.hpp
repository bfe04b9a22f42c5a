#pragma once
// A segmented control for a proficiency level: one button per level of the scale,
// the expected level marked underneath, and the chosen one filled.
#include <optional>
#include <string>

#include "core/assessment/rating_model.hpp"
#include "ui/ui_context.hpp"

namespace rex::ui {

// Returns true and sets `chosen` when the person clicks a level. Clicking the
// current level again clears it (back to "not rated"). Widgets are named
// "<widget_prefix>.<level>" for the automation bridge.
bool LevelPicker(UiContext& ctx, const std::string& widget_prefix, const core::RatingModel& model,
                 std::optional<int> level, int expected, const ImVec4& color, std::optional<int>& chosen);

}  // namespace rex::ui
