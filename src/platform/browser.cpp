#include "platform/browser.hpp"

#include <emscripten.h>
#include <emscripten/html5.h>

namespace rex::platform {
namespace {

EM_JS(double, JsDevicePixelRatio, (), { return window.devicePixelRatio || 1; });
EM_JS(int, JsInnerWidth, (), { return window.innerWidth; });
EM_JS(int, JsPrefersDark, (), { return window.matchMedia && window.matchMedia('(prefers-color-scheme: dark)').matches ? 1 : 0; });
EM_JS(int, JsPrefersMoreContrast, (), {
  const query = (q) => window.matchMedia && window.matchMedia(q).matches;
  return query('(prefers-contrast: more)') || query('(forced-colors: active)') ? 1 : 0;
});
EM_JS(int, JsInnerHeight, (), { return window.innerHeight; });
EM_JS(void, JsFirstFrame, (), {
  if (window.roleExplorerShell) window.roleExplorerShell.firstFrame();
});
EM_JS(void, JsMarkStartup, (const char* name), {
  if (window.roleExplorerShell && window.roleExplorerShell.mark) window.roleExplorerShell.mark(UTF8ToString(name));
});

constexpr const char* kCanvas = "#canvas";

}  // namespace

CanvasSize ReadWindowSize() {
  return {JsInnerWidth(), JsInnerHeight(), static_cast<float>(JsDevicePixelRatio())};
}

void ResizeCanvas(const CanvasSize& size) {
  emscripten_set_element_css_size(kCanvas, size.css_width, size.css_height);
  // Setting a WebGL canvas's size reallocates its drawing buffer even when the
  // size is the same (slow with an emulated GPU), so only set it when it changes.
  int width = 0, height = 0;
  emscripten_get_canvas_element_size(kCanvas, &width, &height);
  if (width != size.pixel_width() || height != size.pixel_height()) {
    emscripten_set_canvas_element_size(kCanvas, size.pixel_width(), size.pixel_height());
  }
}

void NotifyFirstFrame() { JsFirstFrame(); }

bool PrefersDarkColorScheme() { return JsPrefersDark() != 0; }
bool PrefersMoreContrast() { return JsPrefersMoreContrast() != 0; }

void MarkStartup(const char* phase) { JsMarkStartup(phase); }

}  // namespace rex::platform
