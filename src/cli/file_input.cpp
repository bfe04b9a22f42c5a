#include "cli/file_input.hpp"

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <sstream>

namespace rex::cli {
namespace fs = std::filesystem;

core::Result<std::string> ReadInputFile(const std::string& path) {
  std::error_code ec;
  const fs::file_status status = fs::status(path, ec);
  if (ec || !fs::exists(status)) return core::Error{path, "no such file"};
  if (fs::is_directory(status)) return core::Error{path, "is a directory, not a file"};
  const std::uintmax_t size = fs::file_size(path, ec);
  if (!ec && size > kMaxInputBytes) {
    return core::Error{path, "file is " + std::to_string(size) + " bytes; role files over 5 MB are refused"};
  }
  std::ifstream in(path, std::ios::binary);
  if (!in) return core::Error{path, std::string("cannot open: ") + std::strerror(errno)};
  std::ostringstream bytes;
  bytes << in.rdbuf();
  if (in.bad()) return core::Error{path, "read failed"};
  return bytes.str();
}

core::RoleLoadResult LoadRoleFile(const std::string& path) {
  core::Result<std::string> text = ReadInputFile(path);
  if (!text.ok()) {
    core::RoleLoadResult failed;
    failed.errors.push_back(text.error());
    return failed;
  }
  return core::LoadRole(text.value(), path);
}

}  // namespace rex::cli
