#pragma once
// Fingers on the canvas (ADR 28). A tap is a click where the finger was: pressed
// in one frame, released in the next (not the browser's emulated mouse events,
// which a quick second tap loses to double-tap detection). A drag scrolls what
// is under the finger by exactly the distance moved (no momentum), and never
// clicks. A long press shows what hover shows (a tooltip, a heat-map cell) and
// stays until the next touch. This holds the state between events and frames.
#include <imgui.h>

#include <deque>
#include <optional>

namespace rex::platform {

class TouchInput {
 public:
  // Positions in device pixels; `scroll_px` is how far the finger moved down.
  void Drag(ImVec2 at, float scroll_px);
  void LongPress(ImVec2 at);
  void Tap(ImVec2 at) { taps_.push_back(at); }
  void End() { dragging_ = false; }
  void Start() { hold_.reset(); }
  // After the backend's NewFrame, before ImGui's: the finger is the pointer while
  // it drags or holds, and the distance dragged becomes wheel motion.
  void BeforeFrame(ImGuiIO& io);
  // True while a tap is being played: keep rendering frames.
  bool NeedsMoreFrames() const { return !taps_.empty() || releasing_; }

 private:
  bool dragging_ = false;
  ImVec2 finger_;
  float pending_px_ = 0.0f;
  std::optional<ImVec2> hold_;  // a long press's point, until the next touch
  std::deque<ImVec2> taps_;     // each pressed for one frame, released the next
  bool releasing_ = false;
  ImVec2 tap_at_;
};

}  // namespace rex::platform
