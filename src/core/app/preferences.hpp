#pragma once
// Display preferences a person chooses; kept apart from their assessment data.

namespace rex::core {

// kHighContrast: white on black with bright accents, for low vision and bright
// rooms; the first theme when the system asks for more contrast.
enum class Theme { kLight, kDark, kHighContrast };

struct Preferences {
  Theme theme = Theme::kLight;
  float font_scale = 1.0f;  // multiplies every type size; 0.8 .. 1.6

  static constexpr float kMinFontScale = 0.8f;
  static constexpr float kMaxFontScale = 1.6f;
  static constexpr float kFontScaleStep = 0.1f;

  bool operator==(const Preferences& o) const { return theme == o.theme && font_scale == o.font_scale; }
  bool operator!=(const Preferences& o) const { return !(*this == o); }
};

}  // namespace rex::core
