#pragma once
// Sizes for people: "812 B", "3.4 KB", "7.3 MB" (1 KB = 1024 bytes). Rounded up,
// so a file just over a limit never reads as the limit itself ("5.0 MB").
#include <cstdint>
#include <string>

namespace rex::core {

std::string ByteSize(std::uintmax_t bytes);

}  // namespace rex::core
