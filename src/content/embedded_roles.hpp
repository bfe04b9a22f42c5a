#pragma once
// The role files of content/roles/, embedded at build time (target rex_content).
#include <vector>

#include "core/embedded_file.hpp"

namespace rex::content {
const std::vector<rex::core::EmbeddedFile>& Files();
}  // namespace rex::content
