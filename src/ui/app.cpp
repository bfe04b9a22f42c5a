#include "ui/app.hpp"

#include <imgui.h>

#include <nlohmann/json.hpp>

#include "ui/app_view.hpp"
#include "ui/theme.hpp"
#include "ui/ui_context.hpp"

namespace rex::ui {

App::App(core::Session session) : session_(std::move(session)) {
  ImGuiIO& io = ImGui::GetIO();
  io.IniFilename = nullptr;  // layout is ours, not a file; and the web has no disk
  io.LogFilename = nullptr;
  io.ConfigInputTextCursorBlink = false;  // a blinking caret would keep an idle page rendering
  io.ConfigFlags |= ImGuiConfigFlags_NavEnableKeyboard;
}

bool App::PrepareFrame(float device_pixel_ratio) {
  const core::Preferences& prefs = session_.preferences;
  const float scale = device_pixel_ratio * prefs.font_scale;
  const bool fonts_stale = scale != built_scale_;
  if (fonts_stale) fonts_ = BuildFonts(*ImGui::GetIO().Fonts, scale);
  if (fonts_stale || prefs.theme != built_theme_) ApplyTheme(prefs.theme, scale);
  device_pixel_ratio_ = device_pixel_ratio;
  built_scale_ = scale;
  built_theme_ = prefs.theme;
  return fonts_stale;
}

void App::Draw() {
  ++frame_;
  widgets_.BeginFrame();
  const ViewState before = view_;
  UiContext ctx{session_, view_, pending_, fonts_, PaletteFor(session_.preferences.theme), widgets_, built_scale_};
  DrawAppView(ctx);
  const bool had_actions = !pending_.empty();
  ApplyPendingActions();
  wants_frame_ = had_actions || before.page != view_.page;
}

void App::ApplyPendingActions() {
  for (const core::Action& action : pending_) core::Apply(session_, action);
  pending_.clear();
}

std::string App::InspectJson() const {
  const core::Role* role = session_.CurrentRole();
  nlohmann::json state = {
      {"page", PageName(view_.page)},
      {"role", role ? role->id : ""},
      {"roles", session_.roles.size()},
      {"theme", session_.preferences.theme == core::Theme::kDark ? "dark" : "light"},
      {"font_scale", session_.preferences.font_scale},
      {"revision", session_.revision},
      {"load_errors", session_.load_errors.size()},
  };
  nlohmann::json out = {{"frame", frame_}, {"dpr", device_pixel_ratio_}, {"widgets", widgets_.ToJson()}, {"state", state}};
  return out.dump();
}

}  // namespace rex::ui
