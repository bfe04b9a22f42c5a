#include "platform/key_latch.hpp"

#include <GLFW/glfw3.h>

namespace rex::platform {
namespace {

bool InRange(int key) { return key >= 0 && key < static_cast<int>(IM_ARRAYSIZE(ImGuiIO::KeysDown)); }

bool IsModifier(int key) {
  switch (key) {
    case GLFW_KEY_LEFT_CONTROL: case GLFW_KEY_RIGHT_CONTROL:
    case GLFW_KEY_LEFT_SHIFT: case GLFW_KEY_RIGHT_SHIFT:
    case GLFW_KEY_LEFT_ALT: case GLFW_KEY_RIGHT_ALT:
    case GLFW_KEY_LEFT_SUPER: case GLFW_KEY_RIGHT_SUPER:
      return true;
    default:
      return false;
  }
}

}  // namespace

void KeyLatch::OnKey(int key, bool pressed) {
  if (!InRange(key)) return;
  if (!pressed) {
    held_.erase(key);
    return;
  }
  held_.insert(key);
  if (IsModifier(key)) return;  // modifiers travel with the taps they were held for
  const auto either = [this](int left, int right) { return Held(left) || Held(right); };
  queue_.push_back({key, either(GLFW_KEY_LEFT_CONTROL, GLFW_KEY_RIGHT_CONTROL),
                    either(GLFW_KEY_LEFT_SHIFT, GLFW_KEY_RIGHT_SHIFT), either(GLFW_KEY_LEFT_ALT, GLFW_KEY_RIGHT_ALT),
                    either(GLFW_KEY_LEFT_SUPER, GLFW_KEY_RIGHT_SUPER)});
}

void KeyLatch::BeforeFrame(ImGuiIO& io) {
  // Start from the physical state: what is held is down, everything else up —
  // except keys with a tap still queued: they go down when their turn comes.
  for (int key = 0; key < static_cast<int>(IM_ARRAYSIZE(ImGuiIO::KeysDown)); ++key) io.KeysDown[key] = Held(key);
  for (const Tap& queued : queue_) io.KeysDown[queued.key] = false;
  io.KeyCtrl = Held(GLFW_KEY_LEFT_CONTROL) || Held(GLFW_KEY_RIGHT_CONTROL);
  io.KeyShift = Held(GLFW_KEY_LEFT_SHIFT) || Held(GLFW_KEY_RIGHT_SHIFT);
  io.KeyAlt = Held(GLFW_KEY_LEFT_ALT) || Held(GLFW_KEY_RIGHT_ALT);
  io.KeySuper = Held(GLFW_KEY_LEFT_SUPER) || Held(GLFW_KEY_RIGHT_SUPER);
  showed_tap_ = false;
  // A key the last frame saw down (as a tap or held) must be seen up for one
  // frame first, or its next press would look like the same one held down.
  if (!queue_.empty() && down_last_frame_.count(queue_.front().key) == 0) {
    const Tap tap = queue_.front();
    queue_.pop_front();
    io.KeysDown[tap.key] = true;
    io.KeyCtrl = tap.ctrl;
    io.KeyShift = tap.shift;
    io.KeyAlt = tap.alt;
    io.KeySuper = tap.super;
    showed_tap_ = true;
  }
  down_last_frame_.clear();
  for (int key = 0; key < static_cast<int>(IM_ARRAYSIZE(ImGuiIO::KeysDown)); ++key) {
    if (io.KeysDown[key]) down_last_frame_.insert(key);
  }
}

}  // namespace rex::platform
