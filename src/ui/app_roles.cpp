// App: role files read at run time (docs/adr/0021-roles-at-run-time.md). A file
// the person picks, drops or pastes, and the site's roles/index.json, go through
// the same loader as the built-in role; a file that fails changes nothing and
// the person is told where and what.
#include <string>

#include <nlohmann/json.hpp>

#include "core/app/dropped_file.hpp"
#include "core/role/role_from_csv.hpp"
#include "core/role/role_loader.hpp"
#include "ui/app.hpp"

namespace rex::ui {
namespace {

// The first few loader errors: enough to fix the file, short enough to read.
std::string FirstErrors(const std::vector<core::Error>& errors) {
  constexpr size_t kShown = 3;
  std::string text;
  for (size_t i = 0; i < errors.size() && i < kShown; ++i) text += (i ? "\n" : "") + errors[i].ToString();
  if (errors.size() > kShown) text += "\n(" + std::to_string(errors.size() - kShown) + " more)";
  return text;
}

int RatedItemCount(const core::Role& role) {
  int count = 0;
  for (const core::Section& section : role.sections) {
    for (const core::Group& group : section.groups) {
      for (const core::Item& item : group.items) count += role.rating_model.IsRated(item) ? 1 : 0;
    }
  }
  return count;
}

const char* OriginWords(core::RoleOrigin origin) {
  switch (origin) {
    case core::RoleOrigin::kBuiltIn: return "built into this app";
    case core::RoleOrigin::kSite: return "from this site";
    case core::RoleOrigin::kBrowser: return "loaded in this browser";
  }
  return "";
}

}  // namespace

void App::LoadRoleFile(const std::string& name, const std::string& bytes, core::RoleOrigin origin) {
  core::RoleLoadResult loaded = core::LoadRole(bytes, name);
  const std::string failed = origin == core::RoleOrigin::kSite ? "The site's role " + name + " was not loaded"
                                                               : "Could not load the role " + name;
  if (!loaded.role) {
    Notify(NoticeKind::kError, failed, FirstErrors(loaded.errors) + "\nNothing was changed.");
    return;
  }
  const core::Role& role = *loaded.role;
  if (const core::RoleEntry* same = session_.FindRole(role.id)) {
    const bool update = same->origin == core::RoleOrigin::kBrowser && origin == core::RoleOrigin::kBrowser;
    if (!update) {
      Notify(NoticeKind::kError, failed,
             "A role with the id \"" + role.id + "\" is already " + OriginWords(same->origin) + " (" +
                 same->role.title + "). Give your file another \"id\" to use both. Nothing was changed.");
      return;
    }
    if (same->file_text == bytes) {
      Notify(NoticeKind::kInfo, role.title + " is already loaded", "The file is the same as the one loaded before.");
      SelectRoleById(role.id);
      return;
    }
  }
  const bool replacing = session_.FindRole(role.id) != nullptr;
  const std::string title = role.title;
  const std::string id = role.id;
  if (!ApplyRoleChange(core::AddRole{origin, name, bytes, std::move(*loaded.role)})) {
    Notify(NoticeKind::kError, failed,
           "Your work on " + title + " has levels the new file's scale does not have. Nothing was changed.");
    return;
  }
  if (!replacing) RestoreWorkOn(id);
  if (origin == core::RoleOrigin::kSite) return;  // the site's roles arrive quietly, at every start
  SelectRoleById(id);
  SaveNow();  // kept at once: a reload right after must find the role
  const bool kept = persistence_.status().state == core::SaveState::kSaved;
  Notify(kept ? NoticeKind::kSuccess : NoticeKind::kWarning,
         (replacing ? "Updated " : "Loaded ") + title + " from " + name,
         kept ? "It is kept in this browser until you remove it (Report page, Roles)."
              : "It could not be kept in this browser (" + persistence_.status().why +
                    "): it is here until you close the page. " + persistence_.status().detail);
}

// A competency matrix becomes a role file as `role-explorer role from-csv` makes
// it; that file is what is loaded and kept.
void App::LoadCompetencyCsv(const std::string& name, const std::string& bytes) {
  const core::CsvRoleResult converted = core::RoleFromCsv(bytes, name, {});
  if (!converted.role_json) {
    Notify(NoticeKind::kError, "Could not read the spreadsheet " + name,
           FirstErrors(converted.errors) + "\nNothing was changed.");
    return;
  }
  LoadRoleFile(name, *converted.role_json, core::RoleOrigin::kBrowser);
}

void App::ReceiveSiteRole(const std::string& name, const std::string& bytes) {
  LoadRoleFile(name, bytes, core::RoleOrigin::kSite);
  wants_frame_ = true;
}

void App::SiteRolesFailed(const std::string& what, const std::string& why) {
  Notify(NoticeKind::kError, "The site's roles: " + what + " was not read",
         why + " The built-in role is still here; tell whoever runs this site.");
}

// Saved work on a role that arrived after the start (a site role, or a person's
// role loaded again after they removed it) comes back with it.
void App::RestoreWorkOn(const std::string& role_id) {
  const core::Restored restored = persistence_.RestoreAddedRole(session_, role_id, session_.now);
  for (const core::Action& action : restored.actions) Apply(action);
  for (const core::StorageMessage& message : restored.messages) {
    Notify(message.warning ? NoticeKind::kWarning : NoticeKind::kInfo, message.title, message.detail);
  }
  persistence_.Adopt(session_);
}

void App::SelectRoleById(const std::string& role_id) {
  const int index = session_.IndexOf(role_id);
  if (index >= 0 && index != session_.current_role) Apply(core::SelectRole{index});
}

void App::RemoveBrowserRole(const std::string& role_id) {
  const core::RoleEntry* entry = session_.FindRole(role_id);
  if (!entry || entry->origin != core::RoleOrigin::kBrowser) return;
  const std::string title = entry->role.title;
  SaveNow();  // the work on it is kept, so it must be written before the role goes
  for (const core::Conflict& conflict : persistence_.conflicts()) {
    if (conflict.role_id != role_id) continue;
    Notify(NoticeKind::kWarning, title + " was not removed",
           "Another tab changed your work on it (that save may have just found it): choose which work to keep "
           "first, then remove the role.");
    return;
  }
  ApplyRoleChange(core::RemoveRole{role_id});
  SaveNow();
  Notify(NoticeKind::kInfo, "Removed " + title,
         "Your work on it stays in this browser and comes back if you load the role file again. "
         "\"Delete my data\" removes it for good.");
}

bool App::ApplyRoleChange(core::Action action) {
  const std::uint64_t revision = session_.revision;
  Apply(std::move(action));
  return session_.revision != revision;
}

// Roles came or went: everything that points into the list of roles follows.
void App::OnRolesChanged() {
  search_.clear();
  for (const core::RoleEntry& entry : session_.roles) search_.emplace_back(entry.role);
  view_.explore.searched_role = -1;
  glyphs_role_ = -1;
  wants_frame_ = true;
}

nlohmann::json App::RolesJson() const {
  nlohmann::json roles = nlohmann::json::array();
  for (const core::RoleEntry& entry : session_.roles) {
    roles.push_back({{"id", entry.role.id},
                     {"title", entry.role.title},
                     {"source", core::ToString(entry.origin)},
                     {"file", entry.source},
                     {"rated_items", RatedItemCount(entry.role)},
                     {"levels", entry.role.rating_model.scale.size()},
                     {"targets", entry.role.rating_model.targets.size()}});
  }
  return roles;
}

// A report for a role that is not loaded names it and offers the way to load it.
bool App::NeedsMissingRole(const std::string& name, const std::string& bytes) {
  const std::optional<core::RoleNeeded> needed = core::RoleNamedByReport(bytes);
  if (!needed || session_.FindRole(needed->id)) return false;
  const std::string role = needed->title.empty() ? "\"" + needed->id + "\"" : needed->title + " (" + needed->id + ")";
  Notice notice{NoticeKind::kError, "Could not import " + name,
                "This report is for the role " + role + ", which is not loaded here. Load that role's file "
                "first (from whoever gave you the report), then import the report again. Nothing was changed."};
  notice.action_label = "Load a role…";
  notice.action = OpenFilePicker{};
  Notify(std::move(notice));
  return true;
}

}  // namespace rex::ui
