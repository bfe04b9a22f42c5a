#include "core/assessment/rating_model.hpp"

#include <algorithm>

#include "core/role/role.hpp"

namespace rex::core {
namespace {

bool Contains(const std::vector<std::string>& kinds, std::string_view kind) {
  return std::find(kinds.begin(), kinds.end(), kind) != kinds.end();
}

}  // namespace

const TargetProfile* RatingModel::FindTarget(const std::string& id) const {
  const auto found = std::find_if(targets.begin(), targets.end(), [&](const TargetProfile& t) { return t.id == id; });
  return found == targets.end() ? nullptr : &*found;
}

const ScaleLevel* RatingModel::FindLevel(int level) const {
  const auto found = std::find_if(scale.begin(), scale.end(), [&](const ScaleLevel& s) { return s.level == level; });
  return found == scale.end() ? nullptr : &*found;
}

bool RatingModel::IsRated(const Item& item) const { return IsRatedKind(item.kind); }
bool RatingModel::IsChecklist(const Item& item) const { return IsChecklistKind(item.kind); }
bool RatingModel::IsRatedKind(std::string_view kind) const { return Contains(rated_kinds, kind); }
bool RatingModel::IsChecklistKind(std::string_view kind) const { return Contains(checklist_kinds, kind); }

Importance EffectiveImportance(const Item& item) { return item.importance.value_or(Importance::kImportant); }

int ExpectedLevel(const TargetProfile& target, const Item& item) {
  if (const auto found = target.overrides.find(item.id); found != target.overrides.end()) return found->second;
  const auto rule = target.by_importance.find(EffectiveImportance(item));
  return rule == target.by_importance.end() ? 0 : rule->second;
}

double Weight(const RatingModel& model, const Item& item) {
  const auto found = model.weights.find(EffectiveImportance(item));
  return found == model.weights.end() ? 1.0 : found->second;
}

LevelMeaning DescribeLevel(const RatingModel& model, const Item& item, int level) {
  const ScaleLevel* scale_level = model.FindLevel(level);
  if (scale_level == nullptr) return {};
  if (const std::string* own = item.LevelTextFor(level)) return {scale_level->name, *own, true};
  return {scale_level->name, scale_level->descriptor, false};
}

// A neutral model for roles that define none: a generic 0..4 scale and one
// target that expects the middle of the scale from everything that matters.
RatingModel DefaultRatingModel() {
  RatingModel model;
  model.scale = {
      {0, "Not yet", "No real experience with this so far."},
      {1, "Learning", "Does it with help and is building the basics."},
      {2, "Proficient", "Does it well without help in a familiar setting."},
      {3, "Strong", "Handles hard cases and helps others get better at it."},
      {4, "Expert", "Sets the standard that others across the organisation follow."},
  };
  model.rated_kinds = {"technical_skill", "soft_skill", "scorecard_dimension"};
  model.checklist_kinds = {"goal"};
  model.weights = {{Importance::kCritical, 3.0},
                   {Importance::kImportant, 2.0},
                   {Importance::kOptional, 1.0},
                   {Importance::kContextSpecific, 1.0}};
  TargetProfile role_bar;
  role_bar.id = "role-bar";
  role_bar.name = "Role bar";
  role_bar.summary = "What the role asks for, read from each item's importance.";
  role_bar.by_importance = {{Importance::kCritical, 3},
                            {Importance::kImportant, 2},
                            {Importance::kOptional, 1},
                            {Importance::kContextSpecific, 0}};
  model.targets = {role_bar};
  model.default_target = role_bar.id;
  return model;
}

}  // namespace rex::core
