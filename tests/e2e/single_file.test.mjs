// The single-file build (dist/role-explorer.html) opened straight from disk: the
// same smoke checks as the served page (shell.test.mjs), from a file:// URL.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { launchBrowser, repoRoot } from './lib/browser.mjs';
import { AppPage, DRAW_CALL_COUNTER } from './lib/app.mjs';

const file = path.join(repoRoot, 'dist', 'role-explorer.html');
const url = pathToFileURL(file).href;

let browser;
before(async () => { browser = await launchBrowser(); });
after(async () => { await browser?.close(); });

async function openSingleFile() {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  const events = { errors: [], foreignRequests: [], failed: [] };
  page.on('console', (m) => { if (m.type() === 'error') events.errors.push(m.text()); });
  page.on('pageerror', (e) => events.errors.push(String(e)));
  page.on('request', (r) => {
    const u = r.url();
    if (u !== url && !u.startsWith('data:') && !u.startsWith('blob:')) events.foreignRequests.push(u);
  });
  page.on('requestfailed', (r) => events.failed.push(r.url()));
  await page.addInitScript(DRAW_CALL_COUNTER);
  const app = new AppPage(page);
  await app.open(url);
  return { context, page, app, events };
}

test('dist/role-explorer.html is one self-contained file', () => {
  const html = fs.readFileSync(file, 'utf8');
  assert.ok(!/<script[^>]+src=/i.test(html), 'no external scripts');
  assert.ok(!/<link[^>]+rel="stylesheet"/i.test(html), 'no external stylesheet');
  const csp = html.match(/http-equiv="Content-Security-Policy"\s+content="([^"]+)"/)[1];
  assert.ok(!csp.includes('unsafe-inline'), 'inline code is allowed by hash, not unsafe-inline');
  assert.match(csp, /script-src 'sha256-[^']+' 'sha256-[^']+' 'wasm-unsafe-eval'/);
  assert.match(csp, /style-src 'sha256-[^']+'/);
});

test('from file://: draws the role and navigation, no errors, no requests but itself', async () => {
  const { context, page, app, events } = await openSingleFile();
  const info = await app.inspect();
  assert.equal(info.state.role, 'staff-backend-engineer');
  for (const w of ['topbar.title', 'nav.explore', 'nav.assess', 'nav.progress', 'nav.report']) assert.ok(info.widgets[w], `${w} drawn`);
  assert.ok(await page.evaluate(() => window.__drawCalls) > 0, 'something was drawn');
  assert.equal(await page.isVisible('#overlay'), false, 'loading overlay hidden after first frame');
  const png = await page.screenshot();
  assert.ok(png.length > 15000, `screenshot has content (${png.length} bytes)`);
  assert.deepEqual(events.errors, []);
  assert.deepEqual(events.foreignRequests, []);
  assert.deepEqual(events.failed, []);
  await context.close();
});

test('from file://: the automation bridge and real clicks work', async () => {
  const { context, app } = await openSingleFile();
  await app.click('nav.assess');
  assert.equal((await app.state()).page, 'assess');
  await app.click('nav.explore');
  assert.equal((await app.state()).page, 'explore');
  await context.close();
});

test('from file://: an idle page issues no draw calls', async () => {
  const { context, page, app } = await openSingleFile();
  await app.click('nav.progress');
  await page.waitForTimeout(2000);
  const before = await page.evaluate(() => window.__drawCalls);
  await page.waitForTimeout(2000);
  assert.equal(await page.evaluate(() => window.__drawCalls) - before, 0, 'no draw calls while idle');
  await context.close();
});
