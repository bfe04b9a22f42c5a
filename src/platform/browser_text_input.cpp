#include "platform/browser_text_input.hpp"

#include <emscripten.h>

#include <utility>

namespace rex::platform {
namespace {

std::function<void(const std::string&)> g_on_text;

EM_JS(void, JsInstallTextInput, (), {
  const field = document.createElement('textarea');
  field.id = 'rex-text-input';
  field.setAttribute('aria-hidden', 'true');
  field.setAttribute('tabindex', '-1');
  field.setAttribute('autocomplete', 'off');
  field.setAttribute('autocapitalize', 'off');
  field.setAttribute('spellcheck', 'false');
  document.body.appendChild(field);
  // Hands over what the textarea holds and empties it, so nothing is sent twice.
  const send = () => {
    if (!field.value) return;
    const ptr = allocateUTF8(field.value);
    field.value = "";
    Module._rex_text_typed(ptr);
    _free(ptr);
  };
  field.addEventListener('input', (e) => { if (!e.isComposing) send(); });
  field.addEventListener('compositionstart', () => field.classList.add('composing'));
  field.addEventListener('compositionend', () => { field.classList.remove('composing'); send(); });
  // Enter and Tab act in the app (GLFW sees their keydown); in the textarea they
  // would add a line break or move the focus away.
  field.addEventListener('keydown', (e) => { if (e.key === 'Enter' || e.key === 'Tab') e.preventDefault(); });
  // Registered before glfwInit, so this runs before GLFW's own capture listener:
  // a character typed into the textarea comes through 'input', not as a key press.
  window.addEventListener('keypress', (e) => { if (e.target === field) e.stopImmediatePropagation(); }, true);
  // Paste from the context menu: a right button pressed in the app while a field is
  // active puts the textarea under the pointer, so the menu that follows is the
  // browser's menu for editable text (with Paste); its paste then arrives like
  // Ctrl+V. Any other press, a key or the paste itself puts it back at the caret.
  window.addEventListener('mousedown', (e) => {
    if (e.button !== 2 || document.activeElement !== field) {
      field.classList.remove('menu');
      return;
    }
    e.preventDefault();  // the press would move the focus to the canvas and close the field
    field.classList.add('menu');
    field.style.left = (e.clientX - 8) + 'px';
    field.style.top = (e.clientY - 8) + 'px';
  }, true);
  const backToCaret = () => field.classList.remove('menu');
  window.addEventListener('keydown', backToCaret, true);
  window.addEventListener('paste', backToCaret);
  field.addEventListener('blur', backToCaret);
  Module.rexTextField = field;
});

EM_JS(void, JsUpdateTextInput, (int wanted, float x, float y, float line_height), {
  const field = Module.rexTextField;
  if (!wanted) {
    if (document.activeElement === field) {
      field.value = "";
      Module.canvas.focus();
    }
    return;
  }
  if (field.classList.contains('menu')) return;  // under the pointer until the context menu is done
  field.style.left = x + 'px';
  field.style.top = y + 'px';
  field.style.height = line_height + 'px';
  field.style.fontSize = Math.max(12, Math.round(line_height * 0.8)) + 'px';
  if (document.activeElement !== field) field.focus({ preventScroll: true });
});

}  // namespace

void InstallTextInput(std::function<void(const std::string&)> on_text) {
  g_on_text = std::move(on_text);
  JsInstallTextInput();
}

void UpdateTextInput(bool wanted, float css_x, float css_y, float css_line_height) {
  JsUpdateTextInput(wanted ? 1 : 0, css_x, css_y, css_line_height);
}

}  // namespace rex::platform

// Called from the JS above.
extern "C" EMSCRIPTEN_KEEPALIVE void rex_text_typed(const char* utf8) {
  if (rex::platform::g_on_text) rex::platform::g_on_text(utf8);
}
