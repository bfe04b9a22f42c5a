#pragma once
// The accessibility mirror's DOM side (ADR 27): a layer of native elements over
// the canvas — buttons, tabs in tab lists, checkboxes, ARIA sliders for ratings,
// text inputs, headings — one per control the app describes, in its reading
// order, each over the widget it stands for. Invisible until focused by the
// keyboard; pointer events pass through to the canvas. A screen reader reads
// and uses these; using one calls back into the app, which presses the widget.
#include <functional>
#include <string>

namespace rex::platform {

// Before glfwInit: the layer's key filter must run before GLFW's own listener so
// that Tab, Enter and Space on a mirror element do what they do on a web page.
// `on_activate`: an element was used; `on_focus`: one took the keyboard focus.
void InstallAccessibilityLayer(std::function<void(const std::string& id, int value)> on_activate,
                               std::function<void(const std::string& id)> on_focus);
// Applies ui::MirrorPatch's JSON; only what changed is written to the DOM.
void ApplyMirrorPatch(const std::string& patch_json);
// Reads `text` out through a polite aria-live region.
void Announce(const std::string& text);

}  // namespace rex::platform
