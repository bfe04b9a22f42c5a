// Fuzz harness: any bytes -> rex::core::LoadRole. LoadRole promises never to throw
// and never to return a role together with errors, and a role it returns keeps
// the rules for per-level descriptors; ASan/UBSan catch the rest.
// The same bytes after the role-pack magic go to UnpackRole (the built-in roles'
// form, core/role/role_pack.hpp): refused or read, never read past their end, and
// what it reads packs back to bytes that read back the same.
// fuzz-seeds: tests/fixtures/roles content/roles
// fuzz-dict: tests/fuzz/json.dict
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "core/role/role_loader.hpp"
#include "core/role/role_pack.hpp"
#include "fuzz_check.hpp"

namespace {

// What the loader promises about per-level descriptors on a role it accepts.
void CheckLevelTexts(const rex::core::Role& role) {
  const rex::core::RatingModel& model = role.rating_model;
  for (const auto& section : role.sections) {
    for (const auto& group : section.groups) {
      for (const auto& item : group.items) {
        if (item.levels.empty()) continue;
        REX_FUZZ_CHECK(model.IsRatedKind(item.kind));
        for (std::size_t i = 0; i < item.levels.size(); ++i) {
          REX_FUZZ_CHECK(item.levels[i].level >= 0 && item.levels[i].level <= model.MaxLevel());
          REX_FUZZ_CHECK(!item.levels[i].text.empty());
          REX_FUZZ_CHECK(i == 0 || item.levels[i - 1].level < item.levels[i].level);  // sorted, each once
        }
      }
    }
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  const rex::core::RoleLoadResult result = rex::core::LoadRole(text, "fuzz.json");

  REX_FUZZ_CHECK(result.role.has_value() == result.errors.empty());
  REX_FUZZ_CHECK(result.errors.size() <= rex::core::kMaxLoadErrors + 1);
  for (const rex::core::Error& error : result.errors) {
    REX_FUZZ_CHECK(!error.message.empty());
    REX_FUZZ_CHECK(error.where.rfind("fuzz.json", 0) == 0);  // every error names its source
  }
  if (result.role) {
    CheckLevelTexts(*result.role);
    const std::string pack = rex::core::PackRole(*result.role, "fuzz.json");
    const auto unpacked = rex::core::UnpackRole(pack);
    REX_FUZZ_CHECK(unpacked.ok() && rex::core::PackRole(unpacked.value().role, "fuzz.json") == pack);
  }
  const auto from_pack = rex::core::UnpackRole(std::string(rex::core::kRolePackMagic) + std::string(text));
  if (from_pack.ok()) {
    const std::string again = rex::core::PackRole(from_pack.value().role, from_pack.value().source_name);
    REX_FUZZ_CHECK(rex::core::PackRole(rex::core::UnpackRole(again).value().role, from_pack.value().source_name) == again);
  }
  return 0;
}
