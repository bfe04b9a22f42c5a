#pragma once
// Actions are the only way the UI changes the app's data (DESIGN.md: data flows one
// way). Views emit them; App::Apply performs them, which gives one place for
// undo/redo, autosave and revision counting.
#include <variant>

#include "core/app/preferences.hpp"

namespace rex::core {

struct SelectRole {
  int index = 0;
};
struct SetTheme {
  Theme theme = Theme::kLight;
};
struct SetFontScale {
  float scale = 1.0f;
};

using Action = std::variant<SelectRole, SetTheme, SetFontScale>;

}  // namespace rex::core
