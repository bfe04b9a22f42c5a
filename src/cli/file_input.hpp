#pragma once
// Reading role files from disk for the CLI (the core never does I/O itself).
#include <cstdint>
#include <string>

#include "core/result.hpp"
#include "core/role/role_loader.hpp"

namespace rex::cli {

// Role files are a few hundred KB; anything this big is the wrong file and
// would only make the tool slow or eat memory.
inline constexpr std::uintmax_t kMaxInputBytes = 5u * 1024u * 1024u;

// The whole file, or an Error{path, why} (missing, a folder, too big, unreadable).
core::Result<std::string> ReadInputFile(const std::string& path);

// ReadInputFile + core::LoadRole; read failures come back as the single error.
core::RoleLoadResult LoadRoleFile(const std::string& path);

}  // namespace rex::cli
