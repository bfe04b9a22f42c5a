#pragma once
// ImGui 1.86 reads keys as "is it down at frame time". A browser delivers a quick
// tap (keydown + keyup) between two frames, so without help ImGui never sees it —
// nor the Ctrl of a fast Ctrl+K — and two taps of the same key between frames
// would count once. The latch counts taps and plays each one back as one frame
// down, one frame up, so every press a person made is seen exactly once, in order
// per key; a key still held stays down.
#include <imgui.h>

#include <map>

namespace rex::platform {

class KeyLatch {
 public:
  // Called from the GLFW key callback (after ImGui's backend updated io.KeysDown).
  void OnKey(int key, bool pressed);
  // Before NewFrame: sets what this frame sees for every latched key.
  void BeforeFrame(ImGuiIO& io);
  // True while taps are still to be played back: keep rendering frames.
  bool NeedsMoreFrames() const;

 private:
  struct KeyState {
    int taps_pending = 0;      // released taps not yet shown to a frame
    bool held = false;         // physically down now
    bool shown_as_tap = false; // the last frame showed a tap: this one must show "up"
  };
  std::map<int, KeyState> keys_;
};

}  // namespace rex::platform
