#pragma once
// Text typed into the app's fields reaches it through the browser's own text path:
// while an ImGui text field is active, a visually hidden <textarea> at the caret has
// the focus, and what the browser puts into it (typed characters, dead keys, an input
// method's committed text, dictation, "insert text", an on-screen keyboard) is
// passed on as UTF-8. An input method's composition in progress is shown by the
// textarea itself, at the caret, and only the committed text is passed on, once.
// Keys that edit or move (Backspace, arrows, Enter, Tab, Escape, shortcuts) still
// reach ImGui as key events through GLFW. Paste arrives through the page's paste
// handler (browser_files). See docs/adr/0019-text-through-the-browser.md.
#include <functional>
#include <string>

namespace rex::platform {

// Must run before glfwInit: the textarea's key presses must be stopped before
// GLFW's listeners turn them into characters a second time.
void InstallTextInput(std::function<void(const std::string& utf8)> on_text);

// Once per frame: whether a text field wants input, and where its caret line is,
// in CSS pixels (top-left of the line and its height).
void UpdateTextInput(bool wanted, float css_x, float css_y, float css_line_height);

}  // namespace rex::platform
