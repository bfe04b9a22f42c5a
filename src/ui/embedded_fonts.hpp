#pragma once
// Roboto Regular and Medium, subset and embedded at build time (target rex_fonts).
#include <vector>

#include "core/embedded_file.hpp"

namespace rex::assets {
const std::vector<rex::core::EmbeddedFile>& Files();
}  // namespace rex::assets
