#include "platform/browser_touch.hpp"

#include <emscripten.h>

#include <utility>

namespace rex::platform {
namespace {

TouchHandlers g_touch;

EM_JS(void, JsInstallTouch, (float slop, int long_press_ms), {
  const canvas = Module['canvas'];
  let start = null, last = null, dragging = false, pressed = false, timer = 0;
  // On the window, in the capture phase, and stopped there: GLFW listens to touch
  // events on the canvas as mouse buttons, which would press whatever a drag
  // starts on. Each listener only takes events aimed at the canvas.
  const listen = (type, handler, passive) => window.addEventListener(type, (e) => {
    if (e.target !== canvas) return;
    e.stopPropagation();
    handler(e);
  }, { capture: true, passive });
  listen('touchstart', (e) => {
    if (e.touches.length !== 1) return;
    const t = e.touches[0];
    start = last = { x: t.clientX, y: t.clientY };
    dragging = pressed = false;
    Module._rex_touch(0, t.clientX, t.clientY, 0);
    clearTimeout(timer);
    timer = setTimeout(() => {
      if (dragging || !start) return;
      pressed = true;
      Module._rex_touch(2, last.x, last.y, 0);
    }, long_press_ms);
  }, true);
  listen('touchmove', (e) => {
    if (!start || e.touches.length !== 1) return;
    const t = e.touches[0];
    if (!dragging && Math.hypot(t.clientX - start.x, t.clientY - start.y) < slop) return;
    e.preventDefault();  // ours to scroll; and a drag is no tap, so no click follows
    dragging = true;
    clearTimeout(timer);
    Module._rex_touch(1, t.clientX, t.clientY, t.clientY - last.y);
    last = { x: t.clientX, y: t.clientY };
  }, false);
  const end = (e) => {
    clearTimeout(timer);
    // Ours in every case: the browser's emulated mouse events would come late
    // (or not at all, for a quick second tap taken as a double tap).
    if (e.cancelable) e.preventDefault();
    if (start && !dragging && !pressed && e.type === 'touchend') Module._rex_touch(4, last.x, last.y, 0);
    if (start) Module._rex_touch(3, last.x, last.y, 0);
    start = null;
  };
  listen('touchend', end, false);
  listen('touchcancel', end, false);
  // A long press would open the browser's menu for the canvas.
  canvas.addEventListener('contextmenu', (e) => { if (pressed) e.preventDefault(); });
});

EM_JS(int, JsPrefersTouch, (), { return window.matchMedia && window.matchMedia('(pointer: coarse)').matches ? 1 : 0; });

}  // namespace

void InstallTouch(TouchHandlers handlers) {
  g_touch = std::move(handlers);
  JsInstallTouch(g_touch.slop_css, g_touch.long_press_ms);
}

bool PrefersTouch() { return JsPrefersTouch() != 0; }

}  // namespace rex::platform

// Called from the JS above: 0 start, 1 drag, 2 long press, 3 end, 4 tap.
extern "C" EMSCRIPTEN_KEEPALIVE void rex_touch(int what, float x, float y, float dy) {
  using rex::platform::g_touch;
  switch (what) {
    case 0: if (g_touch.on_start) g_touch.on_start(); break;
    case 1: if (g_touch.on_drag) g_touch.on_drag(x, y, dy); break;
    case 2: if (g_touch.on_long_press) g_touch.on_long_press(x, y); break;
    case 4: if (g_touch.on_tap) g_touch.on_tap(x, y); break;
    default: if (g_touch.on_end) g_touch.on_end(); break;
  }
}
