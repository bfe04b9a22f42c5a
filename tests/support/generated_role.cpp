#include "generated_role.hpp"

#include <nlohmann/json.hpp>

namespace rex::test {

std::string GeneratedRoleJson(int items) {
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

}  // namespace rex::test
