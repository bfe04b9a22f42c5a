#pragma once
// Everything the app knows right now: the roles it can show, the person's
// assessment of each, which role is open, and display preferences. The revision
// grows on every applied action, so derived data (scores) is recomputed only when
// something changed, and autosave knows when to write.
#include <cstdint>
#include <string>
#include <vector>

#include "core/app/action.hpp"
#include "core/app/history.hpp"
#include "core/app/preferences.hpp"
#include "core/app/role_origin.hpp"
#include "core/assessment/assessment.hpp"
#include "core/result.hpp"
#include "core/role/role.hpp"

namespace rex::core {

struct RoleEntry {
  std::string source;  // the file name it was read from
  Role role;
  Assessment assessment;
  History history;
  RoleOrigin origin = RoleOrigin::kBuiltIn;
  std::string file_text = {};  // kBrowser only: the file as loaded, which is what is kept
};

struct Session {
  std::vector<RoleEntry> roles;
  std::vector<Error> load_errors;  // role files that failed validation: shown, not hidden
  int current_role = 0;
  Preferences preferences;
  // What preferences are before any choice is saved: the platform's (e.g. the
  // system's dark colour scheme). Only a choice that differs is kept; "delete my
  // data" returns to these.
  Preferences default_preferences;
  TeamWork team;                 // the Team page's reports and view
  std::uint64_t revision = 0;
  std::uint64_t team_revision = 0;  // grows only when `team` changes: team figures are recomputed then
  std::string now;  // ISO-8601, set by the platform each frame (core has no clock)

  // The role with this id, or nullptr.
  const RoleEntry* FindRole(const std::string& role_id) const;
  int IndexOf(const std::string& role_id) const;  // -1 if not loaded

  const RoleEntry* Current() const {
    return roles.empty() ? nullptr : &roles[static_cast<size_t>(current_role)];
  }
  RoleEntry* Current() { return roles.empty() ? nullptr : &roles[static_cast<size_t>(current_role)]; }
  const Role* CurrentRole() const { return Current() ? &Current()->role : nullptr; }
  const Assessment* CurrentAssessment() const { return Current() ? &Current()->assessment : nullptr; }
};

// A fresh, empty assessment of `role`, aimed at its default target.
Assessment NewAssessment(const Role& role);

// Applies one action; returns false (and leaves the session untouched) when the
// action does not apply, e.g. an unknown item, a level outside the scale, or
// nothing to undo.
bool Apply(Session& session, const Action& action);

}  // namespace rex::core
