// rex_role_pack IN.json OUT: the build step that validates a built-in role file
// with the same loader people's files go through and writes its compact form
// (core/role/role_pack.hpp, docs/adr/0016). An invalid role fails the build with
// the loader's messages. Runs natively, or under Node in the web build.
#include <cstdio>
#include <string>

#include "cli/file_input.hpp"
#include "core/role/role_pack.hpp"

namespace {

bool WriteFile(const std::string& path, const std::string& bytes) {
  std::FILE* file = std::fopen(path.c_str(), "wb");
  if (!file) return false;
  const bool written = std::fwrite(bytes.data(), 1, bytes.size(), file) == bytes.size();
  return std::fclose(file) == 0 && written;
}

std::string FileName(const std::string& path) { return path.substr(path.find_last_of('/') + 1); }

}  // namespace

int main(int argc, char** argv) {
  if (argc != 3) {
    std::fprintf(stderr, "usage: rex_role_pack ROLE.json OUT\n");
    return 2;
  }
  const std::string in = argv[1], out = argv[2];
  const rex::core::RoleLoadResult loaded = rex::cli::LoadRoleFile(in);
  for (const rex::core::Error& error : loaded.errors) std::fprintf(stderr, "error: %s\n", error.ToString().c_str());
  if (!loaded.role) {
    std::fprintf(stderr, "%s is not a valid role: the build stops here\n", in.c_str());
    return 1;
  }
  if (!WriteFile(out, rex::core::PackRole(*loaded.role, FileName(in)))) {
    std::fprintf(stderr, "cannot write %s\n", out.c_str());
    return 1;
  }
  return 0;
}
