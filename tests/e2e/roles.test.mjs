// Any company's framework without a rebuild, in a real browser: a role file
// never seen before loads from the file picker, a drop, a paste, the site's
// roles/index.json and a spreadsheet made into a role by the CLI; each renders
// on every page, is kept across a reload, and a broken file on each path says
// where and what while nothing changes.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { launchBrowser, serveDist, repoRoot } from './lib/browser.mjs';
import { AppPage } from './lib/app.mjs';

const ladderPath = path.join(repoRoot, 'tests/fixtures/roles/valid/data-engineer-ladder.json');
const ladderText = fs.readFileSync(ladderPath, 'utf8');
const brokenPath = path.join(repoRoot, 'tests/fixtures/roles/broken/levels-outside-scale.json');
const csvPath = path.join(repoRoot, 'tests/fixtures/csv/engineering-matrix.csv');
const cli = path.join(repoRoot, 'build/native/src/cli/role-explorer');

let browser, served, tmp;
before(async () => {
  browser = await launchBrowser();
  served = await serveDist();
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'rex-e2e-roles-'));
});
after(async () => { await browser?.close(); served?.server.close(); fs.rmSync(tmp, { recursive: true, force: true }); });

async function openApp(origin = served.origin, context = null) {
  const ctx = context || await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await ctx.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  const app = new AppPage(page);
  await app.open(origin + '/');
  return { context: ctx, page, app, errors };
}

const roleIds = async (app) => (await app.state()).roles.map((r) => `${r.id}:${r.source}`);

async function waitFor(page, predicate, arg) {
  await page.waitForFunction(predicate, arg, { timeout: 10000 });
}

// The open role on every page: drawn, no fallback glyphs, and rateable.
async function visitEveryPage(app, expectedItems) {
  for (const page of ['nav.explore', 'nav.assess', 'nav.progress', 'nav.report']) {
    await app.click(page);
    const state = await app.state();
    assert.equal(state.fonts.missing_glyphs, 0, `${page}: every glyph drawn`);
  }
  await app.click('nav.assess');
  assert.equal((await app.state()).assess.total, expectedItems);
}

async function pickFile(app, file) {
  await app.click('role.switcher');
  const [chooser] = await Promise.all([app.page.waitForEvent('filechooser'), app.click('role.load')]);
  await chooser.setFiles(file);
}

test('the file picker loads a role never seen; it renders everywhere, rates, and survives a reload', async () => {
  const { context, page, app, errors } = await openApp();
  await pickFile(app, ladderPath);
  await waitFor(page, () => window.roleExplorer.inspect().state.role === 'data-engineer-ladder');
  assert.deepEqual(await roleIds(app), ['staff-backend-engineer:built-in', 'data-engineer-ladder:browser']);
  assert.match((await app.state()).notices[0].title, /^Loaded Data Engineer \(Ladder\) from data-engineer-ladder\.json$/);
  await visitEveryPage(app, 16);
  await app.press('5');
  assert.equal((await app.state()).assess.rated, 1);

  await page.reload();
  await app.open(served.origin + '/');
  assert.deepEqual(await roleIds(app), ['staff-backend-engineer:built-in', 'data-engineer-ladder:browser']);
  assert.equal((await app.state()).role, 'data-engineer-ladder', 'the open role stays open');
  assert.equal((await app.state()).assess.rated, 1, 'the work on it is back');

  // A broken file through the same picker: where and what; nothing changes.
  const storedBefore = await page.evaluate(() => JSON.stringify(Object.entries(localStorage).sort()));
  await pickFile(app, brokenPath);
  await waitFor(page, () => window.roleExplorer.inspect().state.notices.length > 0);
  const notice = (await app.state()).notices.at(-1);
  assert.equal(notice.title, 'Could not load the role levels-outside-scale.json');
  assert.match(notice.detail, /levels-outside-scale\.json#\/sections\/0\/groups\/0\/items\/0\/levels\/1\/level: level 5 is outside the scale \(expected 0\.\.4\)/);
  assert.equal((await app.state()).roles.length, 2);
  assert.equal(await page.evaluate(() => JSON.stringify(Object.entries(localStorage).sort())), storedBefore);
  assert.deepEqual(errors, []);
  await context.close();
});

test('a dropped role file loads; a dropped broken one is refused; removing keeps the work for its return', async () => {
  const { context, page, app } = await openApp();
  const drop = (name, text) => page.evaluate(([n, t]) => {
    const data = new DataTransfer();
    data.items.add(new File([t], n, { type: 'application/json' }));
    window.dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }));
  }, [name, text]);
  await drop('broken-ladder.json', ladderText.replace('"title": "Data Engineer (Ladder)"', '"title": ""'));
  await waitFor(page, () => window.roleExplorer.inspect().state.notices.length > 0);
  assert.match((await app.state()).notices[0].detail, /broken-ladder\.json#\/title: must not be empty/);
  assert.equal((await app.state()).roles.length, 1);

  await drop('data-engineer-ladder.json', ladderText);
  await waitFor(page, () => window.roleExplorer.inspect().state.roles.length === 2);
  await app.settle();
  await app.click('nav.assess');
  await app.press('3');
  await app.click('nav.report');
  await app.scrollUntilDrawn('roles.1.remove', 600, { x: 30, y: 700 });  // the page's margin, not a table
  await app.click('roles.1.remove');
  await app.click('roles.remove.confirm');
  assert.deepEqual(await roleIds(app), ['staff-backend-engineer:built-in']);
  assert.equal(await page.evaluate(() => localStorage.getItem('role-explorer/role/data-engineer-ladder')), null);
  await drop('data-engineer-ladder.json', ladderText);
  await waitFor(page, () => window.roleExplorer.inspect().state.roles.length === 2);
  await app.settle();
  assert.equal((await app.state()).assess.rated, 1, 'the work came back with the file');
  await context.close();
});

test('a pasted role file loads like a picked one; a pasted broken one says where', async () => {
  const { context, page, app } = await openApp();
  const paste = (text) => page.evaluate((t) => {
    const data = new DataTransfer();
    data.setData('text/plain', t);
    window.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  }, text);
  await paste('{"format": "role-explorer/role@1", "id": "x", "title": "X",');
  await waitFor(page, () => window.roleExplorer.inspect().state.notices.length > 0);
  assert.match((await app.state()).notices[0].detail, /pasted text:1:\d+: file ends too early/);
  await paste(ladderText);
  await waitFor(page, () => window.roleExplorer.inspect().state.role === 'data-engineer-ladder');
  await visitEveryPage(app, 16);
  await context.close();
});

test('the site\'s roles/index.json adds its roles at start; a missing or broken file is named; the built-in role stays', async () => {
  // A copy of dist/ as an intranet admin would host it, with their ladder added.
  const site = path.join(tmp, 'site');
  fs.mkdirSync(path.join(site, 'roles'), { recursive: true });
  for (const name of fs.readdirSync(path.join(repoRoot, 'dist'))) {
    if (name !== 'roles') fs.symlinkSync(path.join(repoRoot, 'dist', name), path.join(site, name));
  }
  fs.copyFileSync(ladderPath, path.join(site, 'roles/data-engineer-ladder.json'));
  fs.copyFileSync(brokenPath, path.join(site, 'roles/broken.json'));
  fs.writeFileSync(path.join(site, 'roles/index.json'),
    JSON.stringify(['data-engineer-ladder.json', 'broken.json', 'missing.json', '../index.html']));
  const hosted = await serveDist(site);
  try {
    const { context, page, app } = await openApp(hosted.origin);
    await waitFor(page, () => window.roleExplorer.inspect().state.notices.length >= 3);
    await app.settle();
    const state = await app.state();
    assert.deepEqual(state.roles.map((r) => `${r.id}:${r.source}`),
      ['staff-backend-engineer:built-in', 'data-engineer-ladder:site']);
    assert.equal(state.role, 'staff-backend-engineer', 'the site adds roles; it does not switch');
    const text = state.notices.map((n) => `${n.title} | ${n.detail}`).join('\n');
    assert.match(text, /The site's role broken\.json was not loaded \| broken\.json#\/sections\/0\/groups\/0\/items\/0\/levels\/1\/level: level 5/);
    assert.match(text, /missing\.json was not read \| roles\/missing\.json could not be fetched: the server answered HTTP 404/);
    assert.match(text, /The entry "\.\.\/index\.html" is not a file name in the roles folder/);
    assert.equal(await page.evaluate(() => localStorage.getItem('role-explorer/role/data-engineer-ladder')), null,
      'a site role is not copied into the browser');
    await app.click('role.switcher');
    await app.click('role.option.1');
    await visitEveryPage(app, 16);
    await context.close();

    fs.writeFileSync(path.join(site, 'roles/index.json'), '["data-engineer-ladder.json",');
    const broken = await openApp(hosted.origin);
    await waitFor(broken.page, () => window.roleExplorer.inspect().state.notices.length > 0);
    assert.match((await broken.app.state()).notices[0].detail, /It is not valid JSON/);
    assert.deepEqual(await roleIds(broken.app), ['staff-backend-engineer:built-in']);
    await broken.context.close();
  } finally {
    hosted.server.close();
  }
});

test('a spreadsheet made into a role by `role from-csv` loads; the spreadsheet itself loads too', async () => {
  assert.ok(fs.existsSync(cli), 'the native CLI is built before the browser suite');
  const made = path.join(tmp, 'engineering-matrix.json');
  execFileSync(cli, ['role', 'from-csv', csvPath, '-o', made]);
  const { context, page, app } = await openApp();
  await pickFile(app, made);
  await waitFor(page, () => window.roleExplorer.inspect().state.roles.length === 2);
  await app.settle();
  await visitEveryPage(app, 16);
  const fromCli = (await app.state()).roles[1];
  assert.equal(fromCli.targets, 6);

  const ragged = path.join(tmp, 'ragged.csv');
  fs.writeFileSync(ragged, 'Category,Name,Junior,Senior\nCraft,Testing,Writes tests\n');
  await pickFile(app, ragged);
  await waitFor(page, () => window.roleExplorer.inspect().state.notices.some((n) => n.title.includes('ragged.csv')));
  assert.match((await app.state()).notices.at(-1).detail, /ragged\.csv:2:\d+: row has 3 fields/);
  await context.close();
});

test('a role written in Latin Extended, Greek, Cyrillic and CJK draws every page with no fallback glyph; search ignores case and accents', async () => {
  const { context, page, app, errors } = await openApp();
  await pickFile(app, path.join(repoRoot, 'tests/fixtures/roles/valid/multilingual-team.json'));
  await waitFor(page, () => window.roleExplorer.inspect().state.role === 'multilingual-team');
  await app.settle();
  await visitEveryPage(app, 8);
  await app.click('nav.explore');
  // Glyphs new to the page are drawn within two frames: wait for the page to settle, then count.
  await page.waitForTimeout(200);
  await app.settle();
  assert.equal((await app.state()).fonts.missing_glyphs, 0);
  assert.ok((await app.state()).fonts.extra_glyphs > 50, 'the names brought glyphs beyond the shipped subset');
  for (const [query, id] of [['lodz', 'ml-logistics'], ['DVORAK', 'ml-music'], ['ΕΛΛΗΝΙΚΉ', 'ml-greek'], ['дмитрий', 'ml-cyrillic'], ['山田', 'ml-cjk']]) {
    await app.press('Control+k');
    await page.keyboard.insertText(query);
    await app.settle();
    const explore = (await app.state()).explore;
    assert.ok(explore.hits.some((h) => h.id === id), `"${query}" finds ${id}: ${JSON.stringify(explore.hits)}`);
    assert.equal((await app.state()).fonts.missing_glyphs, 0, `"${query}" and its hits are drawn`);
    await app.press('Escape');
  }
  assert.deepEqual(errors, []);
  await context.close();
});

// Pixels of a widget's rectangle that differ clearly from its most common colour (the background).
async function inkIn(app, widget) {
  const info = await app.inspect();
  const r = info.widgets[widget];
  const png = await app.page.screenshot({ clip: { x: r.x / info.dpr, y: r.y / info.dpr, width: r.w / info.dpr, height: r.h / info.dpr } });
  return app.page.evaluate(async (b64) => {
    const img = new Image();
    img.src = 'data:image/png;base64,' + b64;
    await img.decode();
    const c = document.createElement('canvas');
    c.width = img.width; c.height = img.height;
    const g = c.getContext('2d');
    g.drawImage(img, 0, 0);
    const d = g.getImageData(0, 0, c.width, c.height).data;
    const counts = new Map();
    for (let i = 0; i < d.length; i += 4) counts.set(d[i] << 16 | d[i + 1] << 8 | d[i + 2], (counts.get(d[i] << 16 | d[i + 1] << 8 | d[i + 2]) || 0) + 1);
    const bg = [...counts.entries()].sort((a, b) => b[1] - a[1])[0][0];
    let ink = 0;
    for (let i = 0; i < d.length; i += 4) {
      const diff = Math.abs(d[i] - (bg >> 16)) + Math.abs(d[i + 1] - ((bg >> 8) & 255)) + Math.abs(d[i + 2] - (bg & 255));
      if (diff > 120) ink++;
    }
    return ink;
  }, png.toString('base64'));
}

test('a role in Arabic, Hebrew, Devanagari and Thai reads on every page: each phrase a picture the browser shaped; a name typed in Hebrew and Arabic is exported exactly', async () => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, acceptDownloads: true });
  const { page, app, errors } = await openApp(served.origin, context);
  await pickFile(app, path.join(repoRoot, 'tests/fixtures/roles/valid/shaped-scripts.json'));
  await waitFor(page, () => window.roleExplorer.inspect().state.role === 'shaped-scripts');
  await app.settle();
  for (const nav of ['nav.explore', 'nav.assess', 'nav.progress', 'nav.report']) {
    await app.click(nav);
    await page.waitForTimeout(150);  // a run met for the first time is a picture from the next atlas on
    await app.settle();
    const fonts = (await app.state()).fonts;
    assert.equal(fonts.missing_glyphs, 0, `${nav}: every glyph drawn`);
    assert.ok(fonts.shaped_runs.drawn_as_pictures > 0, `${nav}: shaped runs drawn as pictures: ${JSON.stringify(fonts)}`);
    assert.equal(fonts.shaped_runs.drawn_plain, 0, `${nav}: no run left as plain glyphs`);
  }
  await app.click('nav.explore');
  await page.waitForTimeout(150);
  await app.settle();
  assert.ok(await inkIn(app, 'item.sh-arabic') > 50, 'the Arabic card shows its text');
  assert.ok(await inkIn(app, 'item.sh-devanagari') > 50, 'the Devanagari card shows its text');

  const name = 'Zoë כהן مريم';
  await app.click('nav.report');
  await app.click('report.name');
  await page.waitForFunction(() => document.activeElement && document.activeElement.id === 'rex-text-input');
  await page.keyboard.insertText(name);
  await page.waitForTimeout(150);
  await app.settle();
  assert.ok((await app.state()).fonts.shaped_runs.drawn_as_pictures > 0, 'the name reads as typed under the field');
  await app.click('nav.explore');
  await app.click('nav.report');
  const [download] = await Promise.all([page.waitForEvent('download'), app.click('report.export')]);
  const file = path.join(tmp, 'shaped.json');
  await download.saveAs(file);
  const report = JSON.parse(fs.readFileSync(file, 'utf8'));
  assert.equal(report.person.name, name);
  assert.equal(report.role.id, 'shaped-scripts');
  assert.deepEqual(errors, []);
  await context.close();
});
