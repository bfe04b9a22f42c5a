#include "core/app/role_catalog.hpp"

#include <algorithm>

#include "core/role/role_loader.hpp"
#include "core/role/role_pack.hpp"
#include "core/text/fold.hpp"

namespace rex::core {
namespace {

void AddRole(Session& session, std::string source, Role role) {
  Assessment assessment = NewAssessment(role);
  session.roles.push_back({std::move(source), std::move(role), std::move(assessment), {}});
}

// The build validated the pack's role already (docs/adr/0016): no parse here.
void AddPackedRole(Session& session, const EmbeddedFile& file) {
  Result<UnpackedRole> unpacked = UnpackRole(file.bytes);
  if (!unpacked) {
    session.load_errors.push_back(unpacked.error());
    return;
  }
  AddRole(session, std::move(unpacked.value().source_name), std::move(unpacked.value().role));
}

void AddJsonRole(Session& session, const EmbeddedFile& file) {
  const std::string name(file.name);
  RoleLoadResult loaded = LoadRole(file.bytes, name);
  if (loaded.role) {
    AddRole(session, name, std::move(*loaded.role));
  } else {
    session.load_errors.insert(session.load_errors.end(), loaded.errors.begin(), loaded.errors.end());
  }
}

}  // namespace

Session LoadCatalog(const std::vector<EmbeddedFile>& role_files) {
  Session session;
  for (const EmbeddedFile& file : role_files) {
    if (IsRolePack(file.bytes)) {
      AddPackedRole(session, file);
    } else {
      AddJsonRole(session, file);
    }
  }
  // A stable, readable order in the switcher, whatever order the build listed files in.
  std::sort(session.roles.begin(), session.roles.end(),
            [](const RoleEntry& a, const RoleEntry& b) { return Collate(a.role.title, b.role.title) < 0; });
  return session;
}

}  // namespace rex::core
