#include "core/persist/storage_keys.hpp"

namespace rex::core {
namespace {

constexpr std::string_view kAutosave = "role-explorer/autosave/";
constexpr std::string_view kAside = "role-explorer/aside/";
constexpr std::string_view kRoleFile = "role-explorer/role/";
constexpr std::string_view kLegacyUnreadable = "/unreadable-";

struct ReasonName {
  AsideReason reason;
  std::string_view slug;
  const char* description;
};
constexpr ReasonName kReasons[] = {
    {AsideReason::kUnreadable, "unreadable", "Saved work that could not be read back"},
    {AsideReason::kReplaced, "replaced", "This tab's work, replaced by newer work from another tab"},
    {AsideReason::kOtherTabVersion, "other-tab", "Another tab's newer save, set aside when you kept this tab's work"},
};

bool StartsWith(std::string_view text, std::string_view prefix) { return text.substr(0, prefix.size()) == prefix; }

std::optional<AsideReason> ReasonFromSlug(std::string_view slug) {
  // A serial suffix ("other-tab-2") belongs to the key, not the reason.
  for (const ReasonName& r : kReasons) {
    if (slug == r.slug || (StartsWith(slug, r.slug) && slug.size() > r.slug.size() && slug[r.slug.size()] == '-')) {
      return r.reason;
    }
  }
  return std::nullopt;
}

}  // namespace

std::string AutosaveKey(const std::string& role_id) { return std::string(kAutosave) + role_id; }

std::string PreferencesKey() { return std::string(kStorageKeyPrefix) + "preferences"; }

std::string TeamKey() { return std::string(kStorageKeyPrefix) + "team"; }

std::string RoleFileKey(const std::string& role_id) { return std::string(kRoleFile) + role_id; }

std::optional<std::string> ParseRoleFileKey(std::string_view key) {
  if (!StartsWith(key, kRoleFile) || key.size() == kRoleFile.size()) return std::nullopt;
  return std::string(key.substr(kRoleFile.size()));
}

std::string AsideKey(const std::string& role_id, const std::string& when, AsideReason reason, int serial) {
  std::string key = std::string(kAside) + role_id + "/" + when + "/";
  for (const ReasonName& r : kReasons) {
    if (r.reason == reason) key += r.slug;
  }
  if (serial > 1) key += "-" + std::to_string(serial);
  return key;
}

std::optional<AsideKeyParts> ParseAsideKey(std::string_view key) {
  if (StartsWith(key, kAside)) {
    const std::string_view rest = key.substr(kAside.size());
    const size_t role_end = rest.find('/');
    const size_t when_end = role_end == std::string_view::npos ? role_end : rest.find('/', role_end + 1);
    if (when_end == std::string_view::npos || role_end == 0) return std::nullopt;
    const std::optional<AsideReason> reason = ReasonFromSlug(rest.substr(when_end + 1));
    if (!reason) return std::nullopt;
    return AsideKeyParts{std::string(rest.substr(0, role_end)),
                         std::string(rest.substr(role_end + 1, when_end - role_end - 1)), *reason};
  }
  if (StartsWith(key, kAutosave)) {
    const std::string_view rest = key.substr(kAutosave.size());
    const size_t marker = rest.find(kLegacyUnreadable);
    if (marker == std::string_view::npos || marker == 0) return std::nullopt;
    return AsideKeyParts{std::string(rest.substr(0, marker)), std::string(rest.substr(marker + kLegacyUnreadable.size())),
                         AsideReason::kUnreadable};
  }
  return std::nullopt;
}

bool IsOurKey(std::string_view key) { return StartsWith(key, kStorageKeyPrefix); }

const char* Describe(AsideReason reason) {
  for (const ReasonName& r : kReasons) {
    if (r.reason == reason) return r.description;
  }
  return "";
}

}  // namespace rex::core
