#pragma once
// ImGui 1.86 reads keys as "is it down at frame time". A browser can deliver a
// whole tap (keydown + keyup), or several taps of different keys, between two
// frames: ImGui would miss the first, and see the others as pressed at once (so
// "3" then "2" typed fast would rate one item twice and skip the next). The
// latch queues taps in the order they were pressed and shows one per frame, with
// the modifiers held when it was pressed, so every press is seen exactly once.
#include <imgui.h>

#include <deque>
#include <set>

namespace rex::platform {

class KeyLatch {
 public:
  // Called from the GLFW key callback (after ImGui's backend updated io).
  void OnKey(int key, bool pressed);
  // Before NewFrame: sets what this frame sees (keys and modifiers).
  void BeforeFrame(ImGuiIO& io);
  // True while taps are still to be shown: keep rendering frames.
  bool NeedsMoreFrames() const { return !queue_.empty() || showed_tap_; }

 private:
  struct Tap {
    int key;
    bool ctrl, shift, alt, super;  // as held when the key went down
  };
  bool Held(int key) const { return held_.count(key) > 0; }

  std::deque<Tap> queue_;
  std::set<int> held_;            // physically down now
  std::set<int> down_last_frame_; // what the previous frame saw down
  bool showed_tap_ = false;       // the previous frame showed a queued tap
};

}  // namespace rex::platform
