#pragma once
// Loads every embedded role file into a session. A file that fails validation is
// left out of the switcher and its errors are kept so the UI can show them.
#include <vector>

#include "core/app/session.hpp"
#include "core/embedded_file.hpp"

namespace rex::core {

Session LoadCatalog(const std::vector<EmbeddedFile>& role_files);

}  // namespace rex::core
