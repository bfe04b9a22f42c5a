// Fuzz harness: any bytes -> rex::core::LoadRole. LoadRole promises never to throw
// and never to return a role together with errors; ASan/UBSan catch the rest.
// fuzz-seeds: tests/fixtures/roles content/roles
// fuzz-dict: tests/fuzz/json.dict
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "core/role/role_loader.hpp"
#include "fuzz_check.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  const rex::core::RoleLoadResult result = rex::core::LoadRole(text, "fuzz.json");

  REX_FUZZ_CHECK(result.role.has_value() == result.errors.empty());
  REX_FUZZ_CHECK(result.errors.size() <= rex::core::kMaxLoadErrors + 1);
  for (const rex::core::Error& error : result.errors) {
    REX_FUZZ_CHECK(!error.message.empty());
    REX_FUZZ_CHECK(error.where.rfind("fuzz.json", 0) == 0);  // every error names its source
  }
  return 0;
}
