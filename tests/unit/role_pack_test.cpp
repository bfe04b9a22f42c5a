// The compact role form the build embeds (core/role/role_pack.hpp): what the app
// reads must be exactly what the loader read from the JSON file.
#include <doctest/doctest.h>

#include <string>

#include "content/embedded_roles.hpp"
#include "core/app/role_catalog.hpp"
#include "core/role/role_loader.hpp"
#include "core/role/role_pack.hpp"
#include "report_test_support.hpp"

using namespace rex::core;
using rex::test::LoadRoleOrFail;
using rex::test::ReadFile;

namespace {

// Every field of the role model, compared one by one, so a field the pack
// forgets fails here.
void CheckSameItem(const Item& a, const Item& b) {
  CAPTURE(a.id);
  CHECK(a.id == b.id);
  CHECK(a.kind == b.kind);
  CHECK(a.name == b.name);
  CHECK(a.text == b.text);
  REQUIRE(a.facts.size() == b.facts.size());
  for (std::size_t i = 0; i < a.facts.size(); ++i) {
    CHECK(a.facts[i].label == b.facts[i].label);
    CHECK(a.facts[i].value == b.facts[i].value);
  }
  CHECK(a.importance == b.importance);
  CHECK(a.importance_note == b.importance_note);
  CHECK(a.bar == b.bar);
  CHECK(a.links == b.links);
  CHECK(a.emphasis == b.emphasis);
  REQUIRE(a.levels.size() == b.levels.size());
  for (std::size_t i = 0; i < a.levels.size(); ++i) {
    CHECK(a.levels[i].level == b.levels[i].level);
    CHECK(a.levels[i].text == b.levels[i].text);
  }
}

void CheckSameRatingModel(const RatingModel& a, const RatingModel& b) {
  REQUIRE(a.scale.size() == b.scale.size());
  for (std::size_t i = 0; i < a.scale.size(); ++i) {
    CHECK(a.scale[i].level == b.scale[i].level);
    CHECK(a.scale[i].name == b.scale[i].name);
    CHECK(a.scale[i].descriptor == b.scale[i].descriptor);
  }
  CHECK(a.rated_kinds == b.rated_kinds);
  CHECK(a.checklist_kinds == b.checklist_kinds);
  CHECK(a.weights == b.weights);
  REQUIRE(a.targets.size() == b.targets.size());
  for (std::size_t i = 0; i < a.targets.size(); ++i) {
    CHECK(a.targets[i].id == b.targets[i].id);
    CHECK(a.targets[i].name == b.targets[i].name);
    CHECK(a.targets[i].summary == b.targets[i].summary);
    CHECK(a.targets[i].by_importance == b.targets[i].by_importance);
    CHECK(a.targets[i].overrides == b.targets[i].overrides);
  }
  CHECK(a.default_target == b.default_target);
}

void CheckSameRole(const Role& a, const Role& b) {
  CHECK(a.id == b.id);
  CHECK(a.title == b.title);
  CHECK(a.content_version == b.content_version);
  CHECK(a.tagline == b.tagline);
  REQUIRE(a.sections.size() == b.sections.size());
  for (std::size_t s = 0; s < a.sections.size(); ++s) {
    const Section& x = a.sections[s];
    const Section& y = b.sections[s];
    CHECK(x.id == y.id);
    CHECK(x.number == y.number);
    CHECK(x.title == y.title);
    CHECK(x.intro == y.intro);
    REQUIRE(x.groups.size() == y.groups.size());
    for (std::size_t g = 0; g < x.groups.size(); ++g) {
      CHECK(x.groups[g].id == y.groups[g].id);
      CHECK(x.groups[g].title == y.groups[g].title);
      CHECK(x.groups[g].intro == y.groups[g].intro);
      CHECK(x.groups[g].view == y.groups[g].view);
      REQUIRE(x.groups[g].items.size() == y.groups[g].items.size());
      for (std::size_t i = 0; i < x.groups[g].items.size(); ++i) CheckSameItem(x.groups[g].items[i], y.groups[g].items[i]);
    }
  }
  CheckSameRatingModel(a.rating_model, b.rating_model);
  CHECK(a.item_index.size() == b.item_index.size());
  CHECK(a.linked == b.linked);
}

// Small, but with what the real role lacks: emphasis, a table view, every importance, per-level texts.
constexpr const char* kEveryFieldRole = R"({
  "format": "role-explorer/role@1", "id": "every-field", "title": "Every Field — Ünïcode ✓",
  "content_version": "2.1.0", "tagline": "Tag line",
  "sections": [
    { "id": "s1", "number": 1, "title": "Skills", "intro": "Intro", "groups": [
      { "id": "g1", "title": "Group", "intro": "Group intro", "view": "table", "items": [
        { "id": "a", "kind": "technical_skill", "name": "A", "text": "Text",
          "facts": [{"label": "Uses", "value": "x, y"}, {"label": "Tools", "value": "z"}],
          "importance": "Context-specific", "importance_note": "varies", "bar": "The bar",
          "levels": [{"level": 4, "text": "Sets the pace"}, {"level": 0, "text": "Not yet"}] },
        { "id": "b", "kind": "technical_skill", "name": "B", "importance": "Optional", "links": ["a"] } ] } ] },
    { "id": "s2", "number": 2, "title": "Paths", "groups": [
      { "id": "g2", "title": "Next", "view": "cards", "items": [
        { "id": "r", "kind": "career_role", "name": "R", "links": ["a", "b"],
          "emphasis": { "a": 3, "b": 0.125 } } ] } ] }
  ]
})";

}  // namespace

TEST_CASE("a pack reads back as exactly the role the loader read") {
  for (const auto& [json, name] : {std::pair<std::string, std::string>{kEveryFieldRole, "every-field.json"},
                                   {ReadFile(std::string(REX_SOURCE_DIR) + "/content/roles/staff-backend-engineer.json"),
                                    "staff-backend-engineer.json"}}) {
    CAPTURE(name);
    const Role loaded = LoadRoleOrFail(json, name);
    const std::string pack = PackRole(loaded, name);
    CHECK(IsRolePack(pack));
    CHECK(pack.size() < json.size());
    const Result<UnpackedRole> unpacked = UnpackRole(pack);
    REQUIRE(unpacked.ok());
    CHECK(unpacked.value().source_name == name);
    CheckSameRole(unpacked.value().role, loaded);
    CHECK(PackRole(unpacked.value().role, name) == pack);  // stable: two builds, same bytes
  }
}

TEST_CASE("every built-in role is embedded as the pack of its file in content/roles") {
  REQUIRE_FALSE(rex::content::Files().empty());
  for (const auto& file : rex::content::Files()) {
    CAPTURE(std::string(file.name));
    REQUIRE(IsRolePack(file.bytes));
    const Result<UnpackedRole> unpacked = UnpackRole(file.bytes);
    REQUIRE(unpacked.ok());
    const std::string& source = unpacked.value().source_name;
    CheckSameRole(unpacked.value().role,
                  LoadRoleOrFail(ReadFile(std::string(REX_SOURCE_DIR) + "/content/roles/" + source), source));
  }
}

TEST_CASE("a damaged pack is refused with a message, never read past its end") {
  const std::string pack = PackRole(LoadRoleOrFail(kEveryFieldRole, "every-field.json"), "every-field.json");
  for (std::size_t length = 0; length < pack.size(); ++length) {
    CAPTURE(length);
    CHECK_FALSE(UnpackRole(pack.substr(0, length)).ok());
  }
  CHECK_FALSE(UnpackRole(pack + "x").ok());
  CHECK(UnpackRole("{\"format\": \"role-explorer/role@1\"}").error().message == "not a role pack of this version");
  std::string huge_count = pack;
  huge_count[kRolePackMagic.size()] = '\xff';  // the source name's length becomes absurd
  CHECK_FALSE(UnpackRole(huge_count).ok());
}

TEST_CASE("the catalog takes packs and JSON role files alike") {
  const std::string json = kEveryFieldRole;
  const std::string pack = PackRole(LoadRoleOrFail(json, "every-field.json"), "every-field.json");
  const Session from_pack = LoadCatalog({EmbeddedFile{"every-field.rolepack", pack}});
  const Session from_json = LoadCatalog({EmbeddedFile{"every-field.json", json}});
  REQUIRE(from_pack.roles.size() == 1);
  REQUIRE(from_json.roles.size() == 1);
  CHECK(from_pack.roles[0].source == "every-field.json");
  CheckSameRole(from_pack.roles[0].role, from_json.roles[0].role);
  const Session damaged = LoadCatalog({EmbeddedFile{"every-field.rolepack", pack.substr(0, pack.size() / 2)}});
  CHECK(damaged.roles.empty());
  REQUIRE(damaged.load_errors.size() == 1);
  CHECK(damaged.load_errors[0].where == "every-field.json");
}
