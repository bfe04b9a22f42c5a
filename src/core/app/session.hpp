#pragma once
// Everything the app knows right now: the roles it can show, which one is open,
// and the person's preferences. The revision grows on every applied action so
// derived data (search index, scores) is recomputed only when something changed.
#include <cstdint>
#include <string>
#include <vector>

#include "core/app/action.hpp"
#include "core/app/preferences.hpp"
#include "core/result.hpp"
#include "core/role/role.hpp"

namespace rex::core {

struct RoleEntry {
  std::string source;  // embedded file name
  Role role;
};

struct Session {
  std::vector<RoleEntry> roles;
  std::vector<Error> load_errors;  // role files that failed validation: shown, not hidden
  int current_role = 0;
  Preferences preferences;
  std::uint64_t revision = 0;

  const Role* CurrentRole() const {
    return roles.empty() ? nullptr : &roles[static_cast<size_t>(current_role)].role;
  }
};

// Applies one action; returns false (and leaves the session untouched) when the
// action does not make sense for the current session, e.g. an unknown role index.
bool Apply(Session& session, const Action& action);

}  // namespace rex::core
