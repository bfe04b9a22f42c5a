#include "platform/key_latch.hpp"

#include <GLFW/glfw3.h>

#include <algorithm>

namespace rex::platform {
namespace {

bool Contains(const std::vector<int>& keys, int key) { return std::find(keys.begin(), keys.end(), key) != keys.end(); }

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
  if (pressed) {
    // Pressed again before the frame: it is simply down now.
    released_.erase(std::remove(released_.begin(), released_.end(), key), released_.end());
  } else if (!Contains(released_, key)) {
    released_.push_back(key);
  }
}

void KeyLatch::BeforeFrame(ImGuiIO& io) {
  for (int key : released_) io.KeysDown[key] = true;
  if (!released_.empty()) UpdateModifiers(io);
}

bool KeyLatch::AfterFrame(ImGuiIO& io) {
  const bool any = !released_.empty();
  for (int key : released_) io.KeysDown[key] = false;
  if (any) UpdateModifiers(io);
  released_.clear();
  return any;
}

}  // namespace rex::platform
