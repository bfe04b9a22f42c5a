#pragma once
// What changes between two targets of a role (e.g. Senior -> Staff), item by
// item: the expected level on each side and what each level means for that item.
// The app's Progress page, the packet and `role-explorer role diff` all show this.
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
};

// Error (naming the known target ids) when `from` or `to` is not a target of the role.
Result<TargetDiff> DiffTargets(const Role& role, std::string_view from, std::string_view to);

}  // namespace rex::core
