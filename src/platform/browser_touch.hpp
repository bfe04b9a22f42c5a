#pragma once
// The browser's touch events on the canvas, sorted into taps (left to the
// browser's own mouse events), drags and long presses (touch_input.hpp).
#include <functional>

namespace rex::platform {

struct TouchHandlers {
  std::function<void()> on_start;                          // a finger came down
  std::function<void(float x, float y, float dy)> on_drag;  // CSS pixels; dy > 0: the finger moved down
  std::function<void(float x, float y)> on_long_press;
  std::function<void(float x, float y)> on_tap;
  std::function<void()> on_end;
  float slop_css = 0;     // how far a tap may wander before it is a drag
  int long_press_ms = 0;  // how long a press is before it shows what hover shows
};

void InstallTouch(TouchHandlers handlers);
// `pointer: coarse`: the main pointer is a finger.
bool PrefersTouch();

}  // namespace rex::platform
