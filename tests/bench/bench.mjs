// scripts/bench: measures the five figures of issue 7 the same way every time,
// prints them as Markdown tables and writes docs/PERFORMANCE.md.
//   1. transfer size of dist/ (raw, gzip -9, brotli), first-frame total vs budget and goal
//   2. load: time to first frame in headless Chromium vs a blank WebGL2 page and vs
//      Medium's Snowflake (time to interactive), plus where our time goes (phases)
//   3. native frame time per page (build/native/tests/bench/rex_bench frames)
//   4. idle: WebGL draw calls per second on a page left alone
//   5. report export + import (rex_bench report)
//   8. team figures over 200 reports (rex_bench team)
//   9. 200 reports dropped on the Team page until the heat map is drawn, per
//      report, next to one report dropped and imported
// Benchmarks, not tests: nothing here fails on a slow number.
// Usage: node tests/bench/bench.mjs [--snowflake DIR]   (DIR: a static export of
// Snowflake, index.html and _next/; see docs/adr/0014-benchmark-anchor.md)
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { spawnSync } from 'node:child_process';
import { launchBrowser, repoRoot } from '../e2e/lib/browser.mjs';
import { AppPage, DRAW_CALL_COUNTER } from '../e2e/lib/app.mjs';
import { teamReport, dropFiles } from '../e2e/lib/team_reports.mjs';
import { startServer } from '../../scripts/serve.mjs';
import { precompress, gzip9, brotli11 } from '../../cmake/precompress.mjs';

const { values: args } = parseArgs({ options: { snowflake: { type: 'string' } } });
const SNOWFLAKE_DIR = args.snowflake ? path.resolve(args.snowflake) : null;
if (SNOWFLAKE_DIR && !fs.existsSync(path.join(SNOWFLAKE_DIR, 'index.html'))) {
  console.error(`--snowflake ${args.snowflake}: no index.html there (expected a static export of Snowflake)`);
  process.exit(2);
}
const NOT_MEASURED = 'not measured: pass --snowflake DIR';

const DIST = path.join(repoRoot, 'dist');
const BENCH_EXE = path.join(repoRoot, 'build/native/tests/bench/rex_bench');
const FIRST_FRAME_FILES = ['index.html', 'favicon.svg', 'role-explorer.js', 'role-explorer.wasm'];
const BUDGET_KB = 450;     // first frame, gzip -9 (issue 7)
const GOAL_KB = 250;       // first frame, gzip -9 (issue 11)
const LOAD_RUNS = 15;
const IDLE_SECONDS = 3;

const kb = (bytes) => (bytes / 1024).toFixed(1);
const median = (xs) => { const s = [...xs].sort((a, b) => a - b); const n = s.length; return n % 2 ? s[(n - 1) / 2] : (s[n / 2 - 1] + s[n / 2]) / 2; };
const isPrecompressed = (name) => name.endsWith('.gz') || name.endsWith('.br');
const fileSizes = (file) => { const bytes = fs.readFileSync(file); return { raw: bytes.length, gz: gzip9(bytes).length, br: brotli11(bytes).length }; };

// Per file of dist/: raw, gzip -9, brotli 11. FILE.gz and FILE.br are FILE again,
// so they get no rows of their own.
function sizes() {
  const rows = ['| file | raw KB | gzip -9 KB | brotli KB | first frame |', '|---|---:|---:|---:|:---:|'];
  const total = { raw: 0, gz: 0, br: 0 };
  for (const name of fs.readdirSync(DIST).sort()) {
    const file = path.join(DIST, name);
    if (!fs.statSync(file).isFile() || isPrecompressed(name)) continue;
    const s = fileSizes(file), first = FIRST_FRAME_FILES.includes(name);
    if (first) for (const k of Object.keys(total)) total[k] += s[k];
    rows.push(`| ${name} | ${kb(s.raw)} | ${kb(s.gz)} | ${kb(s.br)} | ${first ? 'yes' : ''} |`);
  }
  const gzKb = total.gz / 1024;
  rows.push(`| **first frame total** | **${kb(total.raw)}** | **${kb(total.gz)}** | **${kb(total.br)}** | budget ${BUDGET_KB} KB gzip: ${gzKb <= BUDGET_KB ? 'within' : 'OVER'} |`);
  const goal = `First-frame goal: at most ${GOAL_KB} KB gzip -9; now ${kb(total.gz)} KB: **${gzKb <= GOAL_KB ? 'met' : 'not met'}**.`;
  return { table: rows.join('\n') + '\n\n' + goal, firstFrame: total, firstFrameGzipKb: gzKb };
}

// What a page loaded before the bench's moment: the document plus its resource
// entries, mapped back to files under `root` (missing ones, e.g. /favicon.ico, skipped).
function loadedSizes(root, urls) {
  const total = { files: 0, raw: 0, gz: 0, br: 0 };
  for (const url of new Set(urls)) {
    let p = decodeURIComponent(new URL(url).pathname);
    if (p.endsWith('/')) p += 'index.html';
    const file = path.join(root, p);
    if (!file.startsWith(root) || !fs.existsSync(file) || !fs.statSync(file).isFile()) continue;
    const s = fileSizes(file);
    total.files++; total.raw += s.raw; total.gz += s.gz; total.br += s.br;
  }
  return total;
}

function transferTable(ours, snowflake) {
  const row = (name, t) => `| ${name} | ${t.files} | ${kb(t.raw)} | ${kb(t.gz)} | ${kb(t.br)} |`;
  return ['| first load | files | raw KB | gzip -9 KB | brotli KB |', '|---|---:|---:|---:|---:|',
    row('Role Explorer, to first frame', { files: FIRST_FRAME_FILES.length, ...ours }),
    snowflake ? row('Snowflake, to interactive', snowflake) : `| Snowflake, to interactive | ${NOT_MEASURED} | | | |`].join('\n');
}

// A page that does the least a WebGL2 app can: get a context, clear once in an
// animation frame (where the app draws its first frame too), note the time.
const BLANK_PAGE = `<!doctype html><html><head><meta charset="utf-8"><title>blank</title></head>
<body style="margin:0"><canvas id="c" style="width:100vw;height:100vh;display:block"></canvas><script>
const c = document.getElementById('c'); c.width = innerWidth; c.height = innerHeight;
const gl = c.getContext('webgl2');
requestAnimationFrame(() => { gl.clearColor(0.96, 0.96, 0.98, 1); gl.clear(gl.COLOR_BUFFER_BIT); window.blankFrameAt = performance.now(); });
</script></body></html>`;

// A folder copied to a temp root (writable) and precompressed the way dist/ is
// (cmake/precompress.mjs; pairs already up to date are kept), served by
// scripts/serve.mjs from its own root on its own port.
async function servePrecompressedCopy(source, extra = {}) {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'rex-bench-'));
  fs.cpSync(source, root, { recursive: true });
  const makeWritable = (p) => { fs.chmodSync(p, fs.statSync(p).mode | 0o200); if (fs.statSync(p).isDirectory()) for (const n of fs.readdirSync(p)) makeWritable(path.join(p, n)); };
  makeWritable(root);
  for (const [name, text] of Object.entries(extra)) fs.writeFileSync(path.join(root, name), text);
  precompress([root]);
  const server = await startServer({ root, port: 0 });
  return { server, root, origin: `http://127.0.0.1:${server.address().port}`, close() { server.close(); fs.rmSync(root, { recursive: true, force: true }); } };
}

// Functions, not strings: the app's CSP forbids eval, which string predicates need.
const APP_READY = () => window.roleExplorerShell && window.roleExplorerShell.firstFrameAt;
const BLANK_READY = () => window.blankFrameAt;
const SNOWFLAKE_READY = () => window.__snowflakeInteractiveAt;

// Snowflake's interactive moment (docs/adr/0014): from document start, every 10 ms,
// click (a synthetic, bubbling click) a milestone of the chart that is not the
// current one; the first click after which the page's text differs is the moment
// React has hydrated and answers. Before that, clicks on the server-rendered SVG do
// nothing.
const SNOWFLAKE_PROBE = () => {
  const timer = setInterval(() => {
    const target = document.querySelector('path.track-milestone:not(.track-milestone-current)');
    if (!target || !document.body) return;
    const before = document.body.innerText;
    target.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    if (document.body.innerText !== before) { window.__snowflakeInteractiveAt = performance.now(); clearInterval(timer); }
  }, 10);
};

const RESOURCES = () => [location.href, ...performance.getEntriesByType('resource').map((e) => e.name)];

async function timeTo(browser, url, readyExpr, { initScript, extra } = {}) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });  // fresh cache each time
  const page = await context.newPage();
  if (initScript) await page.addInitScript(initScript);
  await page.goto(url);
  await page.waitForFunction(readyExpr, null, { timeout: 30000, polling: 10 });
  const ms = await page.evaluate(readyExpr);
  const more = extra ? await page.evaluate(extra) : undefined;
  await context.close();
  return { ms, more };
}

// Our start-up, phase by phase, from window.roleExplorerShell.marks (web/loader.js
// and the app's EM_JS calls). A phase whose marks are missing shows "–". A list of
// start marks means: the first one present.
const MARKS = () => ({ ...window.roleExplorerShell.marks });
const PHASES = [
  ['page and loader', null, 'wasm-fetch-start'],
  ['download', 'wasm-fetch-start', 'wasm-downloaded'],
  ['compile', 'wasm-downloaded', 'wasm-compiled'],
  ['instantiate', 'wasm-compiled', 'wasm-instantiated'],
  ['runtime start', 'wasm-instantiated', 'main-start'],
  ['role', 'main-start', 'role-loaded'],
  ['app setup', 'role-loaded', 'app-ready'],
  ['fonts', ['app-ready', 'role-loaded'], 'fonts-built'],
  ['first frame draw', 'fonts-built', 'first-frame'],
];

function phaseTable(runs) {
  const rows = ['| phase | from → to | median ms |', '|---|---|---:|'];
  for (const [name, fromSpec, to] of PHASES) {
    const froms = fromSpec === null ? [null] : [].concat(fromSpec);
    const durations = [];
    let used = froms[0];
    for (const marks of runs) {
      const from = froms.find((f) => f === null || f in marks);
      if (from === undefined || !(to in marks)) continue;
      used = from;
      durations.push(marks[to] - (from === null ? 0 : marks[from]));
    }
    const value = durations.length === runs.length && runs.length ? median(durations).toFixed(0) : '–';
    rows.push(`| ${name} | ${used === null ? 'navigation' : used} → ${to} | ${value} |`);
  }
  const names = [...new Set(runs.flatMap((m) => Object.keys(m)))];
  names.sort((a, b) => median(runs.map((m) => m[a] ?? Infinity)) - median(runs.map((m) => m[b] ?? Infinity)));
  const timeline = names.map((n) => `${n} ${median(runs.map((m) => m[n] ?? NaN)).toFixed(0)}`).join(', ');
  return rows.join('\n') + `\n\nMarks, median ms after navigation start: ${timeline || '(none)'}.`;
}

async function load(browser, ours, snowflake) {
  const app = [], blank = [], snow = [], marks = [];
  // Warm-up, one of each (OS file cache, Chromium's code caches for its own parts).
  await timeTo(browser, ours.origin + '/blank.html', BLANK_READY);
  const snowWarm = snowflake ? await timeTo(browser, snowflake.origin + '/', SNOWFLAKE_READY, { initScript: SNOWFLAKE_PROBE, extra: RESOURCES }) : null;
  await timeTo(browser, ours.origin + '/', APP_READY);
  for (let i = 0; i < LOAD_RUNS; i++) {  // interleaved, so drift hits all alike
    blank.push((await timeTo(browser, ours.origin + '/blank.html', BLANK_READY)).ms);
    if (snowflake) snow.push((await timeTo(browser, snowflake.origin + '/', SNOWFLAKE_READY, { initScript: SNOWFLAKE_PROBE })).ms);
    const r = await timeTo(browser, ours.origin + '/', APP_READY, { extra: MARKS });
    app.push(r.ms); marks.push(r.more);
  }
  const a = median(app), b = median(blank), s = snowflake ? median(snow) : null;
  const runs = (xs) => xs.map((x) => x.toFixed(0)).join(', ');
  const verdict = (ratio, goal) => `goal ≤ ${goal.toFixed(1)}: ${ratio <= goal ? 'met' : 'not met'}`;
  const table = ['| page | moment | median ms | all runs (ms) |', '|---|---|---:|---|',
    `| Role Explorer | first frame | ${a.toFixed(0)} | ${runs(app)} |`,
    snowflake ? `| Snowflake | interactive (first milestone click that changes the page) | ${s.toFixed(0)} | ${runs(snow)} |`
              : `| Snowflake | interactive | – | ${NOT_MEASURED} |`,
    `| blank WebGL2 page | first frame | ${b.toFixed(0)} | ${runs(blank)} |`,
    snowflake ? `| **ours / Snowflake** | | **${(a / s).toFixed(2)}x** | ${verdict(a / s, 1.0)} |`
              : `| **ours / Snowflake** | | – | ${NOT_MEASURED} |`,
    `| **ours / blank** | | **${(a / b).toFixed(2)}x** | ${verdict(a / b, 2.0)} |`].join('\n');
  const phases = `Where our time goes (per-run differences of \`window.roleExplorerShell.marks\`, median of ${LOAD_RUNS}):\n\n${phaseTable(marks)}`;
  const snowflakeLoaded = snowflake ? loadedSizes(snowflake.root, snowWarm.more) : null;
  return { table: table + '\n\n' + phases, appMs: a, blankMs: b, snowflakeMs: s, ratio: a / b, snowflakeRatio: snowflake ? a / s : null, snowflakeLoaded };
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

// From a character of a script the font subset lacks to its glyph drawn: typed
// into the Report page's name field through the text path (CDP insertText), until
// the bridge reports the glyph added and nothing drawn as a missing-glyph box.
// Then the same for a phrase in a script that needs shaping, until the phrase is
// drawn as the browser's picture of it (docs/adr/0026).
const GLYPH_RUNS = 5;
const NEW_SCRIPT_TEXT = ['Ж', 'Ω', '山', 'ł', 'ğ'];
const SHAPED_TEXT = ['مرحبا', 'שלום', 'नमस्ते', 'สวัสดี', 'سلام'];
const glyphDrawn = () => {
  const fonts = window.roleExplorer.inspect().state.fonts;
  return fonts.extra_glyphs > 0 && fonts.missing_glyphs === 0 && performance.now();
};
const shapedDrawn = () => {
  const fonts = window.roleExplorer.inspect().state.fonts;
  return fonts.shaped_runs.drawn_as_pictures > 0 && fonts.shaped_runs.drawn_plain === 0 && fonts.missing_glyphs === 0 && performance.now();
};

async function typedToScreen(browser, origin, texts, drawn) {
  const ms = [];
  for (let i = 0; i < GLYPH_RUNS; i++) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    await page.goto(origin + '/');
    await page.waitForFunction(APP_READY, null, { timeout: 30000 });
    const app = new AppPage(page);
    await app.click('nav.report');
    await app.click('report.name');
    await page.waitForFunction(() => document.activeElement && document.activeElement.id === 'rex-text-input');
    const cdp = await context.newCDPSession(page);
    const start = await page.evaluate(() => performance.now());
    await cdp.send('Input.insertText', { text: texts[i % texts.length] });
    const done = await page.waitForFunction(drawn, null, { timeout: 10000, polling: 'raf' });
    ms.push((await done.jsonValue()) - start);
    await context.close();
  }
  return `| ${texts.join(', ')} typed, to ${drawn === glyphDrawn ? 'its glyph' : 'the shaped phrase'} on screen | median ${median(ms).toFixed(0)} ms | runs: ${ms.map((x) => x.toFixed(0)).join(', ')} |`;
}

async function newGlyph(browser, origin) {
  const glyphs = await typedToScreen(browser, origin, NEW_SCRIPT_TEXT, glyphDrawn);
  const shaped = await typedToScreen(browser, origin, SHAPED_TEXT, shapedDrawn);
  return { table: `| what | time | |\n|---|---:|---|\n${glyphs}\n${shaped}` };
}

// From a drop to the figures drawn: one report imported as your own (Assess
// shows it), against 200 reports (10 snapshots each) dropped on the Team page
// until its heat map is drawn; per report. A fresh page per run.
const TEAM_RUNS = 3;
const TEAM_PEOPLE = 200;
// A fresh page at 1280x800, ready and idle, with `widget` clicked.
async function openAt(browser, origin, widget) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  await page.goto(origin + '/');
  await page.waitForFunction(APP_READY, null, { timeout: 30000 });
  const app = new AppPage(page);
  await app.settle();
  await app.click(widget);
  return { context, page, app };
}

async function dropToDrawn(browser, origin, files, page_widget, drawn) {
  const { context, page, app } = await openAt(browser, origin, page_widget);
  const start = await page.evaluate(() => performance.now());
  await dropFiles(page, files);
  await page.waitForFunction(drawn, files.length, { timeout: 60000, polling: 20 });
  await app.settle();
  const ms = (await page.evaluate(() => performance.now())) - start;
  await context.close();
  return ms;
}

async function teamDrop(browser, origin) {
  const people = Array.from({ length: TEAM_PEOPLE }, (_, i) => [`person-${i}.json`, teamReport(`Person ${i}`, i, 10)]);
  const single = [], team = [];
  for (let run = 0; run < TEAM_RUNS; run++) {
    single.push(await dropToDrawn(browser, origin, people.slice(run, run + 1), 'nav.assess',
      () => window.roleExplorer.inspect().state.assess.rated > 0));
    team.push(await dropToDrawn(browser, origin, people, 'nav.team',
      (n) => { const info = window.roleExplorer.inspect(); return info.state.team.files === n && 'team.heatmap' in info.widgets; }) / TEAM_PEOPLE);
  }
  const s = median(single), t = median(team);
  return { table: `| what | median per report | runs |\n|---|---:|---|\n` +
    `| one report dropped, imported as your own, until Assess shows it | ${s.toFixed(1)} ms | ${single.map((x) => x.toFixed(0)).join(', ')} |\n` +
    `| ${TEAM_PEOPLE} reports (10 snapshots each) dropped on the Team page, until the heat map is drawn | ${t.toFixed(2)} ms | ${team.map((x) => (x * TEAM_PEOPLE).toFixed(0)).join(', ')} ms in all |\n` +
    `| **team per report / single import** | **${(t / s).toFixed(2)}x** | |` };
}

// The accessibility mirror's DOM side on Assess (docs/adr/0027): wheel notches
// move every node, so each frame sends a full patch; then an idle stretch.
const MIRROR_NOTCHES = 20;
async function mirror(browser, origin) {
  const { context, page, app } = await openAt(browser, origin, 'nav.assess');
  const nodes = await page.evaluate(() => document.querySelectorAll('#rex-a11y [data-id]').length);
  const before = await page.evaluate(() => ({ ...window.roleExplorerMirror }));
  await page.mouse.move(640, 500);
  for (let i = 0; i < MIRROR_NOTCHES; i++) {
    await page.mouse.wheel(0, i % 2 ? -120 : 120);
    await app.settle();
  }
  const moved = await page.evaluate(() => ({ ...window.roleExplorerMirror }));
  await page.waitForTimeout(IDLE_SECONDS * 1000);
  const idled = await page.evaluate(() => ({ ...window.roleExplorerMirror }));
  await context.close();
  const patches = moved.patches - before.patches;
  const perPatch = (moved.ms - before.ms) / Math.max(1, patches);
  return { table: `| Assess, ${nodes} mirrored controls | value |\n|---|---:|\n` +
    `| patches applied over ${MIRROR_NOTCHES} wheel notches | ${patches} |\n` +
    `| DOM writes per patch | ${((moved.writes - before.writes) / Math.max(1, patches)).toFixed(0)} |\n` +
    `| time per patch (JSON parse + DOM writes) | ${perPatch.toFixed(3)} ms |\n` +
    `| DOM writes while idle for ${IDLE_SECONDS} s (goal 0) | ${idled.writes - moved.writes} |`, perPatch };
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
const ours = await servePrecompressedCopy(DIST, { 'blank.html': BLANK_PAGE });
const snowflake = SNOWFLAKE_DIR ? await servePrecompressedCopy(SNOWFLAKE_DIR) : null;
const browser = await launchBrowser();
let loaded, idled, glyph, dropped, mirrored;
try {
  loaded = await load(browser, ours, snowflake);
  idled = await idle(browser, ours.origin);
  glyph = await newGlyph(browser, ours.origin);
  dropped = await teamDrop(browser, ours.origin);
  mirrored = await mirror(browser, ours.origin);
} finally {
  await browser.close();
  ours.close();
  snowflake?.close();
}
const frames = native('frames');
const report = native('report');
const startup = native('startup');
const team = native('team');

const sections = [
  ['1. Transfer size of dist/', size.table + '\n\n' + transferTable(size.firstFrame, loaded.snowflakeLoaded)],
  [`2. Load: time to first frame (ours) and to interactive (Snowflake), headless Chromium, median of ${LOAD_RUNS}`, loaded.table],
  ['3. Native frame time at 1280x800 over 300 frames (ImGui without a backend, RelWithDebInfo)', frames],
  ['4. Idle', idled.table],
  ['5. Report export + import (native)', report],
  ['6. Start-up steps (native)', startup],
  ['7. A new script: first character to its glyph (headless Chromium)', glyph.table],
  ['8. Team: 200 reports (native)', team],
  ['9. Team: dropped reports to the heat map drawn (headless Chromium)', dropped.table],
  ['10. Accessibility mirror: DOM patches on Assess (headless Chromium)', mirrored.table],
];
const vsSnowflake = loaded.snowflakeRatio === null ? `Snowflake ${NOT_MEASURED}` : `vs Snowflake ${loaded.snowflakeMs.toFixed(0)} ms = ${loaded.snowflakeRatio.toFixed(2)}x (goal ≤ 1.0)`;
const summary = `first frame ${kb(size.firstFrame.gz)} KB gzip (budget ${BUDGET_KB}, goal ${GOAL_KB}), ${kb(size.firstFrame.br)} KB brotli; load ${loaded.appMs.toFixed(0)} ms ${vsSnowflake}; vs blank ${loaded.blankMs.toFixed(0)} ms = ${loaded.ratio.toFixed(2)}x (goal ≤ 2.0); idle ${idled.perSecond.toFixed(1)} draw calls/s`;
const body = sections.map(([title, table]) => `## ${title}\n\n${table}\n`).join('\n');
console.log(body);
console.log(`summary: ${summary}`);

const doc = `# Performance

Measured by \`scripts/bench\` on ${started.toISOString().slice(0, 10)}. Regenerate with
\`scripts/bench --snowflake DIR\` (docs/adr/0014); this file is overwritten each time.

**Machine caveat.** These numbers come from one run on one machine:
${host}.
Absolute times depend on the CPU, on what else runs (builds, other sessions) and
on SwiftShader standing in for a GPU; compare runs on the same machine, and read
the load figure as ratios to the blank WebGL2 page and to Snowflake measured in
the same run.
Frame times are CPU time of the UI thread (wall time shown next to it).

Summary: ${summary}.

${body}
## How each figure is measured

1. Every file in \`dist/\`, raw, \`gzip -9\` and brotli (quality 11), as
   \`cmake/precompress.mjs\` writes them next to each file; those \`.gz\` and \`.br\`
   files are the same content and get no rows. "First frame" is what the served page
   loads before it can draw: \`${FIRST_FRAME_FILES.join('`, `')}\`.
   \`role-explorer.html\` is the single-file build (wasm inside, base64), an alternative
   to those files, not part of them. Snowflake's first load is the document plus every
   file in its resource timing entries when it became interactive, sized the same way.
2. A fresh browser context per load (empty cache), Chromium headless with SwiftShader.
   Role Explorer: \`window.roleExplorerShell.firstFrameAt\` (performance.now() when the
   app's first frame is on the canvas). Blank page: creates a WebGL2 context and clears
   it once in an animation frame. Snowflake (Medium's engineering ladder, a Next.js +
   React + d3 static export given as \`--snowflake DIR\`, docs/adr/0014): from document
   start, every 10 ms a script in the page clicks (synthetic, bubbling) a
   \`path.track-milestone\` that is not the current milestone; the moment is
   performance.now() after the first click that changes \`document.body.innerText\`
   (before React hydrates, clicks do nothing). Each page from its own root on its own
   port, by \`scripts/serve.mjs\`, every file precompressed the same way (brotli sent).
   Interleaved (blank, Snowflake, Role Explorer), median of ${LOAD_RUNS} each, after one
   warm-up load of each. Phases: differences between marks the loader
   (\`wasm-*\`, \`first-frame\`) and the app (\`main-start\`, \`role-loaded\`, \`app-ready\`,
   \`fonts-built\`) record with \`window.roleExplorerShell.mark(name)\`, per run, then
   the median; "–" where a mark is missing. "instantiate" starts when compilation
   ended, so it includes any wait for \`role-explorer.js\`.
3. \`build/native/tests/bench/rex_bench frames\` (tests/bench/frame_bench.cpp): the real
   App over the headless ImGui harness (tests/ui/headless_imgui.*), 300 frames per page
   after 10 warm-up frames, no input; median and p99 (nearest rank).
4. WebGL draw calls counted by wrapping drawElements/drawArrays (tests/e2e/lib/app.mjs)
   over ${IDLE_SECONDS} s, starting once render on demand reports idle.
5. \`rex_bench report\` (tests/bench/report_bench.cpp): the real role with a generated
   assessment (every item rated, notes, evidence, a review, 50 weekly snapshots),
   SerializeReport and ParseReport, 21 runs, thread CPU time.
6. \`rex_bench startup\` (tests/bench/startup_bench.cpp): the built-in role read from
   its pack (what the app does) against the same role parsed and validated from
   JSON (what it did before, docs/adr/0016); the font atlas; the first frame of a new
   App against a later one. 21 runs each, thread CPU time. In the browser the same
   steps take far longer (each wasm function is compiled by V8 on its first call):
   the "role", "fonts" and "first frame draw" phases of section 2 are those steps.
7. A fresh page, the Report page's name field focused, one character of a script the
   font subset lacks inserted as text (CDP \`Input.insertText\`, as an input method
   commits), then polled every animation frame until \`inspect().state.fonts\` shows
   the glyph added and no missing-glyph box drawn (docs/adr/0020); then a phrase in a
   script that needs shaping, until it is drawn as the browser's picture of it and
   nothing is left as plain glyphs (docs/adr/0026).
8. \`rex_bench team\` (tests/bench/team_bench.cpp): 200 generated reports of the real
   role (every item rated, notes, evidence, a review, 10 snapshots); ReadTeam +
   TeamFiguresByRole per report against ParseReport + Score per report (what
   \`report summary\` does), 7 runs, thread CPU time. Budget: ratio ≤ 2x.
9. A fresh page per run (3 runs): 200 reports of the real role (10 snapshots each,
   tests/e2e/lib/team_reports.mjs) dropped at once on the Team page as File objects
   in a DataTransfer, timed from the drop to the heat map reported drawn and the page
   idle, divided by 200; next to one report dropped on Assess until it shows the
   import. The Team page's frame time with those 200 people is a row of section 3
   (budget p99 < 4 ms: rows and columns outside the view are not drawn).
10. A fresh page on Assess; the real mouse wheel turned ${MIRROR_NOTCHES} notches, down and up,
    waiting for idle after each; \`window.roleExplorerMirror\` counts the patches the
    platform applied, the DOM writes they made and the time spent (JSON parse + DOM),
    measured around \`Module.rexApplyMirror\`. Then ${IDLE_SECONDS} s idle. Building the
    patch in wasm is the native "accessibility mirror" table under section 3.
`;
// Hand-written notes (build-flag experiments, findings) live below this heading
// and survive regeneration.
const KEPT = '\n## Notes kept between runs';
const docPath = path.join(repoRoot, 'docs/PERFORMANCE.md');
const previous = fs.existsSync(docPath) ? fs.readFileSync(docPath, 'utf8') : '';
const kept = previous.includes(KEPT) ? previous.slice(previous.indexOf(KEPT)) : '';
fs.writeFileSync(docPath, doc + kept);
console.log('wrote docs/PERFORMANCE.md');
