// The rating model: the "assessment" block of role files (docs/content-format.md),
// its defaults, and the expectation rules (docs/scoring.md).
#include <doctest/doctest.h>

#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "core/assessment/rating_model.hpp"
#include "core/role/role_loader.hpp"

using rex::core::Importance;
using rex::core::Item;
using rex::core::LoadRole;
using rex::core::RatingModel;
using rex::core::Role;
using rex::core::RoleLoadResult;

namespace {

std::string ReadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  REQUIRE_MESSAGE(in, "cannot open " << path);
  std::ostringstream bytes;
  bytes << in.rdbuf();
  return bytes.str();
}

Role RequireRole(const RoleLoadResult& result) {
  std::string errors;
  for (const auto& error : result.errors) errors += error.ToString() + "\n";
  INFO(errors);
  REQUIRE(result.role.has_value());
  return *result.role;
}

// A role with two items (a Critical skill, a goal) and the given assessment block.
std::string RoleWithAssessment(const std::string& assessment) {
  return R"({"format": "role-explorer/role@1", "id": "r", "title": "R", "content_version": "1",
      "sections": [{"id": "s", "number": 1, "title": "S", "groups": [{"id": "g", "title": "G", "items": [
        {"id": "skill-a", "kind": "technical_skill", "name": "A", "importance": "Critical"},
        {"id": "goal-a", "kind": "goal", "name": "G"}]}]}],
      "assessment": )" +
         assessment + "}";
}

const std::string kScale = R"([{"level": 0, "name": "N", "descriptor": "d"}, {"level": 1, "name": "L", "descriptor": "d"},
                               {"level": 2, "name": "P", "descriptor": "d"}])";
const std::string kRule = R"({"Critical": 2, "Important": 1, "Optional": 0, "Context-specific": 0})";

// A valid block over kScale; `targets` and `extra` vary.
std::string Block(const std::string& targets, const std::string& extra = "") {
  return R"({"scale": )" + kScale + R"(, "rated_kinds": ["technical_skill"], "targets": )" + targets +
         R"(, "default_target": "t")" + extra + "}";
}

std::vector<std::string> Errors(const std::string& assessment) {
  std::vector<std::string> errors;
  for (const auto& error : LoadRole(RoleWithAssessment(assessment), "r.json").errors) errors.push_back(error.ToString());
  return errors;
}

Item MakeItem(const std::string& id, std::optional<Importance> importance) {
  Item item;
  item.id = id;
  item.kind = "technical_skill";
  item.name = id;
  item.importance = importance;
  return item;
}

}  // namespace

TEST_CASE("the Staff Backend Engineer role has its own rating model") {
  const Role role = RequireRole(LoadRole(ReadFile(std::string(REX_SOURCE_DIR) +
                                                  "/content/roles/staff-backend-engineer.json"),
                                         "staff-backend-engineer.json"));
  const RatingModel& model = role.rating_model;
  REQUIRE(model.scale.size() == 5);
  for (int level = 0; level < 5; ++level) {
    CHECK(model.scale[level].level == level);
    CHECK_FALSE(model.scale[level].descriptor.empty());
  }
  CHECK(model.scale[0].name == "Not yet");
  CHECK(model.scale[3].name == "Meets the Staff bar");
  CHECK(model.scale[4].name == "Beyond Staff");
  CHECK(model.MaxLevel() == 4);
  CHECK(model.rated_kinds == std::vector<std::string>{"technical_skill", "soft_skill", "scorecard_dimension"});
  CHECK(model.checklist_kinds == std::vector<std::string>{"goal"});
  REQUIRE(model.targets.size() == 3);
  CHECK(model.targets[0].id == "senior");
  CHECK(model.targets[1].id == "staff");
  CHECK(model.targets[2].id == "principal");
  CHECK(model.default_target == "staff");
  CHECK(model.weights.at(Importance::kCritical) == 3);

  const auto* staff = model.FindTarget("staff");
  const auto* principal = model.FindTarget("principal");
  const auto* senior = model.FindTarget("senior");
  REQUIRE(staff != nullptr);
  REQUIRE(principal != nullptr);
  REQUIRE(senior != nullptr);
  const auto expected = [&](const rex::core::TargetProfile& target, const std::string& id) {
    const Item* item = role.FindItem(id);
    REQUIRE(item != nullptr);
    return rex::core::ExpectedLevel(target, *item);
  };
  CHECK(expected(*staff, "skill-api-design") == 3);                // Critical
  CHECK(expected(*staff, "skill-cicd-delivery") == 2);             // Important
  CHECK(expected(*staff, "skill-polyglot") == 1);                  // Optional
  CHECK(expected(*staff, "skill-domain-driven-design") == 1);      // Optional
  CHECK(expected(*staff, "skill-policy-as-code") == 0);            // Context-specific: not expected
  CHECK(expected(*staff, "skill-reliability-program") == 3);       // Important, overridden: a Staff-depth skill
  CHECK(expected(*staff, "dim-product-thinking") == 3);            // every scorecard dimension is at the bar
  CHECK(expected(*principal, "skill-architecture-migration") == 4);  // overrides
  CHECK(expected(*principal, "skill-reliability-program") == 4);
  CHECK(expected(*senior, "skill-reliability-program") == 1);
  CHECK(expected(*principal, "skill-api-design") == 3);

  // What is rated: 21 technical skills, 9 soft skills, 8 scorecard dimensions; 23 goals.
  int rated = 0, checklist = 0;
  for (const auto& entry : role.item_index) {
    rated += model.IsRated(role.At(entry.second)) ? 1 : 0;
    checklist += model.IsChecklist(role.At(entry.second)) ? 1 : 0;
  }
  CHECK(rated == 38);
  CHECK(checklist == 23);
}

TEST_CASE("the SRE fixture's block: a 0..3 scale, default weights, its own default target") {
  const Role role = RequireRole(LoadRole(
      ReadFile(std::string(REX_SOURCE_DIR) + "/tests/fixtures/roles/valid/site-reliability-engineer-mini.json"),
      "sre.json"));
  const RatingModel& model = role.rating_model;
  CHECK(model.MaxLevel() == 3);
  CHECK(model.scale[1].name == "Practising");
  CHECK(model.rated_kinds == std::vector<std::string>{"responsibility", "technical_skill"});
  CHECK(model.weights == rex::core::DefaultRatingModel().weights);
  CHECK(model.default_target == "senior-sre");
  REQUIRE(model.FindTarget("senior-sre") != nullptr);
  CHECK(model.FindTarget("senior-sre")->overrides.at("skill-automation") == 3);
  CHECK(model.FindTarget("sre")->summary.empty());
  CHECK(model.IsRated(*role.FindItem("resp-toil")));
  CHECK_FALSE(model.IsRated(*role.FindItem("tool-terraform")));
}

TEST_CASE("a role without an assessment block gets the default model") {
  const Role role = RequireRole(
      LoadRole(ReadFile(std::string(REX_SOURCE_DIR) + "/tests/fixtures/roles/valid/minimal.json"), "minimal.json"));
  const RatingModel defaults = rex::core::DefaultRatingModel();
  CHECK(role.rating_model.scale.size() == defaults.scale.size());
  CHECK(role.rating_model.default_target == defaults.default_target);
  CHECK(defaults.MaxLevel() == 4);
  CHECK(defaults.rated_kinds == std::vector<std::string>{"technical_skill", "soft_skill", "scorecard_dimension"});
  CHECK(defaults.checklist_kinds == std::vector<std::string>{"goal"});
  REQUIRE(defaults.FindTarget(defaults.default_target) != nullptr);
  CHECK(defaults.weights.size() == 4);
  CHECK(defaults.FindTarget(defaults.default_target)->by_importance.size() == 4);
}

TEST_CASE("expected level and weight: overrides win, no importance counts as Important") {
  rex::core::TargetProfile target;
  target.by_importance = {{Importance::kCritical, 3}, {Importance::kImportant, 2}, {Importance::kOptional, 1},
                          {Importance::kContextSpecific, 0}};
  target.overrides = {{"special", 4}};
  CHECK(rex::core::ExpectedLevel(target, MakeItem("a", Importance::kCritical)) == 3);
  CHECK(rex::core::ExpectedLevel(target, MakeItem("a", std::nullopt)) == 2);
  CHECK(rex::core::ExpectedLevel(target, MakeItem("a", Importance::kContextSpecific)) == 0);
  CHECK(rex::core::ExpectedLevel(target, MakeItem("special", Importance::kContextSpecific)) == 4);
  CHECK(rex::core::ExpectedLevel(rex::core::TargetProfile{}, MakeItem("a", Importance::kCritical)) == 0);

  const RatingModel model = rex::core::DefaultRatingModel();
  CHECK(rex::core::Weight(model, MakeItem("a", Importance::kCritical)) == 3);
  CHECK(rex::core::Weight(model, MakeItem("a", std::nullopt)) == 2);
  CHECK(rex::core::Weight(RatingModel{}, MakeItem("a", Importance::kCritical)) == 1);  // no weights: all count 1
  CHECK(model.FindLevel(2)->name == "Proficient");
  CHECK(model.FindLevel(5) == nullptr);
  CHECK(model.FindTarget("nope") == nullptr);
}

TEST_CASE("a minimal valid block: checklist_kinds and weights are optional, 1.0 is an integer level") {
  const std::string block = R"({"scale": )" + kScale + R"(, "rated_kinds": ["technical_skill"],
      "targets": [{"id": "t", "name": "T", "by_importance": {"Critical": 2.0, "Important": 1, "Optional": 0,
                   "Context-specific": 0}, "overrides": {"skill-a": 1}}], "default_target": "t"})";
  const Role role = RequireRole(LoadRole(RoleWithAssessment(block), "r.json"));
  CHECK(role.rating_model.checklist_kinds.empty());
  CHECK(role.rating_model.targets[0].by_importance.at(Importance::kCritical) == 2);
  CHECK(role.rating_model.targets[0].overrides.at("skill-a") == 1);
}

TEST_CASE("assessment block errors name the place and what was expected") {
  const std::string target = R"({"id": "t", "name": "T", "by_importance": )" + kRule + "}";
  SUBCASE("not an object") {
    CHECK(Errors("[]") == std::vector<std::string>{"r.json#/assessment: expected an assessment object, found array"});
  }
  SUBCASE("a scale of one level") {
    CHECK(Errors(R"({"scale": [{"level": 0, "name": "N", "descriptor": "d"}], "rated_kinds": ["technical_skill"],
                     "targets": [)" + target + R"(], "default_target": "t"})") ==
          std::vector<std::string>{"r.json#/assessment/scale: a scale has 2 to 10 levels (0..N), found 1"});
  }
  SUBCASE("a level above a 0..2 scale, in a rule and in an override") {
    const auto errors = Errors(Block(R"([{"id": "t", "name": "T",
        "by_importance": {"Critical": 3, "Important": 1, "Optional": 0, "Context-specific": -1},
        "overrides": {"skill-a": 2.5}}])"));
    CHECK(errors == std::vector<std::string>{
                        "r.json#/assessment/targets/0/by_importance/Critical: level 3 is outside the scale (expected 0..2)",
                        "r.json#/assessment/targets/0/by_importance/Context-specific: level -1 is outside the scale "
                        "(expected 0..2)",
                        "r.json#/assessment/targets/0/overrides/skill-a: expected an integer, found number"});
  }
  SUBCASE("a broken scale does not also make every level an error") {
    const auto errors = Errors(R"({"scale": "0..4", "rated_kinds": ["technical_skill"], "targets": [)" + target +
                               R"(], "default_target": "t"})");
    CHECK(errors == std::vector<std::string>{"r.json#/assessment/scale: expected an array, found string"});
  }
  SUBCASE("broken rated_kinds do not also make every override an error") {
    const auto errors = Errors(R"({"scale": )" + kScale + R"(, "rated_kinds": [],
        "targets": [{"id": "t", "name": "T", "by_importance": )" + kRule + R"(, "overrides": {"goal-a": 1}}],
        "default_target": "t"})");
    CHECK(errors == std::vector<std::string>{"r.json#/assessment/rated_kinds: rated_kinds needs at least one kind"});
  }
  SUBCASE("a kind listed twice, and an unknown kind with no close match") {
    const auto errors = Errors(R"({"scale": )" + kScale + R"(, "rated_kinds": ["technical_skill", "technical_skill"],
        "checklist_kinds": ["zzz"], "targets": [)" + target + R"(], "default_target": "t"})");
    REQUIRE(errors.size() == 2);
    CHECK(errors[0] == "r.json#/assessment/rated_kinds/1: kind \"technical_skill\" is listed twice");
    CHECK(errors[1].find("r.json#/assessment/checklist_kinds/0: unknown kind \"zzz\" (expected one of: statement,") == 0);
  }
  SUBCASE("wrong types and shapes inside targets") {
    const auto errors = Errors(Block(R"([{"id": "Staff", "name": "", "by_importance": {"Critical": 1, "Important": 1,
        "Optional": 0, "Context-specific": 0, "Crtical": 2}, "overrides": [], "level": 3}])"));
    CHECK(errors == std::vector<std::string>{
                        "r.json#/assessment/targets/0/id: target id \"Staff\" is not lower-case kebab case (e.g. \"staff\")",
                        "r.json#/assessment/targets/0/name: must not be empty",
                        "r.json#/assessment/targets/0/by_importance/Crtical: unknown property \"Crtical\" (did you mean "
                        "\"Critical\"?)",
                        "r.json#/assessment/targets/0/overrides: expected an object of item id -> expected level, found "
                        "array",
                        "r.json#/assessment/targets/0/level: unknown property \"level\" (allowed: id, name, summary, "
                        "by_importance or overrides)"});
  }
  SUBCASE("weights: wrong type, not positive, missing importance") {
    const auto errors = Errors(Block("[" + target + "]", R"(, "weights": {"Critical": "3", "Important": -2,
                                                            "Optional": 1})"));
    CHECK(errors == std::vector<std::string>{
                        "r.json#/assessment/weights/Critical: expected a number, found string",
                        "r.json#/assessment/weights/Important: weight -2 must be a number greater than 0",
                        "r.json#/assessment/weights: missing required property \"Context-specific\""});
  }
  SUBCASE("an override key given twice") {
    const auto errors = Errors(Block(R"([{"id": "t", "name": "T", "by_importance": )" + kRule +
                                     R"(, "overrides": {"skill-a": 1, "skill-a": 2}}])"));
    CHECK(errors == std::vector<std::string>{"r.json#/assessment/targets/0/overrides/skill-a: property \"skill-a\" "
                                             "appears twice in this object (only the last would count)"});
  }
  SUBCASE("no targets") {
    CHECK(Errors(Block("[]")) ==
          std::vector<std::string>{"r.json#/assessment/targets: an assessment needs at least one target"});
  }
}
