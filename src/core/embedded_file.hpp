#pragma once
// A file compiled into the binary (role content, fonts): see cmake/EmbedFiles.cmake.
#include <string_view>
#include <vector>

namespace rex::core {

struct EmbeddedFile {
  std::string_view name;   // file name without folders, e.g. "staff-backend-engineer.json"
  std::string_view bytes;  // contents; stays valid for the whole program
};

}  // namespace rex::core
