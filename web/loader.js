// Page shell for the wasm app: feature checks, a real download progress bar,
// clear failure messages, and the test bridge. No network beyond this origin.
'use strict';
(function () {
  const statusEl = document.getElementById('status');
  const barEl = document.getElementById('bar-fill');
  const overlayEl = document.getElementById('overlay');

  function fail(message) {
    overlayEl.classList.add('done');
    document.getElementById('failure-message').textContent = message;
    document.getElementById('failure').hidden = false;
  }

  function progress(fraction, text) {
    barEl.style.width = Math.round(Math.max(0, Math.min(1, fraction)) * 100) + '%';
    if (text) statusEl.textContent = text;
  }

  function missingFeature() {
    if (typeof WebAssembly !== 'object') return 'This browser does not support WebAssembly. Please use a current version of Chrome, Edge, Firefox or Safari.';
    const probe = document.createElement('canvas');
    if (!probe.getContext('webgl2')) return 'This browser cannot draw with WebGL 2 (it may be turned off, or the graphics driver is blocked). Please enable hardware acceleration or try another browser.';
    return null;
  }

  // Downloads the wasm with a progress bar, then compiles it.
  async function fetchWasm(url) {
    const response = await fetch(url, { credentials: 'same-origin' });
    if (!response.ok) throw new Error('Could not load ' + url + ' (HTTP ' + response.status + ').');
    const total = Number(response.headers.get('Content-Length')) || 0;
    if (!response.body || !total) return new Uint8Array(await response.arrayBuffer());
    const reader = response.body.getReader();
    const chunks = [];
    let received = 0;
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      chunks.push(value);
      received += value.length;
      progress(0.9 * received / total, 'Downloading… ' + Math.round(received / 1024) + ' of ' + Math.round(total / 1024) + ' KB');
    }
    const bytes = new Uint8Array(received);
    let offset = 0;
    for (const c of chunks) { bytes.set(c, offset); offset += c.length; }
    return bytes;
  }

  // The single-file build (dist/role-explorer.html, cmake/single_file.mjs) carries
  // the wasm base64-encoded in a data block and the glue inline after this script.
  const embeddedWasm = document.getElementById('rex-wasm');

  function decodeEmbeddedWasm() {
    const text = atob(embeddedWasm.textContent.trim());
    const bytes = new Uint8Array(text.length);
    for (let i = 0; i < text.length; i++) bytes[i] = text.charCodeAt(i);
    return bytes;
  }

  const problem = missingFeature();
  if (problem) { fail(problem); return; }

  window.roleExplorerShell = {
    firstFrame() {
      progress(1, 'Ready');
      overlayEl.classList.add('done');
      document.getElementById('canvas').focus();
      window.roleExplorerShell.firstFrameAt = performance.now();
    },
  };

  window.Module = {
    canvas: document.getElementById('canvas'),
    instantiateWasm(imports, onInstance) {
      (embeddedWasm ? Promise.resolve().then(decodeEmbeddedWasm) : fetchWasm('role-explorer.wasm'))
        .then((bytes) => { progress(0.95, 'Starting…'); return WebAssembly.instantiate(bytes, imports); })
        .then((result) => onInstance(result.instance, result.module))
        .catch((err) => fail('Loading failed: ' + (err && err.message ? err.message : err)));
      return {};
    },
    onAbort(what) { fail('The app stopped unexpectedly: ' + what); },
    print(text) { console.log(text); },
    printErr(text) { console.warn(text); },
  };

  // Automation bridge for tests and power users: read-only view of the last frame.
  window.roleExplorer = {
    inspect() { return JSON.parse(window.Module.ccall('rex_inspect', 'string', [], [])); },
    isIdle() { return window.Module.ccall('rex_is_idle', 'number', [], []) === 1; },
  };

  window.addEventListener('error', (e) => fail('Script error: ' + e.message));
  if (embeddedWasm) return;  // the glue is the next inline script
  const script = document.createElement('script');
  script.src = 'role-explorer.js';
  script.onerror = () => fail('Could not load role-explorer.js. If you copied the files, keep them together in one folder.');
  document.body.appendChild(script);
})();
