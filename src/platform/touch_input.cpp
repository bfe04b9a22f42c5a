#include "platform/touch_input.hpp"

#include <algorithm>

namespace rex::platform {

void TouchInput::Drag(ImVec2 at, float scroll_px) {
  dragging_ = true;
  finger_ = at;
  pending_px_ += scroll_px;
}

void TouchInput::LongPress(ImVec2 at) { hold_ = at; }

void TouchInput::BeforeFrame(ImGuiIO& io) {
  if (dragging_ || pending_px_ != 0.0f) io.MousePos = finger_;
  if (hold_) io.MousePos = *hold_;
  if (releasing_) {
    io.MousePos = tap_at_;
    io.MouseDown[0] = false;
    releasing_ = false;
  } else if (!taps_.empty()) {
    tap_at_ = taps_.front();
    taps_.pop_front();
    io.MousePos = tap_at_;
    io.MouseDown[0] = true;
    releasing_ = true;
  }
  if (pending_px_ != 0.0f) {
    // ImGui scrolls a window by 5 lines of its font per wheel unit (ImGui 1.86,
    // capped at two thirds of its height): convert so the content moves with
    // the finger, pixel for pixel.
    const float line = io.Fonts->Fonts.empty() ? 16.0f : io.Fonts->Fonts[0]->FontSize;
    io.MouseWheel += pending_px_ / (5.0f * std::max(1.0f, line));
    pending_px_ = 0.0f;
  }
}

}  // namespace rex::platform
