// The level diff between two targets (src/core/progress/target_diff.hpp) on a
// small hand-made role: which items change, in what order, and with whose words.
#include <doctest/doctest.h>

#include <string>

#include "core/progress/target_diff.hpp"
#include "core/role/role_loader.hpp"

using namespace rex::core;

namespace {

// Expected levels, by hand: a is Critical (2 -> 3 by rule), b Important (2 -> 2,
// but overridden to 4 at staff), c Optional (1 -> 0 at staff: lowered), d Critical
// overridden to 3 at mid (3 -> 3: unchanged).
constexpr const char* kRoleJson = R"({
  "format": "role-explorer/role@1", "id": "diff-role", "title": "Diff", "content_version": "1",
  "sections": [
    { "id": "tech", "number": 1, "title": "Technical", "groups": [ { "id": "g1", "title": "G", "items": [
      { "id": "a", "kind": "technical_skill", "name": "A", "importance": "Critical",
        "levels": [ { "level": 2, "text": "A at two" }, { "level": 3, "text": "A at three" } ] },
      { "id": "b", "kind": "technical_skill", "name": "B", "importance": "Important" } ] } ] },
    { "id": "soft", "number": 2, "title": "Behaviours", "groups": [ { "id": "g2", "title": "G", "items": [
      { "id": "c", "kind": "soft_skill", "name": "C", "importance": "Optional" },
      { "id": "d", "kind": "soft_skill", "name": "D", "importance": "Critical" },
      { "id": "goal", "kind": "goal", "name": "Not rated" } ] } ] } ],
  "assessment": {
    "scale": [ { "level": 0, "name": "None", "descriptor": "d0" }, { "level": 1, "name": "One", "descriptor": "d1" },
               { "level": 2, "name": "Two", "descriptor": "d2" }, { "level": 3, "name": "Three", "descriptor": "d3" },
               { "level": 4, "name": "Four", "descriptor": "d4" } ],
    "rated_kinds": ["technical_skill", "soft_skill"], "checklist_kinds": ["goal"],
    "targets": [
      { "id": "mid", "name": "Mid", "by_importance": { "Critical": 2, "Important": 2, "Optional": 1, "Context-specific": 0 },
        "overrides": { "d": 3 } },
      { "id": "staff", "name": "Staff", "by_importance": { "Critical": 3, "Important": 2, "Optional": 0, "Context-specific": 0 },
        "overrides": { "b": 4 } } ],
    "default_target": "mid" } })";

Role LoadOrFail() {
  RoleLoadResult loaded = LoadRole(kRoleJson, "diff.json");
  REQUIRE(loaded.errors.empty());
  return std::move(*loaded.role);
}

}  // namespace

TEST_CASE("a level diff lists only the items that change, the biggest change first") {
  const Role role = LoadOrFail();
  const auto diff = DiffTargets(role, "mid", "staff");
  REQUIRE(diff.ok());
  CHECK(diff.value().from_name == "Mid");
  CHECK(diff.value().to_name == "Staff");
  REQUIRE(diff.value().changes.size() == 3);
  CHECK(diff.value().unchanged == 1);  // d; the goal is not rated
  // b moves two levels; a and c one each, and a (Critical, weight 3) outweighs c (Optional).
  CHECK(diff.value().changes[0].item_id == "b");
  CHECK(diff.value().changes[0].Step() == 2);
  CHECK(diff.value().changes[1].item_id == "a");
  CHECK(diff.value().changes[2].item_id == "c");
  CHECK(diff.value().changes[2].Step() == -1);
  CHECK(diff.value().Raised() == 2);
  CHECK(diff.value().Lowered() == 1);
  CHECK(diff.value().changes[2].category == "Behaviours");
}

TEST_CASE("a level diff uses the item's own words and falls back to the scale's") {
  const Role role = LoadOrFail();
  const auto diff = DiffTargets(role, "mid", "staff");
  REQUIRE(diff.ok());
  const ExpectationChange& a = diff.value().changes[1];
  CHECK(a.from.text == "A at two");
  CHECK(a.to.text == "A at three");
  CHECK(a.to.name == "Three");
  CHECK(a.to.item_specific);
  const ExpectationChange& b = diff.value().changes[0];
  CHECK(b.to.text == "d4");
  CHECK_FALSE(b.to.item_specific);
}

TEST_CASE("a level diff read backwards is the same diff with the sides swapped") {
  const Role role = LoadOrFail();
  const auto forward = DiffTargets(role, "mid", "staff");
  const auto backward = DiffTargets(role, "staff", "mid");
  REQUIRE(forward.ok());
  REQUIRE(backward.ok());
  REQUIRE(forward.value().changes.size() == backward.value().changes.size());
  for (std::size_t i = 0; i < forward.value().changes.size(); ++i) {
    CHECK(forward.value().changes[i].item_id == backward.value().changes[i].item_id);
    CHECK(forward.value().changes[i].Step() == -backward.value().changes[i].Step());
  }
  const auto same = DiffTargets(role, "staff", "staff");
  REQUIRE(same.ok());
  CHECK(same.value().changes.empty());
  CHECK(same.value().unchanged == 4);
}

TEST_CASE("a level diff names the known targets when one is unknown") {
  const Role role = LoadOrFail();
  const auto diff = DiffTargets(role, "mid", "principal");
  REQUIRE_FALSE(diff.ok());
  CHECK(diff.error().message == "no target \"principal\" in this role (targets: mid, staff)");
}

TEST_CASE("a level diff sums itself up in one sentence") {
  const Role role = LoadOrFail();
  CHECK(DiffTargets(role, "mid", "staff").value().Summary() == "3 items change: 2 raised, 1 lowered; 1 unchanged");
  CHECK(DiffTargets(role, "staff", "staff").value().Summary() == "No item changes; 4 unchanged");
  TargetDiff one;
  one.changes.resize(1);
  one.changes[0].to_level = 1;
  one.unchanged = 2;
  CHECK(one.Summary() == "1 item changes: 1 raised, 0 lowered; 2 unchanged");
}

TEST_CASE("a level diff starts from the step into the chosen target") {
  const Role role = LoadOrFail();
  const auto step = [&](const char* chosen) {
    const std::optional<TargetPair> pair = DefaultDiffTargets(role.rating_model, chosen);
    REQUIRE(pair.has_value());
    return pair->from + " -> " + pair->to;
  };
  CHECK(step("staff") == "mid -> staff");
  CHECK(step("mid") == "mid -> staff");      // the first target: the step after it
  CHECK(step("unknown") == "mid -> staff");  // resolves like the first
  RatingModel single = role.rating_model;
  single.targets.resize(1);
  CHECK_FALSE(DefaultDiffTargets(single, "mid").has_value());
}
