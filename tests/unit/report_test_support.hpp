#pragma once
// Shared by the report tests: fixture paths, file reading and the roles reports
// are checked against.
#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "core/app/session.hpp"
#include "core/role/role_loader.hpp"

namespace rex::test {

inline const std::string kReportFixtures = std::string(REX_SOURCE_DIR) + "/tests/fixtures/reports/";

inline std::string ReadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  REQUIRE_MESSAGE(in, "cannot open " << path);
  std::ostringstream bytes;
  bytes << in.rdbuf();
  return bytes.str();
}

inline rex::core::Role LoadRoleOrFail(std::string_view text, const std::string& name) {
  rex::core::RoleLoadResult loaded = rex::core::LoadRole(text, name);
  REQUIRE_MESSAGE(loaded.role.has_value(), name << ": " << (loaded.errors.empty() ? "" : loaded.errors[0].ToString()));
  return std::move(*loaded.role);
}

// The role the report fixtures rate (tests/fixtures/reports/roles/).
inline const rex::core::Role& TestRole() {
  static const rex::core::Role role =
      LoadRoleOrFail(ReadFile(kReportFixtures + "roles/report-test-role.json"), "report-test-role.json");
  return role;
}

inline const rex::core::Role& MiniRole() {
  static const rex::core::Role role = LoadRoleOrFail(
      ReadFile(std::string(REX_SOURCE_DIR) + "/tests/fixtures/roles/valid/site-reliability-engineer-mini.json"),
      "site-reliability-engineer-mini.json");
  return role;
}

inline const rex::core::Role& StaffRole() {
  static const rex::core::Role role = LoadRoleOrFail(
      ReadFile(std::string(REX_SOURCE_DIR) + "/content/roles/staff-backend-engineer.json"), "staff-backend-engineer.json");
  return role;
}

// The catalog the broken fixtures are read against (expected.json names it).
inline std::vector<const rex::core::Role*> TestCatalog() { return {&TestRole(), &MiniRole()}; }

inline std::vector<std::string> JsonFilesIn(const std::string& dir) {
  std::vector<std::string> names;
  for (const auto& entry : std::filesystem::directory_iterator(dir)) {
    const std::string name = entry.path().filename().string();
    if (entry.path().extension() == ".json") names.push_back(name);
  }
  std::sort(names.begin(), names.end());
  return names;
}

// A session over TestRole() alone, with an empty assessment and a fixed clock.
inline rex::core::Session OneRoleSession() {
  rex::core::Session session;
  session.roles.push_back({"test", TestRole(), rex::core::NewAssessment(TestRole()), {}});
  session.now = "2026-12-01T09:00:00Z";
  return session;
}

}  // namespace rex::test
