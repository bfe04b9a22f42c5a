#include "core/app/role_catalog.hpp"

#include <algorithm>

#include "core/role/role_loader.hpp"

namespace rex::core {

Session LoadCatalog(const std::vector<EmbeddedFile>& role_files) {
  Session session;
  for (const EmbeddedFile& file : role_files) {
    const std::string name(file.name);
    RoleLoadResult loaded = LoadRole(file.bytes, name);
    if (loaded.role) {
      Assessment assessment = NewAssessment(*loaded.role);
      session.roles.push_back({name, std::move(*loaded.role), std::move(assessment), {}});
    } else {
      session.load_errors.insert(session.load_errors.end(), loaded.errors.begin(), loaded.errors.end());
    }
  }
  // A stable, readable order in the switcher, whatever order the build listed files in.
  std::sort(session.roles.begin(), session.roles.end(),
            [](const RoleEntry& a, const RoleEntry& b) { return a.role.title < b.role.title; });
  return session;
}

}  // namespace rex::core
