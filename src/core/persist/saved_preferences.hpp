#pragma once
// Display preferences as stored in this browser: {"theme", "font_scale", "role"}.
// Not the person's work: a value that cannot be read is ignored, and the
// defaults (the platform's: the system's colour scheme, scale 1, first role) are
// stored as no key at all.
#include <optional>
#include <string>

#include "core/app/preferences.hpp"

namespace rex::core {

struct SavedPreferences {
  Preferences preferences;
  std::string role_id;  // the role that was open; empty = the first
};

// nullopt when everything is at its default: there is nothing to store.
std::optional<std::string> WritePreferences(const SavedPreferences& saved, const std::string& first_role_id,
                                            const Preferences& defaults = {});
std::optional<SavedPreferences> ReadPreferences(const std::string& text);

// "light", "dark", "high-contrast": the stored words, also in the automation bridge.
const char* ThemeName(Theme theme);
Theme ThemeFromName(const std::string& name);

}  // namespace rex::core
