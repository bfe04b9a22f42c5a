#pragma once
// Loads every embedded role into a session: role packs as the build made them
// (docs/adr/0016), JSON role files through the loader. A role that fails is left
// out of the switcher and its errors are kept so the UI can show them.
#include <vector>

#include "core/app/session.hpp"
#include "core/embedded_file.hpp"

namespace rex::core {

Session LoadCatalog(const std::vector<EmbeddedFile>& role_files);

}  // namespace rex::core
