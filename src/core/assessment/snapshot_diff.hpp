#pragma once
// Growth between two states of an assessment (a snapshot, or the ratings now):
// which items changed level, biggest change first. Pure; used by the Report
// page's comparison and by tests.
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "core/assessment/assessment.hpp"
#include "core/role/role.hpp"

namespace rex::core {

using LevelMap = std::map<std::string, int>;  // item id -> level; absent = not rated

struct LevelChange {
  const Item* item = nullptr;
  std::optional<int> from;  // nullopt = not rated then
  std::optional<int> to;
  // Signed change; a newly rated item counts from 0, a rating removed counts to 0.
  int Delta() const { return to.value_or(0) - from.value_or(0); }
};

struct SnapshotDiff {
  std::vector<LevelChange> changes;  // role order, then stably by |Delta()| descending
  int up = 0;                        // changes whose level rose (or that became rated)
  int down = 0;                      // the rest
};

// The current ratings as a LevelMap (rated items only).
LevelMap CurrentLevels(const Assessment& assessment);
// The levels of snapshot `snapshot_id`; the current ratings when no snapshot has
// that id (views pass "now" for the present).
LevelMap LevelsAt(const Assessment& assessment, const std::string& snapshot_id);

SnapshotDiff DiffLevels(const Role& role, const LevelMap& from, const LevelMap& to);

}  // namespace rex::core
