#include "ui/app.hpp"

#include <imgui.h>

#include <nlohmann/json.hpp>

#include "ui/app_view.hpp"
#include "ui/theme.hpp"
#include "ui/ui_context.hpp"

namespace rex::ui {

App::App(core::Session session) : session_(std::move(session)) {
  // Roles never change after loading, so each search index is built once.
  for (const core::RoleEntry& entry : session_.roles) search_.emplace_back(entry.role);
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
  const int role = session_.current_role;
  UiContext ctx{session_, view_, pending_, fonts_, PaletteFor(session_.preferences.theme), widgets_, built_scale_,
                role < static_cast<int>(search_.size()) ? &search_[static_cast<size_t>(role)] : nullptr};
  DrawAppView(ctx);
  wants_frame_ = ctx.redraw || !pending_.empty();
  ApplyPendingActions();
}

nlohmann::json App::ExploreJson() const {
  const ExploreState& e = view_.explore;
  const core::Role* role = session_.CurrentRole();
  nlohmann::json hits = nlohmann::json::array();
  for (const core::SearchHit& hit : e.results.hits) {
    if (!role || hits.size() >= 20) break;
    hits.push_back({{"id", role->At(hit.ref).id}, {"section", role->sections[static_cast<size_t>(hit.ref.section)].id}});
  }
  const bool has_section = role && e.section >= 0 && e.section < static_cast<int>(role->sections.size());
  return {{"section_id", has_section ? role->sections[static_cast<size_t>(e.section)].id : ""},
          {"selected_item", e.selected_item},
          {"query", e.query},
          {"result_count", e.query.empty() ? 0 : e.results.total},
          {"hits", e.query.empty() ? nlohmann::json::array() : hits}};
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
      {"explore", ExploreJson()},
  };
  nlohmann::json out = {{"frame", frame_}, {"dpr", device_pixel_ratio_}, {"widgets", widgets_.ToJson()}, {"state", state}};
  return out.dump();
}

}  // namespace rex::ui
