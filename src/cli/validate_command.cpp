#include <iostream>

#include "cli/commands.hpp"
#include "cli/file_input.hpp"

namespace rex::cli {
namespace {

int ItemCount(const core::Role& role) {
  int count = 0;
  for (const auto& [kind, n] : role.CountByKind()) count += n;
  return count;
}

}  // namespace

// Every file is checked even after a failure, so one run lists all problems.
int RunValidate(const Args& args) {
  if (args.empty()) {
    std::cerr << "validate: give at least one role file\n";
    return kExitUsage;
  }
  int exit_code = kExitOk;
  for (const std::string& path : args) {
    const core::RoleLoadResult loaded = LoadRoleFile(path);
    if (loaded.role) {
      const int items = ItemCount(*loaded.role);
      std::cout << path << ": ok (" << items << (items == 1 ? " item)\n" : " items)\n");
      continue;
    }
    exit_code = kExitInvalid;
    for (const core::Error& error : loaded.errors) std::cerr << error.ToString() << '\n';
  }
  return exit_code;
}

}  // namespace rex::cli
