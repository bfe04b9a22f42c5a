#include "core/app/derived.hpp"

namespace rex::core {

const Derived* DerivedCache::For(const Session& session) {
  const RoleEntry* entry = session.Current();
  if (!entry) return nullptr;
  if (role_ == session.current_role && revision_ == session.revision) return &data_;
  const Role& role = entry->role;
  const Assessment& a = entry->assessment;
  data_.score = Score(role, role.rating_model, a, a.target);
  data_.ladder = BuildLevelLadder(role, role.rating_model, a);
  data_.paths = BuildCareerPaths(role, role.rating_model, a);
  revision_ = session.revision;
  role_ = session.current_role;
  return &data_;
}

}  // namespace rex::core
