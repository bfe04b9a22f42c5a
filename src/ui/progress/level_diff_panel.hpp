#pragma once
// The level diff of the Progress page: which two targets it compares. The panel
// itself is DrawLevelDiff (progress_views.hpp); the bridge reports the same pair.
#include <optional>
#include <string>

#include "core/progress/target_diff.hpp"
#include "ui/progress/progress_state.hpp"

namespace rex::ui {

// The person's picks where they name a target of the role, else
// core::DefaultDiffTargets for `chosen_target` (the step into it). Nothing when
// the role has a single target.
std::optional<core::TargetPair> DiffTargetsShown(const core::RatingModel& model, const std::string& chosen_target,
                                                 const ProgressState& state);

}  // namespace rex::ui
