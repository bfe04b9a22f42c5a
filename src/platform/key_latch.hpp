#pragma once
// ImGui 1.86 reads keys as "is it down at frame time". A browser delivers a quick
// tap (keydown + keyup) between two frames, so without help ImGui never sees it —
// nor the Ctrl of a fast Ctrl+K. The latch keeps every released key down until the
// next frame has seen it, then releases it: a release is one frame late, never lost.
#include <imgui.h>

#include <vector>

namespace rex::platform {

class KeyLatch {
 public:
  // Called from the GLFW key callback, before ImGui's backend updates io.KeysDown.
  void OnKey(int key, bool pressed);
  // Around one frame: re-press tapped keys before NewFrame, release them after Render.
  // Returns true from AfterFrame when keys were released, so the app redraws once more.
  void BeforeFrame(ImGuiIO& io);
  bool AfterFrame(ImGuiIO& io);

 private:
  std::vector<int> released_;  // released since the last frame
};

}  // namespace rex::platform
