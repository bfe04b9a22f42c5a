#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

#include <nlohmann/json.hpp>

#include "core/role/role_loader.hpp"

using rex::core::Importance;
using rex::core::LoadRole;
using rex::core::Role;
using rex::core::RoleLoadResult;

namespace {

const std::string kFixtures = std::string(REX_SOURCE_DIR) + "/tests/fixtures/roles/";
const std::string kRealRole = std::string(REX_SOURCE_DIR) + "/content/roles/staff-backend-engineer.json";

std::string ReadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  REQUIRE_MESSAGE(in, "cannot open " << path);
  std::ostringstream bytes;
  bytes << in.rdbuf();
  return bytes.str();
}

RoleLoadResult LoadFile(const std::string& path, const std::string& source_name) {
  return LoadRole(ReadFile(path), source_name);
}

std::string AllErrors(const RoleLoadResult& result) {
  std::string all;
  for (const auto& error : result.errors) all += error.ToString() + "\n";
  return all;
}

const Role& RequireRole(const RoleLoadResult& result) {
  INFO(AllErrors(result));
  REQUIRE(result.errors.empty());
  REQUIRE(result.role.has_value());
  return *result.role;
}

int Count(const Role& role, const std::string& kind) {
  const auto counts = role.CountByKind();
  const auto found = counts.find(kind);
  return found == counts.end() ? 0 : found->second;
}

// Every link appears from both ends, sorted, once.
void CheckLinksSymmetric(const Role& role) {
  for (const auto& [id, others] : role.linked) {
    CHECK(std::is_sorted(others.begin(), others.end()));
    CHECK(std::adjacent_find(others.begin(), others.end()) == others.end());
    for (const std::string& other : others) {
      const auto back = role.linked.find(other);
      REQUIRE(back != role.linked.end());
      CHECK(std::binary_search(back->second.begin(), back->second.end(), id));
    }
  }
  for (const auto& [id, ref] : role.item_index) {
    for (const std::string& target : role.At(ref).links) {
      CHECK(role.FindItem(target) != nullptr);
      CHECK(std::binary_search(role.linked.at(id).begin(), role.linked.at(id).end(), target));
    }
  }
}

// A small valid role text with one item whose JSON is `item`.
std::string RoleWithItems(const std::string& items) {
  return R"({"format": "role-explorer/role@1", "id": "r", "title": "R", "content_version": "1",
             "sections": [{"id": "s", "number": 1, "title": "S",
                           "groups": [{"id": "g", "title": "G", "items": [)" +
         items + "]}]}]}";
}

}  // namespace

TEST_CASE("every broken fixture gives its expected error at its expected place") {
  const auto expected = nlohmann::json::parse(ReadFile(kFixtures + "broken/expected.json")).at("files");
  int checked = 0;
  for (const auto& entry : std::filesystem::directory_iterator(kFixtures + "broken")) {
    const std::string name = entry.path().filename().string();
    if (name == "expected.json") continue;
    CAPTURE(name);
    REQUIRE_MESSAGE(expected.contains(name), "no entry in expected.json");
    const auto& want = expected.at(name);
    const RoleLoadResult result = LoadFile(entry.path().string(), name);
    INFO(AllErrors(result));
    CHECK_FALSE(result.role.has_value());
    REQUIRE(result.errors.size() == 1);  // each fixture breaks exactly one rule
    CHECK(result.errors[0].where == name + want.at("where").get<std::string>());
    CHECK(result.errors[0].message.find(want.at("message").get<std::string>()) != std::string::npos);
    ++checked;
  }
  CHECK(checked == static_cast<int>(expected.size()));
  CHECK(checked >= 16);
}

TEST_CASE("every valid fixture loads") {
  int loaded = 0;
  for (const auto& entry : std::filesystem::directory_iterator(kFixtures + "valid")) {
    CAPTURE(entry.path().string());
    const RoleLoadResult result = LoadFile(entry.path().string(), entry.path().filename().string());
    const Role& role = RequireRole(result);
    CHECK_FALSE(role.sections.empty());
    CheckLinksSymmetric(role);
    ++loaded;
  }
  CHECK(loaded >= 2);
}

TEST_CASE("the minimal role has defaults for everything optional") {
  const RoleLoadResult result = LoadFile(kFixtures + "valid/minimal.json", "minimal.json");
  const Role& role = RequireRole(result);
  CHECK(role.tagline.empty());
  const auto& group = role.sections.at(0).groups.at(0);
  CHECK(group.view == rex::core::GroupView::kList);
  const auto& item = group.items.at(0);
  CHECK_FALSE(item.importance.has_value());
  CHECK(item.facts.empty());
  CHECK(role.linked.empty());
}

TEST_CASE("a second role loads with no code change: site reliability engineer") {
  const RoleLoadResult result = LoadFile(kFixtures + "valid/site-reliability-engineer-mini.json", "sre.json");
  const Role& role = RequireRole(result);
  CHECK(role.id == "site-reliability-engineer-mini");
  REQUIRE(role.sections.size() == 4);
  CHECK(role.sections[3].number == 4);
  CHECK(role.sections[2].groups[0].view == rex::core::GroupView::kTable);
  CHECK(Count(role, "technical_skill") == 2);
  CHECK(Count(role, "kpi") == 2);
  const auto* slo = role.FindItem("resp-slos");
  REQUIRE(slo != nullptr);
  CHECK(slo->importance == Importance::kCritical);
  CHECK(role.FindItem("summary") == nullptr);  // sections are not items
  CHECK(role.FindItem("no-such-id") == nullptr);
  // skill-automation is linked from two items and links nowhere itself.
  CHECK(role.linked.at("skill-automation") == std::vector<std::string>{"resp-toil", "tool-terraform"});
  const auto* mttr = role.FindItem("kpi-mttr");
  REQUIRE(mttr != nullptr);
  REQUIRE(mttr->facts.size() == 2);
  CHECK(mttr->facts[1].label == "Target");
}

TEST_CASE("per-level descriptors are read, sorted by level, and looked up by level") {
  const RoleLoadResult result = LoadFile(kFixtures + "valid/site-reliability-engineer-mini.json", "sre.json");
  const Role& role = RequireRole(result);
  const auto* observability = role.FindItem("skill-observability");
  REQUIRE(observability != nullptr);
  REQUIRE(observability->levels.size() == 3);  // written 3, 1, 2 in the file
  CHECK(observability->levels[0].level == 1);
  CHECK(observability->levels[2].level == 3);
  REQUIRE(observability->LevelTextFor(1) != nullptr);
  CHECK(*observability->LevelTextFor(1) == "Reads dashboards and follows a runbook.");
  CHECK(observability->LevelTextFor(0) == nullptr);  // not every level needs words
  CHECK(role.FindItem("skill-automation")->levels.empty());
}

TEST_CASE("each broken level rule is reported, in document order, with links") {
  const std::string role = R"({"format": "role-explorer/role@1", "id": "r", "title": "R", "content_version": "1",
    "sections": [{"id": "s", "number": 1, "title": "S", "groups": [{"id": "g", "title": "G", "items": [
      {"id": "a", "kind": "technical_skill", "name": "A", "links": ["nowhere"],
       "levels": [{"level": 7, "text": "x"}, {"level": 2, "text": "y"}, {"level": 2, "text": "z"}]},
      {"id": "b", "kind": "goal", "name": "B", "levels": [{"level": 1, "text": "w"}], "links": ["gone"]}]}]}]})";
  const RoleLoadResult result = rex::core::LoadRole(role, "r.json");
  REQUIRE(result.errors.size() == 5);
  const std::string at = "r.json#/sections/0/groups/0/items/";
  CHECK(result.errors[0].where == at + "0/links/0");
  CHECK(result.errors[1].where == at + "0/levels/0/level");
  CHECK(result.errors[1].message == "level 7 is outside the scale (expected 0..4)");
  CHECK(result.errors[2].where == at + "0/levels/2/level");
  CHECK(result.errors[3].where == at + "1/links/0");  // within an item, in the order fields are read
  CHECK(result.errors[4].where == at + "1/levels");
}

TEST_CASE("the Staff Backend Engineer role loads with the blueprint's counts") {
  const RoleLoadResult result = LoadFile(kRealRole, "staff-backend-engineer.json");
  const Role& role = RequireRole(result);
  CHECK(role.id == "staff-backend-engineer");
  CHECK(role.sections.size() == 20);
  for (std::size_t i = 0; i < role.sections.size(); ++i) CHECK(role.sections[i].number == static_cast<int>(i + 1));
  CHECK(Count(role, "responsibility") == 24);
  CHECK(Count(role, "kpi") == 20);
  CHECK(Count(role, "technical_skill") == 21);
  CHECK(Count(role, "soft_skill") == 9);
  CHECK(Count(role, "tool") == 34);
  CHECK(Count(role, "scorecard_dimension") == 8);
  CHECK(role.item_index.size() == 468);
  CheckLinksSymmetric(role);
  CHECK_FALSE(role.linked.empty());
}

TEST_CASE("the real role's technical skills come in groups of 8, 5, 5 and 3") {
  const RoleLoadResult result = LoadFile(kRealRole, "staff-backend-engineer.json");
  const Role& role = RequireRole(result);
  const auto section = std::find_if(role.sections.begin(), role.sections.end(),
                                    [](const auto& s) { return s.id == "technical-skills"; });
  REQUIRE(section != role.sections.end());
  std::vector<int> per_group;
  for (const auto& group : section->groups) {
    per_group.push_back(static_cast<int>(std::count_if(group.items.begin(), group.items.end(),
                                                       [](const auto& item) { return item.kind == "technical_skill"; })));
  }
  CHECK(per_group == std::vector<int>{8, 5, 5, 3});
}

TEST_CASE("all errors are collected, in document order, links included") {
  const std::string text = RoleWithItems(R"(
      {"id": "a", "kind": "statement", "name": "A", "links": ["nowhere"]},
      {"id": "B", "kind": "statement", "name": "B"},
      {"id": "c", "kind": "skill", "name": "C", "links": ["a"]},
      {"id": "d", "kind": "statement", "name": 1, "extra": true, "links": ["later", "c", "d"]},
      {"id": "later", "kind": "statement", "name": "Later"})");
  const RoleLoadResult result = LoadRole(text, "r.json");
  CHECK_FALSE(result.role.has_value());
  std::vector<std::string> places;
  for (const auto& error : result.errors) places.push_back(error.where);
  const std::string items = "r.json#/sections/0/groups/0/items/";
  CHECK(places == std::vector<std::string>{items + "0/links/0", items + "1/id", items + "2/kind",
                                           items + "3/name", items + "3/links/2", items + "3/extra"});
  CHECK(result.errors[4].message == "item links to itself");
  CHECK(result.errors[5].message.find("unknown property \"extra\"") == 0);
}

TEST_CASE("errors stop at the cap with a closing note") {
  std::string items;
  for (int i = 0; i < 150; ++i) {
    if (i > 0) items += ",";
    items += R"({"id": "i)" + std::to_string(i) + R"(", "kind": "nope", "name": "N", "links": ["x"]})";
  }
  const RoleLoadResult result = LoadRole(RoleWithItems(items), "r.json");
  REQUIRE(result.errors.size() == rex::core::kMaxLoadErrors + 1);
  CHECK(result.errors[0].where == "r.json#/sections/0/groups/0/items/0/kind");
  CHECK(result.errors[1].where == "r.json#/sections/0/groups/0/items/0/links/0");
  CHECK(result.errors.back().ToString() == "r.json: too many errors; only the first 100 are shown");
}

TEST_CASE("a document of another format gives one error, not a list of unknown properties") {
  const RoleLoadResult result =
      LoadRole(R"({"format": "role-explorer/report@1", "answers": {}, "person": "x"})", "report.json");
  REQUIRE(result.errors.size() == 1);
  CHECK(result.errors[0].ToString() ==
        R"(report.json#/format: unknown format "role-explorer/report@1" (expected "role-explorer/role@1"))");
}

TEST_CASE("a duplicate key inside a value we do not otherwise read is still reported") {
  const std::string text = RoleWithItems(R"({"id": "a", "kind": "statement", "name": "A", "x": {"k": 1, "k": 2}})");
  const RoleLoadResult result = LoadRole(text, "r.json");
  REQUIRE(result.errors.size() == 2);
  CHECK(result.errors[0].where == "r.json#/sections/0/groups/0/items/0/x");
  CHECK(result.errors[1].where == "r.json#/sections/0/groups/0/items/0/x/k");
}

TEST_CASE("unknown properties without a close match list the allowed ones") {
  const RoleLoadResult result = LoadRole(RoleWithItems(R"({"id": "a", "kind": "goal", "name": "A", "zzz": 1})"), "r.json");
  REQUIRE(result.errors.size() == 1);
  CHECK(result.errors[0].message ==
        "unknown property \"zzz\" (allowed: id, kind, name, text, facts, importance, importance_note, bar, links, emphasis or levels)");
}

TEST_CASE("shape edge cases") {
  SUBCASE("a section number written as 1.0 is an integer, as in JSON Schema") {
    const std::string text = R"({"format": "role-explorer/role@1", "id": "r", "title": "R", "content_version": "1",
        "sections": [{"id": "s", "number": 1.0, "title": "S",
                      "groups": [{"id": "g", "title": "G", "items": [{"id": "i", "kind": "goal", "name": "I"}]}]}]})";
    CHECK(LoadRole(text, "r.json").role.has_value());
  }
  SUBCASE("the role id is not in the id space of sections, groups and items") {
    const std::string text = R"({"format": "role-explorer/role@1", "id": "s", "title": "R", "content_version": "1",
        "sections": [{"id": "s", "number": 1, "title": "S",
                      "groups": [{"id": "g", "title": "G", "items": [{"id": "i", "kind": "goal", "name": "I"}]}]}]})";
    CHECK(LoadRole(text, "r.json").role.has_value());
  }
  SUBCASE("a link listed twice") {
    const auto result = LoadRole(RoleWithItems(R"({"id": "a", "kind": "goal", "name": "A", "links": ["b", "b"]},
                                                  {"id": "b", "kind": "goal", "name": "B"})"), "r.json");
    REQUIRE(result.errors.size() == 1);
    CHECK(result.errors[0].ToString() == "r.json#/sections/0/groups/0/items/0/links/1: link \"b\" is listed twice");
  }
  SUBCASE("an empty facts list is fine") {
    CHECK(LoadRole(RoleWithItems(R"({"id": "a", "kind": "goal", "name": "A", "facts": []})"), "r.json").role.has_value());
  }
  SUBCASE("wrong container types") {
    const auto result = LoadRole(RoleWithItems(R"("just a string", {"id": "a", "kind": "goal", "name": "A", "links": "b"})"), "r.json");
    REQUIRE(result.errors.size() == 2);
    CHECK(result.errors[0].ToString() == "r.json#/sections/0/groups/0/items/0: expected an item object, found string");
    CHECK(result.errors[1].ToString() == "r.json#/sections/0/groups/0/items/1/links: expected an array of item ids, found string");
  }
  SUBCASE("importance is case-sensitive") {
    const auto result = LoadRole(RoleWithItems(R"({"id": "a", "kind": "goal", "name": "A", "importance": "critical"})"), "r.json");
    REQUIRE(result.errors.size() == 1);
    CHECK(result.errors[0].message.find("unknown importance \"critical\"") == 0);
  }
}

TEST_CASE("hostile input never throws") {
  const std::string deep(100000, '[');
  CHECK_NOTHROW((void)LoadRole(deep, "deep.json"));
  CHECK_NOTHROW((void)LoadRole(std::string(100000, '[') + std::string(100000, ']'), "deep.json"));
  CHECK_NOTHROW((void)LoadRole(R"({"format": "role-explorer/role@1", "sections": [{"number": 1e400}]})", "big.json"));
  CHECK_NOTHROW((void)LoadRole(R"({"format": "role-explorer/role@1", "sections": [{"number": 99999999999999999999}]})", "big.json"));
  CHECK_NOTHROW((void)LoadRole(std::string("{\"a\0\": 1}", 9), "nul.json"));
  CHECK_NOTHROW((void)LoadRole("{\"\\ud800\": 1}", "surrogate.json"));
  const auto result = LoadRole(R"({"format": "role-explorer/role@1", "sections": [{"number": 99999999999999999999}]})", "big.json");
  CHECK_FALSE(result.role.has_value());
}

TEST_CASE("Importance and GroupView round-trip through text") {
  for (auto importance : {Importance::kCritical, Importance::kImportant, Importance::kOptional, Importance::kContextSpecific}) {
    CHECK(rex::core::ParseImportance(rex::core::ToString(importance)) == importance);
  }
  CHECK(std::string(rex::core::ToString(Importance::kContextSpecific)) == "Context-specific");
  CHECK_FALSE(rex::core::ParseImportance("Crucial").has_value());
  CHECK_FALSE(rex::core::ParseImportance("").has_value());
  for (auto view : {rex::core::GroupView::kList, rex::core::GroupView::kCards, rex::core::GroupView::kTable,
                    rex::core::GroupView::kChecklist}) {
    CHECK(rex::core::ParseGroupView(rex::core::ToString(view)) == view);
  }
  CHECK_FALSE(rex::core::ParseGroupView("grid").has_value());
}

TEST_CASE("BuildIndex works on a hand-built role") {
  Role role;
  role.sections.resize(1);
  role.sections[0].groups.resize(2);
  role.sections[0].groups[0].items = {{"a", "kpi", "A", "", {}, {}, "", "", {"b", "c"}}, {"b", "kpi", "B", "", {}, {}, "", "", {"a"}}};
  role.sections[0].groups[1].items = {{"c", "tool", "C", "", {}, {}, "", "", {}}};
  role.BuildIndex();
  CHECK(role.item_index.at("c").group == 1);
  CHECK(role.FindItem("c")->kind == "tool");
  CHECK(role.linked.at("a") == std::vector<std::string>{"b", "c"});  // a->b and b->a count once
  CHECK(role.linked.at("b") == std::vector<std::string>{"a"});
  CHECK(role.linked.at("c") == std::vector<std::string>{"a"});
  CHECK(role.CountByKind() == std::unordered_map<std::string, int>{{"kpi", 2}, {"tool", 1}});
}
