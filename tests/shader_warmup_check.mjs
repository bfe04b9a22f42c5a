// web/loader.js compiles Dear ImGui's shader program while the wasm downloads, so
// the first frame finds it in the GPU process's program cache (docs/adr/0018).
// That only pays while the loader's sources equal the backend's byte for byte;
// this check fails when an ImGui upgrade (or an edit) makes them differ.
// Usage: node tests/shader_warmup_check.mjs web/loader.js <imgui dir>
import fs from 'node:fs';
import vm from 'node:vm';

const [loaderPath, imguiDir] = process.argv.slice(2);
const loader = fs.readFileSync(loaderPath, 'utf8');
const backend = fs.readFileSync(`${imguiDir}/backends/imgui_impl_opengl3.cpp`, 'utf8');

// The loader's constant: its string concatenation, evaluated as JavaScript.
function loaderShader(name) {
  const match = loader.match(new RegExp(`const ${name} = ([^]*?');\\n`));
  if (!match) throw new Error(`${loaderPath}: no const ${name}`);
  return vm.runInNewContext(match[1]);
}

// The backend's GLSL ES 3.00 source: adjacent C string literals, after the
// version line the backend puts first ("#version 300 es" + "\n", from Init).
function backendShader(variable) {
  const match = backend.match(new RegExp(`const GLchar\\* ${variable} =([^]*?");\\n`));
  if (!match) throw new Error(`imgui_impl_opengl3.cpp: no ${variable}`);
  const literals = [...match[1].matchAll(/"((?:[^"\\]|\\.)*)"/g)].map((m) => JSON.parse(`"${m[1]}"`));
  return '#version 300 es\n' + literals.join('');
}

let failed = false;
for (const [js, cpp] of [['IMGUI_VERTEX_SHADER', 'vertex_shader_glsl_300_es'], ['IMGUI_FRAGMENT_SHADER', 'fragment_shader_glsl_300_es']]) {
  if (loaderShader(js) === backendShader(cpp)) continue;
  console.error(`${loaderPath}: ${js} differs from ImGui's ${cpp}; copy the backend's source (the warm-up no longer pays)`);
  failed = true;
}
if (!backend.includes('#version 300 es')) {
  console.error('imgui_impl_opengl3.cpp: the GLSL version string changed; update the loader');
  failed = true;
}
process.exit(failed ? 1 : 0);
