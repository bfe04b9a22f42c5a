#pragma once
// The one app object. The platform layer owns it and drives it: PrepareFrame ->
// (ImGui::NewFrame) -> Draw -> (ImGui::Render). It holds the session (model),
// the view state, and applies the actions views emit.
#include <string>
#include <vector>

#include <nlohmann/json_fwd.hpp>

#include "core/app/session.hpp"
#include "core/search/search_index.hpp"
#include "ui/fonts.hpp"
#include "ui/view_state.hpp"
#include "ui/widget_registry.hpp"

namespace rex::ui {

class App {
 public:
  explicit App(core::Session session);

  // Rebuilds fonts and style when the device pixel ratio or font scale changed.
  // Returns true when the font atlas changed and its texture must be re-uploaded.
  bool PrepareFrame(float device_pixel_ratio);
  void Draw();

  // True while the UI is still settling (an action was applied, a page changed):
  // the platform keeps rendering a few frames, then goes idle.
  bool WantsAnotherFrame() const { return wants_frame_; }

  // Automation bridge: widgets drawn in the last frame and the current state, as JSON.
  std::string InspectJson() const;

  const core::Session& session() const { return session_; }

 private:
  void ApplyPendingActions();
  nlohmann::json ExploreJson() const;

  core::Session session_;
  std::vector<core::SearchIndex> search_;  // one per role, same order as session_.roles
  ViewState view_;
  WidgetRegistry widgets_;
  Fonts fonts_;
  std::vector<core::Action> pending_;
  float device_pixel_ratio_ = 0.0f;
  float built_scale_ = 0.0f;
  core::Theme built_theme_ = core::Theme::kLight;
  bool wants_frame_ = true;
  long frame_ = 0;
};

}  // namespace rex::ui
