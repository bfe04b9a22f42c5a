// Fuzz harness: any bytes -> rex::core::ParseReport against the two roles our
// report fixtures use. ParseReport promises never to throw; an accepted report
// must survive export -> import -> export byte for byte (so what a person
// imports is exactly what they would export again). ASan/UBSan catch the rest.
// fuzz-seeds: tests/fixtures/reports
// fuzz-dict: tests/fuzz/json.dict
#include <cstddef>
#include <cstdint>
#include <fstream>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

#include "core/report/report_format.hpp"
#include "core/role/role_loader.hpp"
#include "fuzz_check.hpp"

namespace {

rex::core::Role LoadFixtureRole(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream text;
  text << in.rdbuf();
  rex::core::RoleLoadResult loaded = rex::core::LoadRole(text.str(), path);
  REX_FUZZ_CHECK(loaded.role.has_value());  // the harness is useless without its roles
  return std::move(*loaded.role);
}

const std::vector<rex::core::Role>& Roles() {
  static const std::vector<rex::core::Role> roles = {
      LoadFixtureRole(REX_SOURCE_DIR "/tests/fixtures/reports/roles/report-test-role.json"),
      LoadFixtureRole(REX_SOURCE_DIR "/content/roles/staff-backend-engineer.json"),
  };
  return roles;
}

const rex::core::Role& RoleOf(const rex::core::ImportedReport& report) {
  for (const rex::core::Role& role : Roles()) {
    if (role.id == report.assessment.role_id) return role;
  }
  REX_FUZZ_CHECK(false && "an accepted report names a role we passed in");
  return Roles().front();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::vector<const rex::core::Role*> roles;
  for (const rex::core::Role& role : Roles()) roles.push_back(&role);
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  const rex::core::Result<rex::core::ImportedReport> first = rex::core::ParseReport(text, "fuzz.json", roles);
  if (!first) {
    REX_FUZZ_CHECK(!first.error().message.empty());
    REX_FUZZ_CHECK(first.error().where.rfind("fuzz.json", 0) == 0);  // every error names its source
    return 0;
  }
  const rex::core::Role& role = RoleOf(first.value());
  const rex::core::ExportOptions options{first.value().redacted, "2026-01-01T00:00:00Z"};
  const std::string exported = rex::core::SerializeReport(first.value().assessment, role, options);
  const rex::core::Result<rex::core::ImportedReport> second = rex::core::ParseReport(exported, "again.json", roles);
  REX_FUZZ_CHECK(second.ok());
  REX_FUZZ_CHECK(rex::core::SerializeReport(second.value().assessment, role, options) == exported);
  return 0;
}
