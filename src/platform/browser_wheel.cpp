#include "platform/browser_wheel.hpp"

#include <emscripten.h>

#include <utility>

namespace rex::platform {
namespace {

std::function<void(double, double)> g_on_scroll;  // owned by the platform layer for the page's lifetime

EM_JS(void, JsInstallWheel, (), {
  const canvas = Module['canvas'];
  // Pixels per notch, as browsers scroll a page: 100 px, or 3 lines, or a page.
  const notches = (delta, mode) => mode === 0 ? delta / 100 : mode === 1 ? delta / 3 : delta;
  // Capture on the window runs before GLFW's listener on the canvas, which then never sees it.
  window.addEventListener('wheel', (event) => {
    if (event.target !== canvas) return;
    event.stopPropagation();
    event.preventDefault();
    Module._rex_wheel(-notches(event.deltaX, event.deltaMode), -notches(event.deltaY, event.deltaMode));
  }, { capture: true, passive: false });
});

}  // namespace

void InstallWheel(std::function<void(double, double)> on_scroll) {
  g_on_scroll = std::move(on_scroll);
  JsInstallWheel();
}

}  // namespace rex::platform

extern "C" EMSCRIPTEN_KEEPALIVE void rex_wheel(double x, double y) { rex::platform::g_on_scroll(x, y); }
