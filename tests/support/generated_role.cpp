#include "generated_role.hpp"

#include <nlohmann/json.hpp>

#include <cstdio>
#include <cstdlib>

#include "core/role/role_loader.hpp"

namespace rex::test {

namespace {

// What levels 1..4 look like for generated item `n`, of varied length so rubric
// rows differ in height.
nlohmann::json GeneratedLevels(int n) {
  nlohmann::json levels = nlohmann::json::array();
  for (int level = 1; level <= 4; ++level) {
    std::string text = "Level " + std::to_string(level) + " of item " + std::to_string(n) + ": handles retries";
    for (int more = 0; more < (n + level) % 4; ++more) text += ", then budgets the latency of a wider area";
    levels.push_back({{"level", level}, {"text", text + "."}});
  }
  return levels;
}

}  // namespace

std::string GeneratedRoleJson(int items, bool with_levels) {
  const char* views[] = {"list", "cards", "table", "checklist"};
  const char* kinds[] = {"statement", "technical_skill", "kpi", "goal"};
  nlohmann::json sections = nlohmann::json::array();
  const int per_section = items / 4;
  for (int s = 0; s < 4; ++s) {
    nlohmann::json list = nlohmann::json::array();
    for (int i = 0; i < per_section; ++i) {
      const int n = s * per_section + i;
      nlohmann::json item = {{"id", "item-" + std::to_string(n)},
                             {"kind", kinds[s]},
                             {"name", "Generated item " + std::to_string(n)},
                             {"text", "Filler text for item " + std::to_string(n) + " about latency budgets and retries."},
                             {"facts", {{{"label", "Measure"}, {"value", "value " + std::to_string(n)}},
                                        {{"label", "Cadence"}, {"value", n % 2 ? "Weekly" : "Monthly"}}}}};
      if (n > 0) item["links"] = {"item-" + std::to_string(n - 1)};
      if (with_levels && std::string(kinds[s]) == "technical_skill") item["levels"] = GeneratedLevels(n);
      list.push_back(item);
    }
    sections.push_back({{"id", "section-" + std::to_string(s)},
                        {"number", s + 1},
                        {"title", std::string("Generated ") + views[s]},
                        {"groups", {{{"id", "group-" + std::to_string(s)}, {"title", views[s]}, {"view", views[s]}, {"items", list}}}}});
  }
  nlohmann::json role = {{"format", "role-explorer/role@1"}, {"id", "generated-role"}, {"title", "Generated role"},
                         {"content_version", "0"}, {"sections", sections}};
  return role.dump();
}

core::Session GeneratedRoleSession(int items, bool with_levels) {
  core::RoleLoadResult loaded = core::LoadRole(GeneratedRoleJson(items, with_levels), "generated");
  if (!loaded.role) {  // a bug in the generator: no test could mean anything after it
    std::fprintf(stderr, "generated role does not load: %s\n", loaded.errors.front().ToString().c_str());
    std::abort();
  }
  core::Session session;
  core::Assessment assessment = core::NewAssessment(*loaded.role);
  session.roles.push_back({"generated", std::move(*loaded.role), std::move(assessment), {}});
  return session;
}

}  // namespace rex::test
