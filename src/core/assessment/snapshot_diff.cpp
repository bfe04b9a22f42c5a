#include "core/assessment/snapshot_diff.hpp"

#include <algorithm>
#include <cstdlib>

namespace rex::core {
namespace {

std::optional<int> Find(const LevelMap& levels, const std::string& id) {
  const auto found = levels.find(id);
  return found == levels.end() ? std::nullopt : std::optional<int>(found->second);
}

}  // namespace

LevelMap CurrentLevels(const Assessment& assessment) {
  LevelMap levels;
  for (const auto& [id, rating] : assessment.ratings) {
    if (rating.level) levels[id] = *rating.level;
  }
  return levels;
}

LevelMap LevelsAt(const Assessment& assessment, const std::string& snapshot_id) {
  for (const Snapshot& snapshot : assessment.snapshots) {
    if (snapshot.id == snapshot_id) return snapshot.levels;
  }
  return CurrentLevels(assessment);
}

SnapshotDiff DiffLevels(const Role& role, const LevelMap& from, const LevelMap& to) {
  SnapshotDiff diff;
  for (const Section& section : role.sections) {
    for (const Group& group : section.groups) {
      for (const Item& item : group.items) {
        const std::optional<int> before = Find(from, item.id), after = Find(to, item.id);
        if (before == after) continue;
        diff.changes.push_back({&item, before, after});
        (after.value_or(-1) > before.value_or(-1) ? diff.up : diff.down)++;
      }
    }
  }
  std::stable_sort(diff.changes.begin(), diff.changes.end(), [](const LevelChange& x, const LevelChange& y) {
    return std::abs(x.Delta()) > std::abs(y.Delta());
  });
  return diff;
}

}  // namespace rex::core
