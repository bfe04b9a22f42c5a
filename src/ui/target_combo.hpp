#pragma once
// A drop-down of a role's targets (Senior, Staff, ...), each with its summary on
// hover. The Assess header picks the assessment's target with it, the level diff
// its two sides.
#include <optional>
#include <string>

#include "core/assessment/rating_model.hpp"
#include "ui/ui_context.hpp"

namespace rex::ui {

// Returns the id of the target picked this frame, if any. The combo is marked as
// `widget`, each entry as "<widget>.<target id>".
std::optional<std::string> TargetCombo(UiContext& ctx, const std::string& widget, const core::RatingModel& model,
                                       const std::string& current, float width);

}  // namespace rex::ui
