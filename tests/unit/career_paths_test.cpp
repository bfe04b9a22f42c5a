// Career paths (src/core/progress/career_paths.hpp) and the level ladder
// (level_ladder.hpp) on a small hand-made role and fixed assessments; every
// number is computed by hand in the comments.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "core/progress/career_paths.hpp"
#include "core/progress/level_ladder.hpp"
#include "core/role/role_loader.hpp"

using namespace rex::core;

namespace {

constexpr const char* kRoleJson = R"({
  "format": "role-explorer/role@1",
  "id": "test-role",
  "title": "Staff Test Engineer",
  "content_version": "1.0.0",
  "sections": [
    { "id": "skills", "number": 1, "title": "Skills", "groups": [
      { "id": "tech", "title": "Technical", "items": [
        { "id": "skill-a", "kind": "technical_skill", "name": "Skill A", "importance": "Critical" },
        { "id": "skill-b", "kind": "technical_skill", "name": "Skill B", "importance": "Important" },
        { "id": "skill-c", "kind": "technical_skill", "name": "Skill C", "importance": "Important" },
        { "id": "skill-d", "kind": "technical_skill", "name": "Skill D", "importance": "Optional" } ] },
      { "id": "soft", "title": "Soft", "items": [
        { "id": "soft-x", "kind": "soft_skill", "name": "Soft X", "importance": "Important" },
        { "id": "soft-y", "kind": "soft_skill", "name": "Soft Y", "importance": "Critical" } ] } ] },
    { "id": "career-path", "number": 2, "title": "Career path", "groups": [
      { "id": "cp-feeder-roles", "title": "Feeder roles", "items": [
        { "id": "role-senior", "kind": "career_role", "name": "Senior Test Engineer" } ] },
      { "id": "cp-next-roles", "title": "Next roles", "items": [
        { "id": "role-principal", "kind": "career_role", "name": "Principal Test Engineer",
          "links": ["skill-a", "soft-y"] },
        { "id": "role-manager", "kind": "career_role", "name": "Test Manager",
          "links": ["soft-x"], "emphasis": { "soft-x": 3, "skill-d": 0.5 } } ] },
      { "id": "cp-sideways", "title": "Adjacent paths", "items": [
        { "id": "path-sre", "kind": "career_role", "name": "Reliability",
          "links": ["skill-b", "skill-c", "skill-d"] } ] },
      { "id": "cp-promotion", "title": "Skills needed for promotion", "items": [
        { "id": "promo-scope", "kind": "promotion_skill", "name": "Broader scope",
          "links": ["skill-a", "soft-x"] } ] } ] }
  ]
})";

Role LoadTestRole() {
  RoleLoadResult result = LoadRole(kRoleJson, "test-role.json");
  for (const Error& e : result.errors) MESSAGE(e.ToString());
  REQUIRE(result.role);
  return *result.role;
}

TargetProfile Profile(const std::string& id, const std::string& name, int critical, int important, int optional) {
  TargetProfile p;
  p.id = id;
  p.name = name;
  p.by_importance = {{Importance::kCritical, critical},
                     {Importance::kImportant, important},
                     {Importance::kOptional, optional},
                     {Importance::kContextSpecific, 0}};
  return p;
}

// Weights C 3 / I 2 / O 1; Senior C2 I2 O1, Staff C3 I2 O1, Principal C4 I3 O2.
RatingModel Model() {
  RatingModel model = DefaultRatingModel();
  model.rated_kinds = {"technical_skill", "soft_skill"};
  model.targets = {Profile("senior", "Senior", 2, 2, 1), Profile("staff", "Staff", 3, 2, 1),
                   Profile("principal", "Principal", 4, 3, 2)};
  model.default_target = "staff";
  return model;
}

Rating Rated(int level, bool evidence = true) {
  Rating r;
  r.level = level;
  if (evidence) r.evidence.push_back({"did it", "", ""});
  return r;
}

// a 3, b 2, c 1, d not rated, x 2, y 3; evidence on everything rated.
Assessment FixedAssessment() {
  Assessment a;
  a.role_id = "test-role";
  a.target = "staff";
  a.ratings = {{"skill-a", Rated(3)}, {"skill-b", Rated(2)}, {"skill-c", Rated(1)},
               {"soft-x", Rated(2)},  {"soft-y", Rated(3)}};
  return a;
}

std::vector<std::string> Ids(const std::vector<PathItem>& items) {
  std::vector<std::string> ids;
  for (const PathItem& item : items) ids.push_back(item.score.id);
  return ids;
}

std::vector<std::string> Ids(const std::vector<ItemScore>& items) {
  std::vector<std::string> ids;
  for (const ItemScore& item : items) ids.push_back(item.id);
  return ids;
}

}  // namespace

TEST_CASE("career paths: relation from the group, emphasis from links and content") {
  const Role role = LoadTestRole();
  const auto paths = CareerPaths(role, Model());
  REQUIRE(paths.size() == 4);
  CHECK(paths[0].id == "role-senior");
  CHECK(paths[0].relation == PathRelation::kFeeder);
  CHECK(paths[0].emphasised.empty());
  CHECK(paths[1].relation == PathRelation::kNext);
  CHECK(paths[1].emphasised == std::vector<std::string>{"skill-a", "soft-y"});
  CHECK(paths[2].relation == PathRelation::kNext);
  CHECK(paths[2].emphasised == std::vector<std::string>{"skill-d", "soft-x"});  // role order
  CHECK(paths[3].relation == PathRelation::kAdjacent);  // the group's title says "Adjacent"
  CHECK(std::string(ToString(paths[3].relation)) == "adjacent");

  const Item& manager = *role.FindItem("role-manager");
  CHECK(manager.emphasis.size() == 2);
  CHECK(Emphasis(role, manager, *role.FindItem("soft-x")) == 3.0);   // named wins over the link
  CHECK(Emphasis(role, manager, *role.FindItem("skill-d")) == 0.5);  // named without a link
  CHECK(Emphasis(role, manager, *role.FindItem("skill-a")) == 1.0);
  CHECK(Emphasis(role, *role.FindItem("role-principal"), *role.FindItem("soft-y")) == kLinkedEmphasis);
}

TEST_CASE("career paths: targets follow the ladder") {
  const RatingModel model = Model();
  Assessment a = FixedAssessment();
  CHECK(PathTarget(model, a, PathRelation::kNext) == "principal");
  CHECK(PathTarget(model, a, PathRelation::kAdjacent) == "staff");
  a.target = "principal";
  CHECK(PathTarget(model, a, PathRelation::kNext) == "principal");  // the top stays the top
  a.target = "senior";
  CHECK(PathTarget(model, a, PathRelation::kNext) == "staff");
  a.target = "no-such-target";
  CHECK(CurrentTarget(model, a) == "staff");  // falls back to the default
  CHECK(PathTarget(DefaultRatingModel(), a, PathRelation::kNext) == "role-bar");
}

TEST_CASE("career paths: readiness for a next role, with linked emphasis") {
  const Role role = LoadTestRole();
  const CareerPathReport report = BuildCareerPaths(role, Model(), FixedAssessment(), 3);
  CHECK(report.current_target == "staff");
  REQUIRE(report.readiness.size() == 3);  // feeders get none
  const PathReadiness& r = *report.FindReadiness("role-principal");
  CHECK(r.target == "principal");
  // w = weight x emphasis; principal expects C4 I3 O2.
  //   a: 3x2=6, 3/4 -> 18/24   b: 2, 2/3 -> 4/6   c: 2, 1/3 -> 2/6
  //   d: 1, not rated, expects 2   x: 2, 2/3 -> 4/6   y: 3x2=6, 3/4 -> 18/24
  CHECK(r.attainment == doctest::Approx(46.0 / 66.0));
  CHECK(r.coverage == doctest::Approx(66.0 / 68.0));
  CHECK(r.items == 6);
  CHECK(r.rated == 5);
  // w*gap: a 6, y 6 (both Critical: role order), c 4, then b 2, x 2.
  CHECK(Ids(r.top_gaps) == std::vector<std::string>{"skill-a", "soft-y", "skill-c"});
  CHECK(r.top_gaps[0].emphasis == 2.0);
  CHECK(r.top_gaps[0].score.weight == 6.0);
  CHECK(r.top_gaps[0].score.expected == 4);
  CHECK(r.top_gaps[2].score.gap == 2);
  CHECK(r.unrated_emphasised.empty());
  // Promotion skills come with next roles, measured against principal.
  REQUIRE(r.promotion_skills.size() == 1);
  const PromotionSkillStatus& promo = r.promotion_skills[0];
  CHECK(promo.id == "promo-scope");
  CHECK(Ids(promo.skills) == std::vector<std::string>{"skill-a", "soft-x"});
  CHECK(promo.skills[0].score.weight == 3.0);  // no path emphasis here
  CHECK(promo.met == 0);
}

TEST_CASE("career paths: readiness with emphasis given in content") {
  const Role role = LoadTestRole();
  const CareerPathReport report = BuildCareerPaths(role, Model(), FixedAssessment(), 10);
  const PathReadiness& r = *report.FindReadiness("role-manager");
  //   a: 3, 3/4 -> 9/12   b: 2 -> 4/6   c: 2 -> 2/6   d: 0.5, not rated, expects 2
  //   x: 2x3=6, 2/3 -> 12/18   y: 3, 3/4 -> 9/12
  CHECK(r.attainment == doctest::Approx(36.0 / 54.0));
  CHECK(r.coverage == doctest::Approx(54.0 / 55.0));
  // w*gap: x 6, c 4, a 3 and y 3 (Critical, role order), b 2.
  CHECK(Ids(r.top_gaps) == std::vector<std::string>{"soft-x", "skill-c", "skill-a", "soft-y", "skill-b"});
  CHECK(r.unrated_emphasised.empty());  // d counts less, not more
}

TEST_CASE("career paths: readiness for an adjacent path is against the current target") {
  const Role role = LoadTestRole();
  const CareerPathReport report = BuildCareerPaths(role, Model(), FixedAssessment());
  const PathReadiness& r = *report.FindReadiness("path-sre");
  CHECK(r.target == "staff");
  // Staff expects C3 I2 O1. a: 3 -> 9/9  b: 4 -> 8/8  c: 4, 1/2 -> 4/8  d: 2, not rated, expects 1
  // x: 2 -> 4/4  y: 3 -> 9/9
  CHECK(r.attainment == doctest::Approx(34.0 / 38.0));
  CHECK(r.coverage == doctest::Approx(38.0 / 40.0));
  CHECK(Ids(r.top_gaps) == std::vector<std::string>{"skill-c"});
  CHECK(Ids(r.unrated_emphasised) == std::vector<std::string>{"skill-d"});
  CHECK(r.promotion_skills.empty());
}

TEST_CASE("career paths: emphasis 1 everywhere gives Score()'s attainment") {
  const Role role = LoadTestRole();
  const RatingModel model = Model();
  const Assessment a = FixedAssessment();
  const CareerPath plain{"role-senior", "Senior Test Engineer", "", PathRelation::kAdjacent, {}};
  const PathReadiness r = Readiness(role, model, a, plain);
  CHECK(r.attainment == doctest::Approx(Score(role, model, a, "staff").overall.attainment));
  CHECK(r.attainment == doctest::Approx(28.0 / 30.0));
}

TEST_CASE("career paths: nothing rated gives zero readiness, not a division by zero") {
  const Role role = LoadTestRole();
  Assessment empty;
  empty.target = "staff";
  const CareerPathReport report = BuildCareerPaths(role, Model(), empty);
  const PathReadiness& r = *report.FindReadiness("role-principal");
  CHECK(r.attainment == 0);
  CHECK(r.coverage == 0);
  CHECK(r.rated == 0);
  CHECK(r.top_gaps.empty());
  CHECK(Ids(r.unrated_emphasised) == std::vector<std::string>{"skill-a", "soft-y"});
}

TEST_CASE("career paths: graph with layered layout") {
  const Role role = LoadTestRole();
  const CareerGraph graph = BuildCareerPaths(role, Model(), FixedAssessment()).graph;
  REQUIRE(graph.nodes.size() == 5);
  CHECK(graph.rows == 4);  // two next roles, a spacer, one adjacent path
  const CareerNode& current = graph.nodes[0];
  CHECK(current.id == "test-role");
  CHECK(current.label == "Staff Test Engineer");
  CHECK(current.kind == CareerNodeKind::kCurrent);
  CHECK(current.position == glm::vec2(0.5f, 0.5f));
  CHECK(current.readiness == -1);

  const CareerNode& feeder = graph.nodes[1];
  CHECK(feeder.id == "role-senior");
  CHECK(feeder.kind == CareerNodeKind::kFeeder);
  CHECK(feeder.position == glm::vec2(0.0f, 0.5f));
  CHECK(feeder.readiness == -1);

  CHECK(graph.nodes[2].id == "role-principal");
  CHECK(graph.nodes[2].position == glm::vec2(1.0f, 0.125f));
  CHECK(graph.nodes[2].readiness == 0);
  CHECK(graph.nodes[3].id == "role-manager");
  CHECK(graph.nodes[3].position == glm::vec2(1.0f, 0.375f));
  CHECK(graph.nodes[3].readiness == 1);
  CHECK(graph.nodes[4].id == "path-sre");
  CHECK(graph.nodes[4].kind == CareerNodeKind::kAdjacent);
  CHECK(graph.nodes[4].slot == 3);
  CHECK(graph.nodes[4].position == glm::vec2(1.0f, 0.875f));
  CHECK(graph.nodes[4].readiness == 2);

  REQUIRE(graph.edges.size() == 4);
  CHECK((graph.edges[0].from == 1 && graph.edges[0].to == 0 && graph.edges[0].kind == CareerNodeKind::kFeeder));
  CHECK((graph.edges[1].from == 0 && graph.edges[1].to == 2 && graph.edges[1].kind == CareerNodeKind::kNext));
  CHECK((graph.edges[2].from == 0 && graph.edges[2].to == 3));
  CHECK((graph.edges[3].from == 0 && graph.edges[3].to == 4 && graph.edges[3].kind == CareerNodeKind::kAdjacent));
}

TEST_CASE("career paths: a role without career items is a lone node") {
  RoleLoadResult result = LoadRole(R"({"format": "role-explorer/role@1", "id": "r", "title": "R",
    "content_version": "1", "sections": [{"id": "s", "number": 1, "title": "S", "groups": [
    {"id": "g", "title": "G", "items": [{"id": "i", "kind": "statement", "name": "I"}]}]}]})",
                                   "lone.json");
  REQUIRE(result.role);
  const CareerPathReport report = BuildCareerPaths(*result.role, Model(), FixedAssessment());
  CHECK(report.paths.empty());
  CHECK(report.readiness.empty());
  REQUIRE(report.graph.nodes.size() == 1);
  CHECK(report.graph.rows == 1);
  CHECK(report.graph.nodes[0].position == glm::vec2(0.5f, 0.5f));
  CHECK(report.graph.edges.empty());
}

TEST_CASE("career paths: the loader checks emphasis") {
  const auto errors_for = [](const std::string& item_json) {
    const std::string json = R"({"format": "role-explorer/role@1", "id": "r", "title": "R",
      "content_version": "1", "sections": [{"id": "s", "number": 1, "title": "S", "groups": [
      {"id": "g", "title": "G", "items": [{"id": "skill", "kind": "technical_skill", "name": "Skill"},)" +
                             item_json + "]}]}]}";
    std::string all;
    for (const Error& e : LoadRole(json, "e.json").errors) all += e.ToString() + "\n";
    return all;
  };
  CHECK(errors_for(R"({"id": "p", "kind": "career_role", "name": "P", "emphasis": {"skill": 2.5}})") == "");
  CHECK(errors_for(R"({"id": "p", "kind": "statement", "name": "P", "emphasis": {"skill": 2}})") ==
        "e.json#/sections/0/groups/0/items/1/emphasis: emphasis is only read on career_role items (this item is a "
        "statement)\n");
  CHECK(errors_for(R"({"id": "p", "kind": "career_role", "name": "P", "emphasis": {"skill": 0}})") ==
        "e.json#/sections/0/groups/0/items/1/emphasis/skill: emphasis must be a number above 0 and at most 10, "
        "found 0\n");
  CHECK(errors_for(R"({"id": "p", "kind": "career_role", "name": "P", "emphasis": {"skill": 11}})").find(
            "at most 10, found 11") != std::string::npos);
  CHECK(errors_for(R"({"id": "p", "kind": "career_role", "name": "P", "emphasis": {"skill": "2"}})").find(
            "found \"2\"") != std::string::npos);
  CHECK(errors_for(R"({"id": "p", "kind": "career_role", "name": "P", "emphasis": {"nope": 2}})") ==
        "e.json#/sections/0/groups/0/items/1/emphasis/nope: links to \"nope\", which is not an id in this file\n");
  CHECK(errors_for(R"({"id": "p", "kind": "career_role", "name": "P", "emphasis": [2]})").find(
            "expected an object of item id -> factor, found array") != std::string::npos);
}

TEST_CASE("level ladder: every profile in order, where the assessment sits, what moves it up") {
  const Role role = LoadTestRole();
  const LevelLadder ladder = BuildLevelLadder(role, Model(), FixedAssessment());
  REQUIRE(ladder.rungs.size() == 3);
  const LadderRung& senior = ladder.rungs[0];
  const LadderRung& staff = ladder.rungs[1];
  const LadderRung& principal = ladder.rungs[2];
  CHECK(senior.target == "senior");
  CHECK(senior.name == "Senior");
  // Senior C2 I2 O1: a 6/6, b 4/4, c 2/4, x 4/4, y 6/6.
  CHECK(senior.attainment == doctest::Approx(22.0 / 24.0));
  CHECK(senior.gaps == 1);
  CHECK(senior.verdict == Verdict::kReady);
  CHECK_FALSE(senior.chosen);
  CHECK(staff.attainment == doctest::Approx(28.0 / 30.0));
  CHECK(staff.gaps == 1);
  CHECK(staff.verdict == Verdict::kReady);
  CHECK(staff.chosen);
  CHECK(Ids(staff.top_gaps) == std::vector<std::string>{"skill-c"});
  // Principal C4 I3 O2: a 9/12, b 4/6, c 2/6, x 4/6, y 9/12; w*gap c 4, a 3, y 3, b 2, x 2.
  CHECK(principal.attainment == doctest::Approx(28.0 / 42.0));
  CHECK(principal.gaps == 5);
  CHECK(principal.verdict == Verdict::kNotYet);
  CHECK(Ids(principal.top_gaps) == std::vector<std::string>{"skill-c", "skill-a", "soft-y"});

  CHECK(ladder.reached == 1);
  CHECK(ladder.next == 2);
  CHECK(Ids(ladder.MovesUp()) == std::vector<std::string>{"skill-c", "skill-a", "soft-y"});
}

TEST_CASE("level ladder: nothing reached, and the top reached") {
  const Role role = LoadTestRole();
  Assessment empty;
  const LevelLadder none = BuildLevelLadder(role, Model(), empty);
  CHECK(none.reached == -1);
  CHECK(none.next == 0);
  CHECK(none.rungs[1].chosen);  // an empty target resolves to the default

  Assessment top = FixedAssessment();
  for (auto& [id, rating] : top.ratings) rating.level = 4;
  top.ratings["skill-d"] = Rated(4);
  const LevelLadder all = BuildLevelLadder(role, Model(), top);
  CHECK(all.reached == 2);
  CHECK(all.next == -1);
  CHECK(all.MovesUp().empty());
  CHECK(all.rungs[2].attainment == doctest::Approx(1.0));
}
