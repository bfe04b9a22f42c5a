#pragma once
// Where a role came from. Built-in roles are compiled in; the site's come from
// roles/index.json next to the page at every start; a person's own are kept in
// this browser (their file text, by core::Persistence) until they remove them.
// docs/adr/0021-roles-at-run-time.md

namespace rex::core {

enum class RoleOrigin { kBuiltIn, kSite, kBrowser };

// "built-in", "site", "browser": the words of inspect().state.roles.
constexpr const char* ToString(RoleOrigin origin) {
  switch (origin) {
    case RoleOrigin::kBuiltIn: return "built-in";
    case RoleOrigin::kSite: return "site";
    case RoleOrigin::kBrowser: return "browser";
  }
  return "built-in";
}

}  // namespace rex::core
