// Pins core/assessment/snapshot_diff.hpp: what changed between two states of an
// assessment, in which order, and how "up" and "down" are counted.
#include <doctest/doctest.h>

#include "core/assessment/snapshot_diff.hpp"
#include "report_test_support.hpp"

using rex::core::Assessment;
using rex::core::LevelMap;

namespace {

std::vector<std::string> Ids(const rex::core::SnapshotDiff& diff) {
  std::vector<std::string> ids;
  for (const auto& change : diff.changes) ids.push_back(change.item->id);
  return ids;
}

}  // namespace

TEST_CASE("DiffLevels lists changed items, biggest change first, role order on ties") {
  const rex::core::Role& role = rex::test::StaffRole();
  const LevelMap from = {{"skill-api-design", 1}, {"skill-data-modeling", 3}, {"skill-backend-engineering", 2}};
  const LevelMap to = {{"skill-api-design", 4}, {"skill-data-modeling", 2}, {"skill-backend-engineering", 2},
                       {"skill-distributed-system-design", 1}};
  const rex::core::SnapshotDiff diff = rex::core::DiffLevels(role, from, to);
  // api +3; distributed (newly rated) +1 and data-modeling -1 tie: role order keeps distributed first.
  CHECK(Ids(diff) == std::vector<std::string>{"skill-api-design", "skill-distributed-system-design", "skill-data-modeling"});
  CHECK(diff.up == 2);
  CHECK(diff.down == 1);
  CHECK(diff.changes[0].Delta() == 3);
  CHECK_FALSE(diff.changes[1].from.has_value());
  CHECK(diff.changes[2].Delta() == -1);
}

TEST_CASE("a rating removed since the snapshot counts as down, ids the role lacks are ignored") {
  const rex::core::Role& role = rex::test::StaffRole();
  const rex::core::SnapshotDiff diff =
      rex::core::DiffLevels(role, {{"skill-api-design", 2}, {"no-such-item", 1}}, {{"no-such-item", 4}});
  REQUIRE(diff.changes.size() == 1);
  CHECK(diff.changes[0].item->id == "skill-api-design");
  CHECK_FALSE(diff.changes[0].to.has_value());
  CHECK(diff.down == 1);
  CHECK(diff.up == 0);
}

TEST_CASE("LevelsAt gives a snapshot's levels, or the current ratings for any other id") {
  Assessment a;
  a.ratings["skill-api-design"].level = 3;
  a.ratings["skill-data-modeling"].note = "a note without a level is not rated";
  a.snapshots.push_back({"snap-1", "H1", "2026-06-30T00:00:00Z", "staff", {{"skill-api-design", 1}}, {}});
  CHECK(rex::core::LevelsAt(a, "snap-1") == LevelMap{{"skill-api-design", 1}});
  CHECK(rex::core::LevelsAt(a, "now") == LevelMap{{"skill-api-design", 3}});
  CHECK(rex::core::LevelsAt(a, "") == LevelMap{{"skill-api-design", 3}});
}
