#pragma once
// The mouse wheel and touchpad, in the units ImGui expects. Emscripten 3.1.6's
// GLFW hands the scroll callback the browser's raw deltaX/deltaY: pixels (often
// 100 per notch) with the page's sign, where GLFW (and ImGui) mean notches with
// positive = up. One notch down then flung the page to the top. These events are
// taken before GLFW sees them and turned into notches, as a desktop GLFW does.
#include <functional>

namespace rex::platform {

// `on_scroll(x, y)`: notches, positive = left / up (GLFW's convention).
void InstallWheel(std::function<void(double x, double y)> on_scroll);

}  // namespace rex::platform
