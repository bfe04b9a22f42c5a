#include "core/text/byte_size.hpp"

#include <cmath>
#include <cstdio>

namespace rex::core {

std::string ByteSize(std::uintmax_t bytes) {
  constexpr const char* kUnits[] = {"KB", "MB", "GB"};
  if (bytes < 1024) return std::to_string(bytes) + " B";
  double unit = 1024.0;
  int index = 0;
  while (index < 2 && static_cast<double>(bytes) >= unit * 1024.0) {
    unit *= 1024.0;
    ++index;
  }
  const double tenths = std::ceil(static_cast<double>(bytes) * 10.0 / unit);
  char text[48];
  std::snprintf(text, sizeof text, "%.1f %s", tenths / 10.0, kUnits[index]);
  return text;
}

}  // namespace rex::core
