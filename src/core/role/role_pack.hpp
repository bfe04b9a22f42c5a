#pragma once
// The compact form in which the app carries its built-in roles (docs/adr/0016).
// The build validates each role file with LoadRole and writes this form; the app
// reads it back without a JSON parse or a second validation. It is a build
// artefact, never a file format people exchange: a role file stays JSON.
#include <optional>
#include <string>
#include <string_view>

#include "core/result.hpp"
#include "core/role/role.hpp"

namespace rex::core {

// Every pack starts with these bytes; LoadCatalog tells packs from JSON by them.
inline constexpr std::string_view kRolePackMagic = "REXROLE\x02";

bool IsRolePack(std::string_view bytes);

// Serialises a validated role (and the name of the file it came from).
std::string PackRole(const Role& role, std::string_view source_name);

struct UnpackedRole {
  std::string source_name;
  Role role;  // index built
};

// Reads what PackRole wrote. A pack is trusted build output, but a truncated or
// foreign one still gives an error instead of reading past its end.
Result<UnpackedRole> UnpackRole(std::string_view bytes);

}  // namespace rex::core
