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

  // Creating a WebGL context is the slowest single step of starting up where the
  // GPU is emulated (150-250 ms). So the feature check creates the app's real
  // context, once, on the real canvas, while the wasm downloads and compiles; the
  // app's GLFW window later gets this same context back from getContext(). The
  // attributes match the GLFW hints in src/platform/web_main.cpp.
  const GL_ATTRIBUTES = { alpha: false, depth: false, stencil: false, antialias: false };

  // Start-up timeline for scripts/bench: mark(name) keeps performance.now() of the
  // first call per name in marks. The loader marks the wasm steps, the app (EM_JS)
  // its own, firstFrame() the end. Defined before anything runs that could mark.
  const canvas = document.getElementById('canvas');
  const marks = {};
  function mark(name) { if (!(name in marks)) marks[name] = performance.now(); }
  window.roleExplorerShell = {
    marks,
    mark,
    firstFrame() {
      mark('first-frame');
      progress(1, 'Ready');
      overlayEl.classList.add('done');
      canvas.focus();
      window.roleExplorerShell.firstFrameAt = marks['first-frame'];
    },
  };

  const NO_WASM = 'This browser does not support WebAssembly. Please use a current version of Chrome, Edge, Firefox or Safari.';
  const NO_WEBGL2 = 'This browser cannot draw with WebGL 2 (it may be turned off, or the graphics driver is blocked). Please enable hardware acceleration or try another browser.';

  // Downloads and compiles the wasm at once, off this thread (compileStreaming
  // starts compiling with the first bytes and does not wait for this thread, which
  // is busy creating the WebGL context meanwhile). A copy of the stream feeds the
  // progress bar. With a Content-Encoding (the host sent role-explorer.wasm.br or
  // .gz, docs/adr/0015) Content-Length counts compressed bytes while the stream
  // yields decompressed ones, so there is no honest total: the bar then creeps
  // towards 90 % and counts KB.
  async function fetchAndCompileWasm(url) {
    mark('wasm-fetch-start');
    const response = await fetch(url, { credentials: 'same-origin' });
    if (!response.ok) throw new Error('Could not load ' + url + ' (HTTP ' + response.status + ').');
    if (!response.body || !WebAssembly.compileStreaming) {
      const bytes = await response.arrayBuffer();
      mark('wasm-downloaded');
      return WebAssembly.compile(bytes);
    }
    showProgress(response.clone());
    return WebAssembly.compileStreaming(response);
  }

  async function showProgress(response) {
    const encoding = (response.headers.get('Content-Encoding') || 'identity').trim().toLowerCase();
    const total = encoding === 'identity' ? Number(response.headers.get('Content-Length')) || 0 : 0;
    const reader = response.body.getReader();
    let received = 0;
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      received += value.length;
      const kb = Math.round(received / 1024);
      if (total) progress(0.9 * Math.min(1, received / total), 'Downloading… ' + kb + ' of ' + Math.round(total / 1024) + ' KB');
      else progress(0.9 * received / (received + 512 * 1024), 'Downloading… ' + kb + ' KB');
    }
    mark('wasm-downloaded');
  }

  // Dear ImGui's OpenGL backend compiles its one shader program on the first frame
  // (50 ms with an emulated GPU). The browser's GPU process caches programs by
  // source, so compiling the very same sources here, while the wasm downloads,
  // lets the first frame find it ready (docs/adr/0018). The sources must match the
  // backend's GLSL ES 3.00 pair byte for byte: tests/shader_warmup_check.cmake
  // compares them with the ImGui sources the build uses.
  const IMGUI_VERTEX_SHADER = '#version 300 es\n' +
    'precision highp float;\n' +
    'layout (location = 0) in vec2 Position;\n' +
    'layout (location = 1) in vec2 UV;\n' +
    'layout (location = 2) in vec4 Color;\n' +
    'uniform mat4 ProjMtx;\n' +
    'out vec2 Frag_UV;\n' +
    'out vec4 Frag_Color;\n' +
    'void main()\n' +
    '{\n' +
    '    Frag_UV = UV;\n' +
    '    Frag_Color = Color;\n' +
    '    gl_Position = ProjMtx * vec4(Position.xy,0,1);\n' +
    '}\n';
  const IMGUI_FRAGMENT_SHADER = '#version 300 es\n' +
    'precision mediump float;\n' +
    'uniform sampler2D Texture;\n' +
    'in vec2 Frag_UV;\n' +
    'in vec4 Frag_Color;\n' +
    'layout (location = 0) out vec4 Out_Color;\n' +
    'void main()\n' +
    '{\n' +
    '    Out_Color = Frag_Color * texture(Texture, Frag_UV.st);\n' +
    '}\n';

  // Compiles and links without asking for the result: the GPU process works on
  // it while this thread waits for the download, and keeps the linked program in
  // its cache for the backend's identical request. (Also drawing once with it, to
  // warm the emulated GPU's pipeline, made the first frame slower: ADR 18.)
  function warmUpShaders(gl) {
    const program = gl.createProgram();
    for (const [type, source] of [[gl.VERTEX_SHADER, IMGUI_VERTEX_SHADER], [gl.FRAGMENT_SHADER, IMGUI_FRAGMENT_SHADER]]) {
      const shader = gl.createShader(type);
      gl.shaderSource(shader, source);
      gl.compileShader(shader);
      gl.attachShader(program, shader);
    }
    gl.linkProgram(program);
    gl.flush();
  }



  // The single-file build (dist/role-explorer.html, cmake/single_file.mjs) carries
  // the wasm base64-encoded in a data block and the glue inline after this script.
  const embeddedWasm = document.getElementById('rex-wasm');

  function decodeEmbeddedWasm() {
    mark('wasm-fetch-start');
    const text = atob(embeddedWasm.textContent.trim());
    const bytes = new Uint8Array(text.length);
    for (let i = 0; i < text.length; i++) bytes[i] = text.charCodeAt(i);
    return bytes;
  }

  if (typeof WebAssembly !== 'object') { fail(NO_WASM); return; }
  // Download and compile start now, in the background, before the glue script
  // and the context exist; the glue's instantiateWasm picks the module up.
  const compiled = (embeddedWasm
    ? Promise.resolve().then(decodeEmbeddedWasm).then((bytes) => { mark('wasm-downloaded'); return WebAssembly.compile(bytes); })
    : fetchAndCompileWasm('role-explorer.wasm'))
    .then((module) => { mark('wasm-compiled'); return module; });
  compiled.catch(() => {});  // reported by instantiateWasm below
  // Sized first, to the device pixels the app will ask for (CanvasSize::pixel_width
  // in src/platform/browser.hpp): resizing a live WebGL canvas reallocates its buffer.
  canvas.width = Math.round(window.innerWidth * (window.devicePixelRatio || 1));
  canvas.height = Math.round(window.innerHeight * (window.devicePixelRatio || 1));
  const gl = canvas.getContext('webgl2', GL_ATTRIBUTES);
  if (!gl) { fail(NO_WEBGL2); return; }
  warmUpShaders(gl);

  window.Module = {
    canvas,
    instantiateWasm(imports, onInstance) {
      compiled
        .then((module) => { progress(0.95, 'Starting…'); return WebAssembly.instantiate(module, imports).then((instance) => { mark('wasm-instantiated'); onInstance(instance, module); }); })
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
