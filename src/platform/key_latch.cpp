#include "platform/key_latch.hpp"

#include <GLFW/glfw3.h>

#include <iterator>

namespace rex::platform {
namespace {

bool InRange(int key) { return key >= 0 && key < static_cast<int>(IM_ARRAYSIZE(ImGuiIO::KeysDown)); }

// The backend derives modifiers from these keys in its key callback; we must too.
void UpdateModifiers(ImGuiIO& io) {
  io.KeyCtrl = io.KeysDown[GLFW_KEY_LEFT_CONTROL] || io.KeysDown[GLFW_KEY_RIGHT_CONTROL];
  io.KeyShift = io.KeysDown[GLFW_KEY_LEFT_SHIFT] || io.KeysDown[GLFW_KEY_RIGHT_SHIFT];
  io.KeyAlt = io.KeysDown[GLFW_KEY_LEFT_ALT] || io.KeysDown[GLFW_KEY_RIGHT_ALT];
  io.KeySuper = io.KeysDown[GLFW_KEY_LEFT_SUPER] || io.KeysDown[GLFW_KEY_RIGHT_SUPER];
}

}  // namespace

void KeyLatch::OnKey(int key, bool pressed) {
  if (!InRange(key)) return;
  KeyState& state = keys_[key];
  state.held = pressed;
  if (!pressed) ++state.taps_pending;
}

void KeyLatch::BeforeFrame(ImGuiIO& io) {
  for (auto it = keys_.begin(); it != keys_.end();) {
    KeyState& state = it->second;
    bool down = state.held;
    if (state.shown_as_tap) {
      down = false;  // a gap, so the next tap is a new press and not a held key
      state.shown_as_tap = false;
    } else if (state.taps_pending > 0) {
      down = true;
      --state.taps_pending;
      state.shown_as_tap = true;
    }
    io.KeysDown[it->first] = down;
    const bool settled = state.taps_pending == 0 && !state.shown_as_tap;
    it = settled && !state.held && !down ? keys_.erase(it) : std::next(it);
  }
  UpdateModifiers(io);
}

bool KeyLatch::NeedsMoreFrames() const {
  bool more = false;
  for (const auto& [key, state] : keys_) {
    if (state.taps_pending > 0 || state.shown_as_tap) more = true;
  }
  return more;
}

}  // namespace rex::platform
