#pragma once
// Parses and validates a role file. Every error names where (file:line:col for
// syntax, file#/json/pointer for shape) and what was expected; a role with any
// error is never returned, so the UI never shows a partial role as complete.
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/result.hpp"
#include "core/role/role.hpp"

namespace rex::core {

// A badly broken file stops being reported after this many errors, plus one
// closing error that says so: past that point the list helps nobody.
inline constexpr std::size_t kMaxLoadErrors = 100;

struct RoleLoadResult {
  std::optional<Role> role;      // set only when errors is empty
  std::vector<Error> errors;     // all problems found, in document order
};

// `source_name` is used in error locations (a file path or an embedded name).
// Never throws. Errors say "source:line:col" for syntax and encoding problems,
// "source#/json/pointer" for shape problems and "source" for the whole file.
RoleLoadResult LoadRole(std::string_view json_text, const std::string& source_name);

}  // namespace rex::core
