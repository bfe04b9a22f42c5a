#include "core/persist/saved_preferences.hpp"

#include <nlohmann/json.hpp>

#include "core/text/json_writer.hpp"

namespace rex::core {

const char* ThemeName(Theme theme) {
  switch (theme) {
    case Theme::kLight: return "light";
    case Theme::kDark: return "dark";
    case Theme::kHighContrast: return "high-contrast";
  }
  return "light";
}

Theme ThemeFromName(const std::string& name) {
  if (name == "dark") return Theme::kDark;
  if (name == "high-contrast") return Theme::kHighContrast;
  return Theme::kLight;  // unknown: the default, as for any unreadable display setting
}

std::optional<std::string> WritePreferences(const SavedPreferences& saved, const std::string& first_role_id,
                                            const Preferences& defaults) {
  const bool default_role = saved.role_id.empty() || saved.role_id == first_role_id;
  if (saved.preferences == defaults && default_role) return std::nullopt;
  JsonWriter out;
  out.BeginObject();
  out.Member("theme", ThemeName(saved.preferences.theme));
  // nlohmann's float digits, as saved before JsonWriter: a stored value reads back the same.
  out.Key("font_scale");
  out.RawNumber(nlohmann::json(saved.preferences.font_scale).dump());
  if (!default_role) out.Member("role", saved.role_id);
  out.EndObject();
  return out.Take();
}

std::optional<SavedPreferences> ReadPreferences(const std::string& text) {
  const nlohmann::json json = nlohmann::json::parse(text, nullptr, false);
  if (!json.is_object()) return std::nullopt;
  SavedPreferences saved;
  const auto theme = json.find("theme");
  if (theme != json.end() && theme->is_string()) {
    saved.preferences.theme = ThemeFromName(theme->get<std::string>());
  }
  const auto scale = json.find("font_scale");
  if (scale != json.end() && scale->is_number()) saved.preferences.font_scale = scale->get<float>();
  const auto role = json.find("role");
  if (role != json.end() && role->is_string()) saved.role_id = role->get<std::string>();
  return saved;
}

}  // namespace rex::core
