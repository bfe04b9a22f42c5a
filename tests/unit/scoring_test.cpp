// Pins docs/scoring.md on small roles whose numbers are worked out by hand in
// the comments. Weights everywhere: Critical 3, Important 2, Optional 1,
// Context-specific 1; scale 0..4.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "core/assessment/scoring.hpp"
#include "core/role/role_loader.hpp"

using rex::core::Assessment;
using rex::core::Evidence;
using rex::core::GateResult;
using rex::core::ItemScore;
using rex::core::Role;
using rex::core::Score;
using rex::core::ScoreReport;
using rex::core::Verdict;

namespace {

using Ids = std::vector<std::string>;

// A one-group role with the given items, targets and default target.
Role MakeRole(const std::string& items, const std::string& targets, const std::string& default_target) {
  const std::string text = R"({"format": "role-explorer/role@1", "id": "r", "title": "R", "content_version": "1",
      "sections": [{"id": "s", "number": 1, "title": "S", "groups": [{"id": "g", "title": "G", "items": [)" +
                           items + R"(]}]}],
      "assessment": {
        "scale": [{"level": 0, "name": "L0", "descriptor": "d"}, {"level": 1, "name": "L1", "descriptor": "d"},
                  {"level": 2, "name": "L2", "descriptor": "d"}, {"level": 3, "name": "L3", "descriptor": "d"},
                  {"level": 4, "name": "L4", "descriptor": "d"}],
        "rated_kinds": ["technical_skill", "soft_skill"],
        "checklist_kinds": ["goal"],
        "weights": {"Critical": 3, "Important": 2, "Optional": 1, "Context-specific": 1},
        "targets": [)" + targets + R"(],
        "default_target": ")" + default_target + R"("}})";
  auto result = rex::core::LoadRole(text, "test.json");
  std::string errors;
  for (const auto& error : result.errors) errors += error.ToString() + "\n";
  INFO(errors);
  REQUIRE(result.role.has_value());
  return std::move(*result.role);
}

std::string Skill(const std::string& id, const std::string& importance, const std::string& kind = "technical_skill") {
  return R"({"id": ")" + id + R"(", "kind": ")" + kind + R"(", "name": ")" + id + R"(")" +
         (importance.empty() ? "" : R"(, "importance": ")" + importance + R"(")") + "}";
}

const std::string kStaff =
    R"({"id": "staff", "name": "Staff", "by_importance": {"Critical": 3, "Important": 2, "Optional": 1, "Context-specific": 0}})";

void Rate(Assessment& a, const std::string& id, int level, bool evidence = true) {
  a.ratings[id].level = level;
  if (evidence) a.ratings[id].evidence.push_back(Evidence{"did it", "", ""});
}

ScoreReport ScoreStaff(const Role& role, const Assessment& a) { return Score(role, role.rating_model, a, "staff"); }

Ids IdsOf(const std::vector<ItemScore>& items) {
  Ids ids;
  for (const auto& s : items) ids.push_back(s.id);
  return ids;
}

const GateResult& GateOf(const ScoreReport& r, const std::string& id) {
  for (const auto& gate : r.gates) {
    if (gate.id == id) return gate;
  }
  FAIL("no gate " << id);
  return r.gates.front();
}

Ids FailingGates(const ScoreReport& r) {
  Ids ids;
  for (const auto& gate : r.gates) {
    if (!gate.passed) ids.push_back(gate.id);
  }
  return ids;
}

// The worked example of docs/scoring.md.
Role ExampleRole() {
  const std::string items = Skill("c1", "Critical") + "," + Skill("c2", "Critical") + "," + Skill("i1", "Important") +
                            "," + Skill("n1", "") + "," + Skill("o1", "Optional") + "," +
                            Skill("x1", "Context-specific") + "," + Skill("s1", "Critical", "soft_skill") + "," +
                            Skill("s2", "Important", "soft_skill") + "," + Skill("k1", "Critical", "kpi") +
                            R"(, {"id": "g1", "kind": "goal", "name": "G1"}, {"id": "g2", "kind": "goal", "name": "G2"},
                               {"id": "g3", "kind": "goal", "name": "G3"})";
  const std::string targets = R"({"id": "staff", "name": "Staff",
        "by_importance": {"Critical": 3, "Important": 2, "Optional": 1, "Context-specific": 0},
        "overrides": {"i1": 3}},
      {"id": "senior", "name": "Senior",
        "by_importance": {"Critical": 2, "Important": 2, "Optional": 1, "Context-specific": 0}})";
  return MakeRole(items, targets, "staff");
}

Assessment ExampleAssessment() {
  Assessment a;
  Rate(a, "c1", 3);
  Rate(a, "c2", 1);
  Rate(a, "i1", 2);
  Rate(a, "o1", 2, /*evidence=*/false);
  Rate(a, "x1", 4, /*evidence=*/false);
  Rate(a, "s1", 3);
  a.ratings["s2"].note = "a note is not a rating";
  a.goals_done = {{"g1", true}, {"g2", false}, {"not-a-goal", true}};
  return a;
}

}  // namespace

TEST_CASE("worked example: items, weights, expectations and not-rated items") {
  const Role role = ExampleRole();
  const ScoreReport r = ScoreStaff(role, ExampleAssessment());
  CHECK(r.target == "staff");
  // k1 is a kpi (not a rated kind); goals are a checklist.
  CHECK(IdsOf(r.items) == Ids{"c1", "c2", "i1", "n1", "o1", "x1", "s1", "s2"});
  const ItemScore& n1 = r.items[3];
  CHECK(n1.importance == rex::core::Importance::kImportant);  // no importance counts as Important
  CHECK(n1.weight == 2);
  CHECK(n1.expected == 2);
  CHECK_FALSE(n1.level.has_value());
  CHECK(n1.gap == 0);
  CHECK(r.items[2].expected == 3);  // i1: the override wins over Important = 2
  CHECK(r.items[5].expected == 0);  // x1: Context-specific is not expected at Staff
  CHECK(r.items[1].gap == 2);
  CHECK(IdsOf(r.not_rated) == Ids{"n1", "s2"});
  CHECK(r.goals_total == 3);
  CHECK(r.goals_done == 1);
}

TEST_CASE("worked example: category and overall scores") {
  const ScoreReport r = ScoreStaff(ExampleRole(), ExampleAssessment());
  REQUIRE(r.categories.size() == 2);
  const auto& tech = r.categories[0];
  CHECK(tech.kind == "technical_skill");
  CHECK(tech.items == 6);
  CHECK(tech.rated == 5);
  // (3·3 + 3·1 + 2·2 + 1·2 + 1·4) / (3+3+2+1+1) = 22/10; x1 counts in the average.
  CHECK(tech.average_level == doctest::Approx(2.2));
  // c1, c2, i1, o1 (x1 expects 0): (9 + 3 + 4 + 1) / (9 + 9 + 6 + 1) = 17/25.
  CHECK(tech.attainment == doctest::Approx(0.68));
  const auto& soft = r.categories[1];
  CHECK(soft.kind == "soft_skill");
  CHECK(soft.items == 2);
  CHECK(soft.rated == 1);
  CHECK(soft.average_level == doctest::Approx(3.0));
  CHECK(soft.attainment == doctest::Approx(1.0));
  CHECK(r.overall.kind.empty());
  CHECK(r.overall.items == 8);
  CHECK(r.overall.rated == 6);
  CHECK(r.overall.average_level == doctest::Approx(31.0 / 13.0));
  CHECK(r.overall.attainment == doctest::Approx(26.0 / 34.0));
}

TEST_CASE("worked example: gaps, strengths, gates and verdict") {
  const ScoreReport r = ScoreStaff(ExampleRole(), ExampleAssessment());
  // c2: 3·2 = 6, i1: 2·1 = 2. Unrated n1 and s2 are not gaps.
  CHECK(IdsOf(r.gaps) == Ids{"c2", "i1"});
  // x1: 1·(4-0+1) = 5; c1 and s1 tie at 3·1 = 3 (role order); o1: 1·(2-1+1) = 2.
  CHECK(IdsOf(r.strengths) == Ids{"x1", "c1", "s1", "o1"});

  REQUIRE(r.gates.size() == 5);
  CHECK(r.gates[0].id == "rated");
  CHECK(r.gates[1].id == "critical-at-bar");
  CHECK(r.gates[2].id == "no-deep-gaps");
  CHECK(r.gates[3].id == "evidence");
  CHECK(r.gates[4].id == "attainment");
  for (const auto& gate : r.gates) {
    CAPTURE(gate.id);
    CHECK_FALSE(gate.title.empty());
    CHECK_FALSE(gate.passed);
  }
  CHECK(r.gates[0].items == Ids{"n1", "s2"});
  CHECK(r.gates[0].detail == "2 of 6 Critical and Important items are not rated yet.");
  CHECK(r.gates[1].items == Ids{"c2"});
  CHECK(r.gates[1].detail == "1 of 3 rated Critical items is below the bar.");
  CHECK(r.gates[2].items == Ids{"c2"});
  CHECK(r.gates[2].detail == "1 item is 2 or more levels below the target.");
  CHECK(r.gates[3].items == Ids{"o1"});  // x1 has no evidence but is not expected
  CHECK(r.gates[3].detail == "1 of 3 items is rated at or above the target without evidence.");
  CHECK(r.gates[4].items == Ids{"c2", "i1"});
  CHECK(r.gates[4].detail == "Overall attainment is 76% (the bar is 85%).");
  CHECK(r.verdict == Verdict::kNotYet);
}

TEST_CASE("worked example: closing every gap makes it ready") {
  Assessment a = ExampleAssessment();
  Rate(a, "n1", 2);
  Rate(a, "s2", 2);
  a.ratings["c2"].level = 3;
  a.ratings["i1"].level = 3;
  a.ratings["o1"].evidence.push_back(Evidence{"wrote it up", "design-doc-12", "2026-03-01"});
  const ScoreReport r = ScoreStaff(ExampleRole(), a);
  CHECK(FailingGates(r).empty());
  CHECK(r.overall.attainment == doctest::Approx(1.0));
  CHECK(r.gaps.empty());
  CHECK(r.verdict == Verdict::kReady);
}

TEST_CASE("another target changes what is expected") {
  const ScoreReport r = Score(ExampleRole(), ExampleRole().rating_model, ExampleAssessment(), "senior");
  CHECK(r.target == "senior");
  CHECK(r.items[1].expected == 2);
  CHECK(r.items[2].expected == 2);  // the override belongs to staff only
  CHECK(IdsOf(r.gaps) == Ids{"c2"});
}

TEST_CASE("an unknown target falls back to the default target") {
  const Role role = ExampleRole();
  CHECK(Score(role, role.rating_model, ExampleAssessment(), "no-such-target").target == "staff");
  CHECK(Score(role, role.rating_model, ExampleAssessment(), "").target == "staff");
}

TEST_CASE("gap ties: weight·gap first, then Critical before Important, then role order") {
  const std::string targets =
      R"({"id": "staff", "name": "Staff", "by_importance": {"Critical": 3, "Important": 3, "Optional": 1, "Context-specific": 0}})";
  const Role role = MakeRole(Skill("a", "Important") + "," + Skill("b", "Critical") + "," + Skill("c", "Critical") +
                                 "," + Skill("d", "Important"),
                             targets, "staff");
  Assessment a;
  Rate(a, "a", 0);  // 2·3 = 6
  Rate(a, "b", 1);  // 3·2 = 6
  Rate(a, "c", 1);  // 3·2 = 6
  Rate(a, "d", 2);  // 2·1 = 2
  CHECK(IdsOf(ScoreStaff(role, a).gaps) == Ids{"b", "c", "a", "d"});
}

TEST_CASE("ratings outside the scale are clamped, a note alone is not a rating") {
  const Role role = MakeRole(Skill("a", "Critical") + "," + Skill("b", "Critical"), kStaff, "staff");
  Assessment a;
  Rate(a, "a", 9);
  a.ratings["b"].evidence.push_back(Evidence{"x", "", ""});
  const ScoreReport r = ScoreStaff(role, a);
  CHECK(r.items[0].level == 4);
  CHECK_FALSE(r.items[1].level.has_value());
  CHECK(r.items[1].has_evidence);
  CHECK(IdsOf(r.not_rated) == Ids{"b"});
}

TEST_CASE("nothing rated: zero scores, every item not rated, not yet") {
  const ScoreReport r = ScoreStaff(ExampleRole(), Assessment{});
  CHECK(r.overall.rated == 0);
  CHECK(r.overall.average_level == 0);
  CHECK(r.overall.attainment == 0);
  CHECK(r.not_rated.size() == 8);
  CHECK(r.gaps.empty());
  CHECK(r.strengths.empty());
  CHECK(FailingGates(r) == Ids{"rated", "attainment"});
  CHECK(GateOf(r, "attainment").items.empty());
  CHECK(GateOf(r, "critical-at-bar").detail == "No rated Critical item has a bar at this target.");
  CHECK(GateOf(r, "evidence").detail == "No item is rated at or above the target yet.");
  CHECK(r.verdict == Verdict::kNotYet);
}

TEST_CASE("every gate passes: ready") {
  // x is Context-specific: not expected at Staff, so leaving it unrated is fine.
  const Role role = MakeRole(Skill("a", "Critical") + "," + Skill("b", "Important") + "," +
                                 Skill("x", "Context-specific") + "," + Skill("o", "Optional"),
                             kStaff, "staff");
  Assessment a;
  Rate(a, "a", 3);
  Rate(a, "b", 2);
  Rate(a, "o", 0, /*evidence=*/false);  // a 1-level gap on an Optional item: 9+4+0 / 9+4+1
  const ScoreReport r = ScoreStaff(role, a);
  CHECK(r.overall.attainment == doctest::Approx(13.0 / 14.0));
  CHECK(FailingGates(r).empty());
  CHECK(GateOf(r, "rated").detail == "All 2 Critical or Important items are rated.");
  CHECK(GateOf(r, "critical-at-bar").detail == "The one rated Critical item is at or above the bar.");
  CHECK(GateOf(r, "no-deep-gaps").detail == "No rated item is 2 or more levels below the target.");
  CHECK(GateOf(r, "evidence").detail == "All 2 items rated at or above the target have evidence.");
  CHECK(GateOf(r, "attainment").detail == "Overall attainment is 92% (the bar is 85%).");
  for (const auto& gate : r.gates) CHECK(gate.items.empty());
  CHECK(r.verdict == Verdict::kReady);
  CHECK(IdsOf(r.gaps) == Ids{"o"});
  CHECK(IdsOf(r.not_rated) == Ids{"x"});
}

TEST_CASE("attainment of exactly 85% passes the gate") {
  // a: 3·2 = 6 of 9, b: 9 of 9, o1, o2: 1 of 1 each -> 17/20.
  const Role role = MakeRole(Skill("a", "Critical") + "," + Skill("b", "Critical") + "," + Skill("o1", "Optional") +
                                 "," + Skill("o2", "Optional"),
                             kStaff, "staff");
  Assessment a;
  Rate(a, "a", 2);
  Rate(a, "b", 3);
  Rate(a, "o1", 1);
  Rate(a, "o2", 1);
  const ScoreReport r = ScoreStaff(role, a);
  CHECK(GateOf(r, "attainment").passed);
  CHECK(GateOf(r, "attainment").detail == "Overall attainment is 85% (the bar is 85%).");
  CHECK(FailingGates(r) == Ids{"critical-at-bar"});
  CHECK(r.verdict == Verdict::kAlmost);  // one failing item, everything rated
}

TEST_CASE("only the evidence gate fails: almost, however many items lack evidence") {
  const Role role = MakeRole(Skill("a", "Critical") + "," + Skill("b", "Critical") + "," + Skill("c", "Important"),
                             kStaff, "staff");
  Assessment a;
  Rate(a, "a", 3, false);
  Rate(a, "b", 4, false);
  Rate(a, "c", 2, false);
  const ScoreReport r = ScoreStaff(role, a);
  CHECK(FailingGates(r) == Ids{"evidence"});
  CHECK(GateOf(r, "evidence").items == Ids{"a", "b", "c"});
  CHECK(GateOf(r, "evidence").detail == "3 of 3 items are rated at or above the target without evidence.");
  CHECK(r.verdict == Verdict::kAlmost);
}

TEST_CASE("only the attainment gate fails: almost") {
  // Four Important items one level short: (9 + 4·2) / (9 + 4·4) = 17/25 = 68%.
  const Role role = MakeRole(Skill("a", "Critical") + "," + Skill("b", "Important") + "," + Skill("c", "Important") +
                                 "," + Skill("d", "Important") + "," + Skill("e", "Important"),
                             kStaff, "staff");
  Assessment a;
  Rate(a, "a", 3);
  for (const char* id : {"b", "c", "d", "e"}) Rate(a, id, 1);
  const ScoreReport r = ScoreStaff(role, a);
  CHECK(FailingGates(r) == Ids{"attainment"});
  CHECK(GateOf(r, "attainment").items == Ids{"b", "c", "d", "e"});
  CHECK(GateOf(r, "attainment").detail == "Overall attainment is 68% (the bar is 85%).");
  CHECK(r.verdict == Verdict::kAlmost);
}

TEST_CASE("an item failing two gates counts once towards the two-item allowance") {
  // a is 2 levels short: critical-at-bar and no-deep-gaps both name it.
  // Attainment: (3 + 5·9) / (6·9) = 48/54 = 88%.
  std::string items = Skill("a", "Critical");
  for (int i = 0; i < 5; ++i) items += "," + Skill("b" + std::to_string(i), "Critical");
  const Role role = MakeRole(items, kStaff, "staff");
  Assessment a;
  Rate(a, "a", 1);
  for (int i = 0; i < 5; ++i) Rate(a, "b" + std::to_string(i), 3);
  const ScoreReport r = ScoreStaff(role, a);
  CHECK(FailingGates(r) == Ids{"critical-at-bar", "no-deep-gaps"});
  CHECK(GateOf(r, "no-deep-gaps").items == Ids{"a"});
  CHECK(r.verdict == Verdict::kAlmost);
}

TEST_CASE("three failing items: not yet") {
  std::string items = Skill("a", "Critical") + "," + Skill("b", "Critical") + "," + Skill("c", "Critical");
  for (int i = 0; i < 6; ++i) items += "," + Skill("ok" + std::to_string(i), "Critical");
  const Role role = MakeRole(items, kStaff, "staff");
  Assessment a;
  for (const char* id : {"a", "b", "c"}) Rate(a, id, 2);
  for (int i = 0; i < 6; ++i) Rate(a, "ok" + std::to_string(i), 3);
  const ScoreReport r = ScoreStaff(role, a);
  // (3·6 + 6·9) / (9·9) = 72/81 = 88%: only critical-at-bar fails, with 3 items.
  CHECK(FailingGates(r) == Ids{"critical-at-bar"});
  CHECK(GateOf(r, "critical-at-bar").detail == "3 of 9 rated Critical items are below the bar.");
  CHECK(r.verdict == Verdict::kNotYet);
}

TEST_CASE("an unrated Critical item keeps the verdict at not yet") {
  const Role role = MakeRole(Skill("a", "Critical") + "," + Skill("b", "Critical"), kStaff, "staff");
  Assessment a;
  Rate(a, "a", 3);
  const ScoreReport r = ScoreStaff(role, a);
  CHECK(FailingGates(r) == Ids{"rated"});
  CHECK(GateOf(r, "rated").items == Ids{"b"});
  CHECK(GateOf(r, "rated").detail == "1 of 2 Critical and Important items is not rated yet.");
  CHECK(GateOf(r, "critical-at-bar").passed);  // judges rated items only
  CHECK(r.gaps.empty());
  CHECK(r.verdict == Verdict::kNotYet);
}

TEST_CASE("Context-specific items: never gaps, outside attainment, still in the average and strengths") {
  const Role role = MakeRole(Skill("a", "Critical") + "," + Skill("x", "Context-specific") + "," +
                                 Skill("y", "Context-specific"),
                             kStaff, "staff");
  Assessment a;
  Rate(a, "a", 3);
  Rate(a, "x", 0, false);
  Rate(a, "y", 3, false);
  const ScoreReport r = ScoreStaff(role, a);
  CHECK(r.gaps.empty());
  CHECK(r.overall.attainment == doctest::Approx(1.0));  // only a counts: 9/9
  CHECK(r.overall.average_level == doctest::Approx((9.0 + 0 + 3) / 5));
  // y: 1·(3-0+1) = 4 beats a: 3·(3-3+1) = 3; x rated 0 on an item nobody expects is no strength.
  CHECK(IdsOf(r.strengths) == Ids{"y", "a"});
  CHECK(GateOf(r, "evidence").passed);  // y needs no evidence: nothing is expected of it
  CHECK(r.verdict == Verdict::kReady);
}

TEST_CASE("a role without an assessment block is scored with the default model") {
  const auto result = rex::core::LoadRole(R"({"format": "role-explorer/role@1", "id": "r", "title": "R",
      "content_version": "1", "sections": [{"id": "s", "number": 1, "title": "S", "groups": [{"id": "g",
      "title": "G", "items": [{"id": "a", "kind": "technical_skill", "name": "A", "importance": "Critical"},
                              {"id": "g1", "kind": "goal", "name": "G1"}]}]}]})",
                                          "r.json");
  REQUIRE(result.role.has_value());
  const Role& role = *result.role;
  Assessment a;
  Rate(a, "a", 3);
  a.goals_done["g1"] = true;
  const ScoreReport r = Score(role, role.rating_model, a, "");
  CHECK(r.target == "role-bar");
  CHECK(r.items.at(0).expected == 3);
  CHECK(r.goals_total == 1);
  CHECK(r.goals_done == 1);
  CHECK(r.verdict == Verdict::kReady);
}

TEST_CASE("verdict names") {
  CHECK(std::string(rex::core::ToString(Verdict::kReady)) == "ready");
  CHECK(std::string(rex::core::ToString(Verdict::kAlmost)) == "almost");
  CHECK(std::string(rex::core::ToString(Verdict::kNotYet)) == "not-yet");
  CHECK(std::string(rex::core::VerdictTitle(Verdict::kReady)) == "Ready");
  CHECK(std::string(rex::core::VerdictTitle(Verdict::kAlmost)) == "Almost there");
  CHECK(std::string(rex::core::VerdictTitle(Verdict::kNotYet)) == "Not yet");
}

TEST_CASE("scoring is deterministic") {
  const Role role = ExampleRole();
  const ScoreReport first = ScoreStaff(role, ExampleAssessment());
  const ScoreReport second = ScoreStaff(role, ExampleAssessment());
  CHECK(IdsOf(first.gaps) == IdsOf(second.gaps));
  CHECK(IdsOf(first.strengths) == IdsOf(second.strengths));
  CHECK(first.overall.attainment == second.overall.attainment);
}

TEST_CASE("a kind named \"overall\" is a category like any other; the overall score still covers every item") {
  Role role = ExampleRole();
  for (auto& kind : role.rating_model.rated_kinds) {
    if (kind == "soft_skill") kind = "overall";
  }
  for (auto& section : role.sections) {
    for (auto& group : section.groups) {
      for (auto& item : group.items) {
        if (item.kind == "soft_skill") item.kind = "overall";
      }
    }
  }
  const ScoreReport r = ScoreStaff(role, ExampleAssessment());
  REQUIRE(r.categories.size() == 2);
  CHECK(r.categories[1].kind == "overall");
  CHECK(r.categories[1].items == 2);
  CHECK(r.overall.items == 8);
  CHECK(r.overall.rated == 6);
}
