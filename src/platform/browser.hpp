#pragma once
// Bridges to the browser page (web build only). Kept tiny: the page's own logic
// lives in web/loader.js; these read what C++ cannot.

namespace rex::platform {

struct CanvasSize {
  int css_width = 0;
  int css_height = 0;
  float device_pixel_ratio = 1.0f;
  int pixel_width() const { return static_cast<int>(static_cast<float>(css_width) * device_pixel_ratio + 0.5f); }
  int pixel_height() const { return static_cast<int>(static_cast<float>(css_height) * device_pixel_ratio + 0.5f); }
};

// The window's CSS size and devicePixelRatio right now.
CanvasSize ReadWindowSize();
// Sizes the canvas: CSS pixels for layout, device pixels for the backing store,
// so text is rendered at native resolution on HiDPI screens.
void ResizeCanvas(const CanvasSize& size);
// Tells the page the first frame is on screen (hides the loading overlay).
void NotifyFirstFrame();
// The system's colour scheme (prefers-color-scheme): the first theme, until the
// person picks one in the app (a saved choice wins).
bool PrefersDarkColorScheme();
// The system asks for more contrast (prefers-contrast: more, or forced colours):
// the first theme is the high-contrast one.
bool PrefersMoreContrast();
// Records when a startup phase ended ("main-start", "role-loaded", "fonts-built")
// in window.roleExplorerShell.marks, where scripts/bench reads the breakdown.
void MarkStartup(const char* phase);

}  // namespace rex::platform
