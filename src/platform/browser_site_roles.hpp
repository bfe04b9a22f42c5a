#pragma once
// The site's own roles: roles/index.json next to the page lists role files in
// the same folder, fetched from the page's own origin after the first frame
// (docs/adr/0021-roles-at-run-time.md). A page without the list has none; a
// page opened from a file, or the single-file build (its CSP allows no fetch),
// does not ask.
#include <functional>
#include <string>

namespace rex::platform {

struct SiteRoleHandlers {
  std::function<void(const std::string& name, const std::string& bytes)> on_role;
  // `what`: "roles/index.json" or a role file's name; `why`: a sentence.
  std::function<void(const std::string& what, const std::string& why)> on_failure;
};

void FetchSiteRoles(SiteRoleHandlers handlers, double max_bytes);

}  // namespace rex::platform
