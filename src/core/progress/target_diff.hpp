#pragma once
// What changes between two targets of a role (e.g. Senior -> Staff), item by
// item: the expected level on each side and what each level means for that item.
// The app's Progress page, the packet and `role-explorer role diff` all show this.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/assessment/rating_model.hpp"
#include "core/result.hpp"
#include "core/role/role.hpp"

namespace rex::core {

struct ExpectationChange {
  std::string item_id;
  std::string item_name;
  std::string category;  // the item's section title, e.g. "Technical skills"
  int from_level = 0;
  int to_level = 0;
  LevelMeaning from;     // DescribeLevel at from_level
  LevelMeaning to;
  double weight = 1;     // the item's weight in scores

  int Step() const { return to_level - from_level; }
};

struct TargetDiff {
  std::string from_id, from_name;
  std::string to_id, to_name;
  // Only items whose expectation differs: the biggest change first, then the
  // heavier item, then the role's own order.
  std::vector<ExpectationChange> changes;
  int unchanged = 0;  // rated items expected at the same level on both sides

  int Raised() const;
  int Lowered() const;
  // "12 items change: 10 raised, 2 lowered; 26 unchanged": the app and the packet
  // say it in the same words.
  std::string Summary() const;
};

// Error (naming the known target ids) when `from` or `to` is not a target of the role.
Result<TargetDiff> DiffTargets(const Role& role, std::string_view from, std::string_view to);

struct TargetPair {
  std::string from, to;
};
// The pair a level diff starts from: the target before `chosen` -> `chosen` (the
// step the person is taking), or the first -> the second when `chosen` is the
// first or unknown. Nothing when the role has fewer than two targets.
std::optional<TargetPair> DefaultDiffTargets(const RatingModel& model, std::string_view chosen);

}  // namespace rex::core
