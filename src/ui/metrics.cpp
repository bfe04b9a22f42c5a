#include "ui/metrics.hpp"

#include <array>
#include <cstring>
#include <type_traits>

namespace rex::ui {

// Every non-static member is a float in design pixels, so the struct is laid out
// as an array of them: scaling multiplies each one, and a size added later cannot
// be forgotten here. The unit test checks members at both ends of the struct.
Metrics Metrics::Scaled(float scale) const {
  static_assert(std::is_standard_layout_v<Metrics> && std::is_trivially_copyable_v<Metrics>);
  static_assert(sizeof(Metrics) % sizeof(float) == 0, "Metrics holds floats only");
  std::array<float, sizeof(Metrics) / sizeof(float)> sizes{};
  std::memcpy(sizes.data(), this, sizeof(Metrics));
  for (float& size : sizes) size *= scale;
  Metrics scaled;
  std::memcpy(static_cast<void*>(&scaled), sizes.data(), sizeof(Metrics));  // trivially copyable
  return scaled;
}

}  // namespace rex::ui
