#pragma once
// Every key Role Explorer writes, in one place. All of them start with
// "role-explorer/", which is how "Delete my data" finds every one it ever wrote:
//   role-explorer/autosave/<role id>                    the work on one role
//   role-explorer/preferences                           theme, text size, open role
//   role-explorer/team                                  the Team page's report files and view (team_work.hpp)
//   role-explorer/role/<role id>                        a role file the person loaded (kept_role.hpp)
//   role-explorer/aside/<role id>/<time>/<reason>       a copy put aside, never overwritten
// Version 1.0 put unreadable work aside as role-explorer/autosave/<role>/unreadable-<time>;
// those keys are still recognised as copies put aside.
#include <optional>
#include <string>
#include <string_view>

namespace rex::core {

inline constexpr std::string_view kStorageKeyPrefix = "role-explorer/";

// Why a copy was put aside (and what the person is told).
enum class AsideReason {
  kUnreadable,       // saved work that could not be read back
  kReplaced,         // this tab's unsaved work, replaced by newer work from another tab
  kOtherTabVersion,  // another tab's newer save, set aside when this tab's work was kept
};

std::string AutosaveKey(const std::string& role_id);
std::string PreferencesKey();
std::string TeamKey();
std::string RoleFileKey(const std::string& role_id);
// The role id of a RoleFileKey, or nullopt for any other key.
std::optional<std::string> ParseRoleFileKey(std::string_view key);
// `when` is ISO-8601; `serial` > 1 tells apart copies put aside in the same second.
std::string AsideKey(const std::string& role_id, const std::string& when, AsideReason reason, int serial = 1);

struct AsideKeyParts {
  std::string role_id;
  std::string when;
  AsideReason reason = AsideReason::kUnreadable;
};
// The parts of a key for a copy put aside (either form), or nullopt for any other key.
std::optional<AsideKeyParts> ParseAsideKey(std::string_view key);

bool IsOurKey(std::string_view key);
// The sentence the Report page shows for a reason.
const char* Describe(AsideReason reason);

}  // namespace rex::core
