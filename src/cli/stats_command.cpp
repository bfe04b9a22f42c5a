#include <iostream>

#include <nlohmann/json.hpp>

#include "cli/commands.hpp"
#include "cli/file_input.hpp"

namespace rex::cli {
namespace {

// "kpi" -> "kpis", "responsibility" -> "responsibilities": the keys read as
// plain English counts in scripts and dashboards.
std::string Plural(std::string_view kind) {
  std::string plural(kind);
  const bool consonant_y = plural.size() >= 2 && plural.back() == 'y' &&
                           std::string_view("aeiou").find(plural[plural.size() - 2]) == std::string_view::npos;
  if (consonant_y) {
    plural.pop_back();
    return plural + "ies";
  }
  const char last = plural.empty() ? '\0' : plural.back();
  return plural + (last == 's' || last == 'x' ? "es" : "s");
}

// Every kind is listed, zero or not, so the output has the same keys for every role.
nlohmann::json Stats(const core::Role& role) {
  nlohmann::json stats = nlohmann::json::object();  // std::map inside: keys come out sorted
  const auto counts = role.CountByKind();
  int items = 0, groups = 0;
  for (std::string_view kind : core::kItemKinds) {
    const auto found = counts.find(std::string(kind));
    const int count = found == counts.end() ? 0 : found->second;
    stats[Plural(kind)] = count;
    items += count;
  }
  for (const core::Section& section : role.sections) groups += static_cast<int>(section.groups.size());
  stats["sections"] = role.sections.size();
  stats["groups"] = groups;
  stats["items"] = items;
  return stats;
}

}  // namespace

int RunStats(const Args& args) {
  if (args.size() != 1) {
    std::cerr << "stats: give exactly one role file\n";
    return kExitUsage;
  }
  const core::RoleLoadResult loaded = LoadRoleFile(args.front());
  if (!loaded.role) {
    for (const core::Error& error : loaded.errors) std::cerr << error.ToString() << '\n';
    return kExitInvalid;
  }
  std::cout << Stats(*loaded.role).dump(2) << '\n';
  return kExitOk;
}

}  // namespace rex::cli
