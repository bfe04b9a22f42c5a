#pragma once
// A segmented control for a proficiency level: one button per level of the scale,
// the expected level marked underneath, and the chosen one filled.
#include <optional>
#include <string>
#include <vector>

#include "core/assessment/rating_model.hpp"
#include "core/role/role.hpp"
#include "ui/ui_context.hpp"

namespace rex::ui {

struct LevelPick {
  bool clicked = false;
  std::optional<int> chosen;     // when clicked: the new level (nullopt = cleared)
  std::optional<int> previewed;  // the level under the mouse or the visible keyboard focus
};

// Clicking the current level again clears it (back to "not rated"). Hovering a
// level shows what it looks like for `item` (core::DescribeLevel). Widgets are
// named "<widget_prefix>.<level>" for the automation bridge; for a screen reader
// they are one slider, "<widget_prefix>", named `spoken_name` (default: the item's name).
LevelPick LevelPicker(UiContext& ctx, const std::string& widget_prefix, const core::RatingModel& model,
                      const core::Item& item, std::optional<int> level, int expected, const ImVec4& color,
                      const std::string& spoken_name = "");

// A rating drawn as one item per level (`level_items`, in scale order, from
// min to max on screen) as one slider in the accessibility mirror: "not rated"
// below the scale, then each level; setting it presses that level's item.
void ExposeRating(UiContext& ctx, const std::string& widget, const std::string& name, const core::RatingModel& model,
                  std::optional<int> level, const std::vector<ImGuiID>& level_items, ImVec2 min, ImVec2 max);

// The level whose meaning a view shows next to the picker: the one being
// previewed, else the chosen one.
inline std::optional<int> ShownLevel(const LevelPick& pick, std::optional<int> level) {
  return pick.previewed ? pick.previewed : level;
}

}  // namespace rex::ui
