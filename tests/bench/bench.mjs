// scripts/bench: measures the five figures of issue 7 the same way every time,
// prints them as Markdown tables and writes docs/PERFORMANCE.md.
//   1. transfer size of dist/ (raw and gzip -9), first-frame total vs budget
//   2. load: time to first frame in headless Chromium vs a blank WebGL2 page
//   3. native frame time per page (build/native/tests/bench/rex_bench frames)
//   4. idle: WebGL draw calls per second on a page left alone
//   5. report export + import (rex_bench report)
// Benchmarks, not tests: nothing here fails on a slow number.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { launchBrowser, repoRoot } from '../e2e/lib/browser.mjs';
import { DRAW_CALL_COUNTER } from '../e2e/lib/app.mjs';
import { startServer } from '../../scripts/serve.mjs';

const DIST = path.join(repoRoot, 'dist');
const BENCH_EXE = path.join(repoRoot, 'build/native/tests/bench/rex_bench');
const FIRST_FRAME_FILES = ['index.html', 'loader.js', 'shell.css', 'favicon.svg', 'role-explorer.js', 'role-explorer.wasm'];
const BUDGET_KB = 450;
const LOAD_RUNS = 15;
const IDLE_SECONDS = 3;

const kb = (bytes) => (bytes / 1024).toFixed(1);
const median = (xs) => { const s = [...xs].sort((a, b) => a - b); const n = s.length; return n % 2 ? s[(n - 1) / 2] : (s[n / 2 - 1] + s[n / 2]) / 2; };
const gzipSize = (file) => spawnSync('gzip', ['-9c', file], { maxBuffer: 1 << 30 }).stdout.length;

function sizes() {
  const rows = ['| file | raw KB | gzip -9 KB | first frame |', '|---|---:|---:|:---:|'];
  let raw = 0, gz = 0;
  for (const name of fs.readdirSync(DIST).sort()) {
    const file = path.join(DIST, name);
    if (!fs.statSync(file).isFile()) continue;
    const r = fs.statSync(file).size, g = gzipSize(file), first = FIRST_FRAME_FILES.includes(name);
    if (first) { raw += r; gz += g; }
    rows.push(`| ${name} | ${kb(r)} | ${kb(g)} | ${first ? 'yes' : ''} |`);
  }
  rows.push(`| **first frame total** | **${kb(raw)}** | **${kb(gz)}** | budget ${BUDGET_KB} KB gzip: ${gz / 1024 <= BUDGET_KB ? 'within' : 'OVER'} |`);
  return { table: rows.join('\n'), firstFrameGzipKb: gz / 1024 };
}

// A page that does the least a WebGL2 app can: get a context, clear once in an
// animation frame (where the app draws its first frame too), note the time.
const BLANK_PAGE = `<!doctype html><html><head><meta charset="utf-8"><title>blank</title></head>
<body style="margin:0"><canvas id="c" style="width:100vw;height:100vh;display:block"></canvas><script>
const c = document.getElementById('c'); c.width = innerWidth; c.height = innerHeight;
const gl = c.getContext('webgl2');
requestAnimationFrame(() => { gl.clearColor(0.96, 0.96, 0.98, 1); gl.clear(gl.COLOR_BUFFER_BIT); window.blankFrameAt = performance.now(); });
</script></body></html>`;

// dist/ plus the blank page, served by the same server (scripts/serve.mjs).
async function serveWithBlank() {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'rex-bench-'));
  for (const name of fs.readdirSync(DIST)) fs.symlinkSync(path.join(DIST, name), path.join(root, name));
  fs.writeFileSync(path.join(root, 'blank.html'), BLANK_PAGE);
  const server = await startServer({ root, port: 0 });
  return { server, root, origin: `http://127.0.0.1:${server.address().port}` };
}

// Functions, not strings: the app's CSP forbids eval, which string predicates need.
const APP_READY = () => window.roleExplorerShell && window.roleExplorerShell.firstFrameAt;
const BLANK_READY = () => window.blankFrameAt;

async function timeToFrame(browser, url, readyExpr) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });  // fresh cache each time
  const page = await context.newPage();
  await page.goto(url);
  await page.waitForFunction(readyExpr, null, { timeout: 30000, polling: 10 });
  const ms = await page.evaluate(readyExpr);
  await context.close();
  return ms;
}

async function load(browser, origin) {
  const app = [], blank = [];
  await timeToFrame(browser, origin + '/', APP_READY);  // warm the OS file cache
  for (let i = 0; i < LOAD_RUNS; i++) {  // interleaved, so drift hits both alike
    blank.push(await timeToFrame(browser, origin + '/blank.html', BLANK_READY));
    app.push(await timeToFrame(browser, origin + '/', APP_READY));
  }
  const a = median(app), b = median(blank);
  const table = ['| page | median ms to first frame | all runs (ms) |', '|---|---:|---|',
    `| Role Explorer | ${a.toFixed(0)} | ${app.map((x) => x.toFixed(0)).join(', ')} |`,
    `| blank WebGL2 page | ${b.toFixed(0)} | ${blank.map((x) => x.toFixed(0)).join(', ')} |`,
    `| **ratio** | **${(a / b).toFixed(2)}x** | goal under 2.0x |`].join('\n');
  return { table, appMs: a, blankMs: b, ratio: a / b };
}

async function idle(browser, origin) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  await page.addInitScript(DRAW_CALL_COUNTER);
  await page.goto(origin + '/');
  await page.waitForFunction(APP_READY, null, { timeout: 30000 });
  await page.waitForFunction(() => window.roleExplorer.isIdle(), null, { timeout: 10000, polling: 50 });
  const before = await page.evaluate(() => window.__drawCalls);
  await page.waitForTimeout(IDLE_SECONDS * 1000);
  const calls = (await page.evaluate(() => window.__drawCalls)) - before;
  await context.close();
  const perSecond = calls / IDLE_SECONDS;
  return { table: `| idle page, ${IDLE_SECONDS} s after render on demand went idle | ${perSecond.toFixed(1)} draw calls/s (goal 0) |\n|---|---|`, perSecond };
}

function native(what) {
  if (!fs.existsSync(BENCH_EXE)) return `(missing ${path.relative(repoRoot, BENCH_EXE)}: build the native preset)`;
  const r = spawnSync(BENCH_EXE, [what], { encoding: 'utf8', cwd: repoRoot });
  return r.status === 0 ? r.stdout.trim() : `rex_bench ${what} failed (${r.status}): ${r.stderr}`;
}

function machine() {
  const cpu = os.cpus()[0]?.model?.trim() || 'unknown CPU';
  const chromium = spawnSync(process.env.CHROMIUM || '/usr/bin/chromium', ['--version'], { encoding: 'utf8' }).stdout?.trim() || 'chromium ?';
  return `${os.cpus().length} x ${cpu}, ${Math.round(os.totalmem() / 2 ** 30)} GB RAM, ${os.type()} ${os.release()}, load average ${os.loadavg().map((x) => x.toFixed(2)).join(' ')} at start; ${chromium} (headless, SwiftShader WebGL); Node ${process.version}`;
}

const started = new Date();
const host = machine();
const size = sizes();
const served = await serveWithBlank();
const browser = await launchBrowser();
let loaded, idled;
try {
  loaded = await load(browser, served.origin);
  idled = await idle(browser, served.origin);
} finally {
  await browser.close();
  served.server.close();
  fs.rmSync(served.root, { recursive: true, force: true });
}
const frames = native('frames');
const report = native('report');

const sections = [
  ['1. Transfer size of dist/', size.table],
  [`2. Load: time to first frame, headless Chromium, median of ${LOAD_RUNS}`, loaded.table],
  ['3. Native frame time at 1280x800 over 300 frames (ImGui without a backend, RelWithDebInfo)', frames],
  ['4. Idle', idled.table],
  ['5. Report export + import (native)', report],
];
const summary = `first frame ${kb(size.firstFrameGzipKb * 1024)} KB gzip (budget ${BUDGET_KB}); load ${loaded.appMs.toFixed(0)} ms vs blank ${loaded.blankMs.toFixed(0)} ms = ${loaded.ratio.toFixed(2)}x (goal < 2.0x); idle ${idled.perSecond.toFixed(1)} draw calls/s`;
const body = sections.map(([title, table]) => `## ${title}\n\n${table}\n`).join('\n');
console.log(body);
console.log(`summary: ${summary}`);

const doc = `# Performance

Measured by \`scripts/bench\` on ${started.toISOString().slice(0, 10)}. Regenerate with \`scripts/bench\`;
this file is overwritten each time.

**Machine caveat.** These numbers come from one run on one machine:
${host}.
Absolute times depend on the CPU, on what else runs (builds, other sessions) and
on SwiftShader standing in for a GPU; compare runs on the same machine, and read
the load figure as a ratio to the blank WebGL2 page measured in the same run.
Frame times are CPU time of the UI thread (wall time shown next to it).

Summary: ${summary}.

${body}
## How each figure is measured

1. Every file in \`dist/\`, raw and \`gzip -9\`. "First frame" is what the served page
   loads before it can draw: \`${FIRST_FRAME_FILES.join('`, `')}\`.
   \`role-explorer.html\` is the single-file build (wasm inside, base64), an alternative
   to those files, not part of them.
2. A fresh browser context per load (empty cache), Chromium headless with SwiftShader.
   Time to first frame = \`window.roleExplorerShell.firstFrameAt\` (performance.now()
   when the app's first frame is on the canvas). The blank page creates a WebGL2
   context and clears it once in an animation frame. Both from the same local server,
   interleaved, median of ${LOAD_RUNS} each, after one warm-up load.
3. \`build/native/tests/bench/rex_bench frames\` (tests/bench/frame_bench.cpp): the real
   App over the headless ImGui harness (tests/ui/headless_imgui.*), 300 frames per page
   after 10 warm-up frames, no input; median and p99 (nearest rank).
4. WebGL draw calls counted by wrapping drawElements/drawArrays (tests/e2e/lib/app.mjs)
   over ${IDLE_SECONDS} s, starting once render on demand reports idle.
5. \`rex_bench report\` (tests/bench/report_bench.cpp): the real role with a generated
   assessment (every item rated, notes, evidence, a review, 50 weekly snapshots),
   SerializeReport and ParseReport, 21 runs, thread CPU time.
`;
// Hand-written notes (build-flag experiments, findings) live below this heading
// and survive regeneration.
const KEPT = '\n## Notes kept between runs';
const docPath = path.join(repoRoot, 'docs/PERFORMANCE.md');
const previous = fs.existsSync(docPath) ? fs.readFileSync(docPath, 'utf8') : '';
const kept = previous.includes(KEPT) ? previous.slice(previous.indexOf(KEPT)) : '';
fs.writeFileSync(docPath, doc + kept);
console.log('wrote docs/PERFORMANCE.md');
