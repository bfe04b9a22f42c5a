#pragma once
// notices.json: the third-party components of this build with their versions and
// licences, generated at build time (assets/CMakeLists.txt, target rex_notices)
// from the same data as NOTICES.txt. Read by the About panel.
#include <vector>

#include "core/embedded_file.hpp"

namespace rex::notices {
const std::vector<rex::core::EmbeddedFile>& Files();
}  // namespace rex::notices
