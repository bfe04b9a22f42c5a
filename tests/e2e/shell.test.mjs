// The app shell in a real browser: it draws, stays inside its origin, reports no
// errors, and stops issuing draw calls when left alone.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launchBrowser, serveDist } from './lib/browser.mjs';
import { AppPage, DRAW_CALL_COUNTER } from './lib/app.mjs';

let browser, served;
before(async () => { browser = await launchBrowser(); served = await serveDist(); });
after(async () => { await browser?.close(); served?.server.close(); });

async function openApp({ width = 1280, height = 800, dpr = 1 } = {}) {
  const context = await browser.newContext({ viewport: { width, height }, deviceScaleFactor: dpr });
  const page = await context.newPage();
  const events = { errors: [], foreignRequests: [], failed: [], notFound: [] };
  page.on('console', (m) => { if (m.type() === 'error') events.errors.push(m.text()); });
  page.on('pageerror', (e) => events.errors.push(String(e)));
  page.on('request', (r) => { if (!r.url().startsWith(served.origin) && !r.url().startsWith('blob:') && !r.url().startsWith('data:')) events.foreignRequests.push(r.url()); });
  page.on('requestfailed', (r) => events.failed.push(r.url()));
  page.on('response', (r) => { if (r.status() >= 400) events.notFound.push(`${r.status()} ${r.url()}`); });
  await page.addInitScript(DRAW_CALL_COUNTER);
  const app = new AppPage(page);
  await app.open(served.origin + '/');
  return { context, page, app, events };
}

test('the shell loads, draws the role and navigation, with no errors and no foreign requests', async () => {
  const { context, page, app, events } = await openApp();
  const info = await app.inspect();
  assert.equal(info.state.role, 'staff-backend-engineer');
  for (const w of ['topbar.title', 'nav.explore', 'nav.assess', 'nav.progress', 'nav.report']) assert.ok(info.widgets[w], `${w} drawn`);
  assert.ok(await page.evaluate(() => window.__drawCalls) > 0, 'something was drawn');
  assert.equal(await page.isVisible('#overlay'), false, 'loading overlay hidden after first frame');
  assert.deepEqual(events.errors, []);
  assert.deepEqual(events.foreignRequests, []);
  assert.deepEqual(events.notFound, []);
  assert.deepEqual(events.failed, []);
  await context.close();
});

test('the first theme follows the system\'s colour scheme; a theme picked in the app wins after a reload', async () => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, colorScheme: 'dark' });
  const page = await context.newPage();
  const app = new AppPage(page);
  await app.open(served.origin + '/');
  assert.equal((await app.state()).theme, 'dark');
  await app.click('theme.toggle');
  assert.equal((await app.state()).theme, 'light');
  await page.waitForFunction(() => localStorage.getItem('role-explorer/preferences') !== null);
  await app.open(served.origin + '/');
  assert.equal((await app.state()).theme, 'light', 'the saved choice, not the system\'s');
  await context.close();
  const { context: light, app: lightApp } = await openApp();
  assert.equal((await lightApp.state()).theme, 'light');
  await light.close();
});

test('a system that asks for more contrast gets the high-contrast theme first; the contrast button toggles it', async () => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, contrast: 'more' });
  const page = await context.newPage();
  const app = new AppPage(page);
  await app.open(served.origin + '/');
  assert.equal((await app.state()).theme, 'high-contrast');
  // White on black: a pixel of the page's background, read from a real screenshot.
  const png = await page.screenshot({ clip: { x: 2, y: 790, width: 1, height: 1 } });
  const rgb = await page.evaluate(async (b64) => {
    const image = new Image();  // img-src allows data:, which the page's CSP denies to fetch
    image.src = `data:image/png;base64,${b64}`;
    await image.decode();
    const g = new OffscreenCanvas(1, 1).getContext('2d');
    g.drawImage(image, 0, 0);
    return [...g.getImageData(0, 0, 1, 1).data.slice(0, 3)];
  }, png.toString('base64'));
  assert.ok(rgb.every((v) => v < 16), `black background, found ${rgb}`);
  await app.click('theme.contrast');
  assert.equal((await app.state()).theme, 'light');
  await context.close();
  const { context: plain, app: plainApp } = await openApp();
  await plainApp.click('theme.contrast');
  assert.equal((await plainApp.state()).theme, 'high-contrast');
  assert.equal((await plainApp.state()).fonts.missing_glyphs, 0, 'the button\'s symbol ships with the page');
  await plain.close();
});

test('the canvas has pixels that are not all background', async () => {
  const { context, page } = await openApp();
  const png = await page.screenshot();
  // A blank page compresses to almost nothing; the shell with text does not.
  assert.ok(png.length > 15000, `screenshot has content (${png.length} bytes)`);
  await context.close();
});

test('navigation responds to real mouse clicks', async () => {
  const { context, app } = await openApp();
  await app.click('nav.assess');
  assert.equal((await app.state()).page, 'assess');
  await app.click('nav.explore');
  assert.equal((await app.state()).page, 'explore');
  await context.close();
});

test('an idle page issues no draw calls after 2 s', async () => {
  const { context, page, app } = await openApp();
  await app.click('nav.progress');
  await page.waitForTimeout(2000);
  const before = await page.evaluate(() => window.__drawCalls);
  await page.waitForTimeout(2000);
  const afterIdle = await page.evaluate(() => window.__drawCalls);
  assert.equal(afterIdle - before, 0, 'no draw calls while idle');
  // And it wakes up again on input.
  await page.mouse.move(10, 10);
  await page.mouse.move(200, 30);
  await app.settle();
  assert.ok(await page.evaluate(() => window.__drawCalls) > afterIdle, 'input renders again');
  await context.close();
});

test('HiDPI: the backing store follows devicePixelRatio', async () => {
  for (const dpr of [1, 1.5, 2]) {
    const { context, page, app } = await openApp({ dpr });
    const size = await page.evaluate(() => { const c = document.getElementById('canvas'); return { w: c.width, h: c.height, cw: c.clientWidth }; });
    assert.equal(size.w, Math.round(size.cw * dpr), `canvas backing width at dpr ${dpr}`);
    assert.equal((await app.inspect()).dpr, dpr);
    await app.click('nav.report');  // mouse mapping is right at this ratio
    assert.equal((await app.state()).page, 'report');
    await context.close();
  }
});

test('the window follows resizes', async () => {
  const { context, page, app } = await openApp();
  await page.setViewportSize({ width: 900, height: 600 });
  await page.waitForFunction(() => document.getElementById('canvas').width === 900, null, { timeout: 5000 });
  await app.settle();
  // The layout follows: the right-most control is inside the new width.
  const r = (await app.inspect()).widgets['theme.toggle'];
  assert.ok(r.x + r.w <= 900, `theme toggle inside 900 px (ends at ${r.x + r.w})`);
  await context.close();
});
