#pragma once
// What a level looks like for one item (core::DescribeLevel: the item's own words,
// else the scale's descriptor), as a person reads it while rating: a tooltip over
// a level, or one line next to a rating.
#include <string>

#include "core/assessment/rating_model.hpp"
#include "core/role/role.hpp"
#include "ui/ui_context.hpp"

namespace rex::ui {

// "2 · Proficient"
std::string LevelHeadline(int level, const core::LevelMeaning& meaning);

// A tooltip with the level's headline and its text, recorded for the bridge.
void LevelMeaningTooltip(UiContext& ctx, const core::RatingModel& model, const core::Item& item, int level);

// One line in the small font, "2 · Proficient — Adds the metrics …", cut with "…"
// to the available width (hover shows it whole). `previewed` draws it in `color`:
// a level the person points at, not yet chosen. Marked as `widget`, with the
// full text.
void LevelMeaningLine(UiContext& ctx, const std::string& widget, const core::RatingModel& model,
                      const core::Item& item, int level, bool previewed, const ImVec4& color);

}  // namespace rex::ui
