#include "platform/browser_accessibility.hpp"

#include <emscripten.h>

#include <utility>

namespace rex::platform {
namespace {

std::function<void(const std::string&, int)> g_on_activate;
std::function<void(const std::string&)> g_on_focus;

EM_JS(void, JsInstallAccessibilityLayer, (), {
  const layer = document.createElement('main');
  layer.id = 'rex-a11y';
  layer.setAttribute('aria-label', 'Role Explorer');
  const live = document.createElement('div');
  live.id = 'rex-live';
  live.setAttribute('role', 'status');
  live.setAttribute('aria-live', 'polite');
  document.body.appendChild(layer);
  document.body.appendChild(live);
  const stats = { patches: 0, writes: 0, ms: 0, announced: [] };
  window.roleExplorerMirror = stats;
  const activate = (id, value) => {
    const ptr = allocateUTF8(id);
    Module._rex_a11y_activate(ptr, value);
    _free(ptr);
  };
  // The app's focus follows the layer's, so a clipped list scrolls and draws the
  // rows that Tab reaches next. A text field's focus is an activation already.
  layer.addEventListener('focusin', (e) => {
    if (!e.target.dataset.id || e.target.type === 'text') return;
    const ptr = allocateUTF8(e.target.dataset.id);
    Module._rex_a11y_focus(ptr);
    _free(ptr);
  });
  // Keys a focused element handles itself stay away from GLFW (which would also
  // act on them, and stops Tab): Tab moves along the mirror, Enter and Space
  // press, arrows step a slider. Other keys (digits, Ctrl+Z, arrows on a
  // button for ImGui's own navigation) still reach the app.
  const ownKeys = (el, key) => {
    if (key === 'Tab') return true;
    if (el.getAttribute('role') === 'slider') return ['ArrowUp', 'ArrowDown', 'ArrowLeft', 'ArrowRight', 'Home', 'End', 'PageUp', 'PageDown'].includes(key);
    if (el.type === 'text') return false;
    return key === 'Enter' || key === ' ';
  };
  // Tab from the canvas (or from nowhere) enters the mirror, first or last control:
  // GLFW would otherwise keep it, and a keyboard user could not reach the layer.
  const enter = (e) => {
    const outside = e.target === Module.canvas || e.target === document.body;
    if (e.key !== 'Tab' || !outside || e.ctrlKey || e.altKey || e.metaKey) return false;
    const controls = layer.querySelectorAll('button, input, [tabindex="0"]');
    const el = e.shiftKey ? controls[controls.length - 1] : controls[0];
    if (!el) return false;
    e.stopImmediatePropagation();
    e.preventDefault();
    el.focus();
    return true;
  };
  // Stopped here, at the window in the capture phase, an event never reaches its
  // target's own listeners: a slider's keys are handled here too.
  for (const type of ['keydown', 'keypress', 'keyup']) {
    window.addEventListener(type, (e) => {
      if (type === 'keydown' && enter(e)) return;
      if (!layer.contains(e.target) || !ownKeys(e.target, e.key)) return;
      e.stopImmediatePropagation();
      if (type === 'keydown' && e.target.getAttribute('role') === 'slider') stepSlider(e.target, e);
    }, true);
  }
  const groups = new Map();
  const groupFor = (name) => {
    let group = groups.get(name);
    if (!group) {
      group = document.createElement('div');
      group.setAttribute('role', 'tablist');
      group.setAttribute('aria-label', name);
      groups.set(name, group);
    }
    return group;
  };
  // An ARIA slider, not input type=range: Chromium reads a range input's number
  // and ignores aria-valuetext, and "-1" is no way to say "not rated".
  function stepSlider(el, e) {
    const now = Number(el.getAttribute('aria-valuenow'));
    const min = Number(el.getAttribute('aria-valuemin'));
    const max = Number(el.getAttribute('aria-valuemax'));
    const next = { ArrowRight: now + 1, ArrowUp: now + 1, ArrowLeft: now - 1, ArrowDown: now - 1, Home: min, End: max,
                   PageUp: max, PageDown: min }[e.key];
    if (next === undefined) return;
    e.preventDefault();
    const value = Math.min(max, Math.max(min, next));
    if (value !== now) activate(el.dataset.id, value);
  }
  const slider = () => {
    const el = document.createElement('div');
    el.setAttribute('role', 'slider');
    el.tabIndex = 0;
    return el;
  };
  // A chart's data: a caption, a header row, then one row per axis named by its first cell.
  const fillTable = (table, name, cells) => {
    table.replaceChildren();
    const caption = document.createElement('caption');
    caption.textContent = name;
    table.appendChild(caption);
    cells.forEach((row, r) => {
      const tr = document.createElement('tr');
      row.forEach((text, c) => {
        const cell = document.createElement(r === 0 || c === 0 ? 'th' : 'td');
        if (r === 0) cell.scope = 'col'; else if (c === 0) cell.scope = 'row';
        cell.textContent = text;
        tr.appendChild(cell);
      });
      table.appendChild(tr);
    });
  };
  const create = (node) => {
    let el;
    if (node.role === 'table') {
      el = document.createElement('table');
      el.dataset.id = node.id;
      return el;
    }
    if (node.role === 'slider') {
      el = slider();
      el.dataset.id = node.id;
      return el;
    }
    if (node.role === 'checkbox' || node.role === 'textbox') {
      el = document.createElement('input');
      el.type = node.role === 'checkbox' ? 'checkbox' : 'text';
    } else {
      el = document.createElement(node.role === 'heading' ? 'h2' : node.role === 'text' ? 'p' : 'button');
      if (el.tagName === 'BUTTON') el.type = 'button';
      if (node.role === 'tab') el.setAttribute('role', 'tab');
    }
    el.dataset.id = node.id;
    if (el.type === 'text') {
      el.autocomplete = 'off';
      el.addEventListener('focus', () => activate(node.id, 0));
    } else if (el.tagName === 'BUTTON' || el.type === 'checkbox') {
      el.addEventListener('click', (e) => {
        if (el.type === 'checkbox') e.preventDefault();  // the app's state decides the tick
        activate(node.id, 0);
      });
    }
    return el;
  };
  const update = (el, node) => {
    const labelled = el.tagName === 'INPUT' || node.role === 'slider';
    if (node.role === 'table') fillTable(el, node.name, node.cells || []);
    else if (labelled) el.setAttribute('aria-label', node.name);
    else el.textContent = node.name;
    if (node.role === 'slider') {
      el.setAttribute('aria-valuemin', node.range[1]);
      el.setAttribute('aria-valuemax', node.range[2]);
      el.setAttribute('aria-valuenow', node.range[0]);
      el.setAttribute('aria-valuetext', node.value || "");
    } else if (el.type === 'text') {
      if (document.activeElement !== el) el.value = node.value || "";
    } else if (el.type === 'checkbox') {
      el.checked = !!node.checked;
    } else if (node.role === 'tab') {
      el.setAttribute('aria-selected', node.checked ? 'true' : 'false');
    }
    el.style.left = node.x + 'px';
    el.style.top = node.y + 'px';
    el.style.width = node.w + 'px';
    el.style.height = node.h + 'px';
  };
  const elements = new Map();
  Module.rexApplyMirror = (patch) => {
    const started = performance.now();
    let writes = 0;
    for (const id of patch.remove) {
      const el = elements.get(id);
      if (el) { el.remove(); elements.delete(id); writes++; }
    }
    let added = false;
    for (const node of patch.set) {
      let el = elements.get(node.id);
      if (el && el.dataset.role !== node.role) { el.remove(); el = null; }
      if (!el) {
        el = create(node);
        el.dataset.role = node.role;
        elements.set(node.id, el);
        added = true;
      }
      el.dataset.group = node.group || "";
      update(el, node);
      writes++;
    }
    // Reading order is drawing order. Only elements out of place move: moving the
    // focused element would take the keyboard focus away from it.
    if (patch.order || added) {
      const next = new Map();  // parent -> the child expected at the next place
      const place = (parent, el) => {
        const expected = next.has(parent) ? next.get(parent) : parent.firstChild;
        if (expected !== el) { parent.insertBefore(el, expected); writes++; }
        next.set(parent, el.nextSibling);
      };
      const placed = new Set();
      for (const id of patch.order || Array.from(elements.keys())) {
        const el = elements.get(id);
        if (!el) continue;
        let parent = layer;
        if (el.dataset.group) {
          parent = groupFor(el.dataset.group);
          if (!placed.has(parent)) { place(layer, parent); placed.add(parent); }
        }
        place(parent, el);
      }
      for (const group of groups.values()) if (!group.firstChild && group.parentNode) group.remove();
    }
    if (patch.focus) {
      const el = elements.get(patch.focus);
      const active = document.activeElement;
      if (el && (active === document.body || active === Module.canvas || layer.contains(active))) el.focus({ preventScroll: true });
    }
    stats.patches++;
    stats.writes += writes;
    stats.ms += performance.now() - started;
  };
  Module.rexAnnounce = (text) => {
    // A fresh text node each time, so the same words said twice are read twice.
    live.textContent = "";
    live.appendChild(document.createTextNode(text));
    stats.announced.push(text);
    if (stats.announced.length > 50) stats.announced.shift();
  };
});

EM_JS(void, JsApplyMirrorPatch, (const char* json), { Module.rexApplyMirror(JSON.parse(UTF8ToString(json))); });
EM_JS(void, JsAnnounce, (const char* text), { Module.rexAnnounce(UTF8ToString(text)); });

}  // namespace

void InstallAccessibilityLayer(std::function<void(const std::string&, int)> on_activate,
                               std::function<void(const std::string&)> on_focus) {
  g_on_activate = std::move(on_activate);
  g_on_focus = std::move(on_focus);
  JsInstallAccessibilityLayer();
}

void ApplyMirrorPatch(const std::string& patch_json) { JsApplyMirrorPatch(patch_json.c_str()); }

void Announce(const std::string& text) { JsAnnounce(text.c_str()); }

}  // namespace rex::platform

// Called from the JS above when a person uses a mirror element.
extern "C" EMSCRIPTEN_KEEPALIVE void rex_a11y_activate(const char* id, int value) {
  if (rex::platform::g_on_activate) rex::platform::g_on_activate(id, value);
}

// Called from the JS above when a mirror element takes the keyboard focus.
extern "C" EMSCRIPTEN_KEEPALIVE void rex_a11y_focus(const char* id) {
  if (rex::platform::g_on_focus) rex::platform::g_on_focus(id);
}
