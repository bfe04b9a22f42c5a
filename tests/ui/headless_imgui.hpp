#pragma once
// Runs the real App under Dear ImGui with no renderer: builds the font atlas,
// sets a display size, and drives frames with synthetic mouse and keyboard input.
// ImGui's asserts are routed to an exception (cmake/imgui_native_config.hpp), so
// a Begin/End mistake or an ID clash fails the test that caused it.
#include <imgui.h>

#include <nlohmann/json.hpp>
#include <string>

#include "core/app/session.hpp"
#include "core/persist/memory_store.hpp"
#include "ui/app.hpp"

namespace rex::test {

class HeadlessImGui {
 public:
  // Runs the app over the embedded roles, or over `session` when given. Its
  // storage is a MemoryStore (store()); give one to share it, as tabs share
  // localStorage. Time is simulated: each frame advances the clock 1/60 s.
  explicit HeadlessImGui(ImVec2 display = ImVec2(1280, 800), float dpr = 1.0f);
  HeadlessImGui(core::Session session, ImVec2 display = ImVec2(1280, 800), float dpr = 1.0f,
                core::MemoryStore* shared_store = nullptr);
  ~HeadlessImGui();
  HeadlessImGui(const HeadlessImGui&) = delete;
  HeadlessImGui& operator=(const HeadlessImGui&) = delete;

  ui::App& app() { return *app_; }
  core::MemoryStore& store() { return *store_; }
  // Runs frames until `ms` of simulated time have passed (e.g. past the save debounce).
  void Wait(double ms);
  void Frame();
  void Frames(int n) { for (int i = 0; i < n; ++i) Frame(); }
  // Like the web platform after an event: a few frames, then more while the app
  // asks for them (scrolling to a jump target takes an extra frame or two).
  void Settle();
  nlohmann::json Inspect() const { return nlohmann::json::parse(app_->InspectJson()); }
  // Draws the first frames and opens `page` ("assess", ...) with its top-bar
  // button, as a person would; throws when the page does not open.
  void Open(const std::string& page);
  // Clicks the centre of a widget the app reported in the last frame.
  void Click(const std::string& widget);
  // Moves the mouse over the centre of a widget, as a person pointing at it.
  void Hover(const std::string& widget);
  // Turns the mouse wheel where the mouse is: positive `lines` scroll down.
  void Wheel(float lines);
  // Presses and releases a key (a code from ui/keys.hpp) with optional modifiers.
  void Key(int key, bool ctrl = false, bool shift = false);
  void Type(const std::string& text);
  int last_draw_commands() const { return last_draw_commands_; }

 private:
  void MoveTo(const std::string& widget);  // the mouse to the widget's centre, no frame yet

  ImGuiContext* context_;
  core::MemoryStore own_store_;
  core::MemoryStore* store_;
  ui::App* app_;
  double now_ms_ = 1000;
  ImVec2 display_;
  float dpr_;
  int last_draw_commands_ = 0;
};

}  // namespace rex::test
