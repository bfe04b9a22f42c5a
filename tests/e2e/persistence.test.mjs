// Never lose a person's work: real clicks, real reloads, real localStorage, and
// two real tabs of one browser profile (storage events between them).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { suiteFixture } from './lib/browser.mjs';
import { AppPage } from './lib/app.mjs';

const suite = suiteFixture();

const VIEWPORT = { width: 1280, height: 1600 };  // the whole Report page without scrolling

async function openApp(context) {
  const page = await context.newPage();
  const app = new AppPage(page);
  await app.open(suite.served.origin + '/');
  return { page, app };
}

const ourKeys = (page) => page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('role-explorer/')));
const snapshotIds = async (app) => (await app.state()).report.snapshots.map((s) => s.id);
const waitFor = (page, predicate, arg) => page.waitForFunction(predicate, arg, { timeout: 10000, polling: 50 });
const waitSaved = (page) => waitFor(page, () => window.roleExplorer.inspect().state.storage.state === 'saved');

test('snapshots taken and removed, then a reload: every rating and snapshot is still there', async () => {
  const context = await suite.browser.newContext({ viewport: VIEWPORT });
  const { page, app } = await openApp(context);
  await app.click('nav.assess');
  await app.click('assess.rate.skill-api-design.3');
  await app.click('nav.report');
  await app.click('report.snapshot.take');  // a
  await app.click('report.snapshot.take');  // b
  const [a] = await snapshotIds(app);
  await app.click(`report.snapshot.remove.${a}`);
  await app.click('report.snapshot.take');  // c
  const ids = await snapshotIds(app);
  assert.equal(ids.length, 2);
  assert.notEqual(ids[0], ids[1], 'a removed snapshot id is never given out again');
  await waitSaved(page);

  await app.open(suite.served.origin + '/');
  await app.click('nav.report');
  assert.deepEqual(await snapshotIds(app), ids);
  const state = await app.state();
  assert.equal(state.assess.ratings['skill-api-design'].level, 3);
  assert.deepEqual(state.notices, [], 'no warning about unreadable work');
  await context.close();
});

test('a rating made just before a reload (well within the save delay) survives it', async () => {
  const context = await suite.browser.newContext({ viewport: VIEWPORT });
  const { page, app } = await openApp(context);
  await app.click('nav.assess');
  const { x, y } = await app.centerOf('assess.rate.skill-observability.4');
  await page.mouse.move(x, y);
  await page.mouse.down();
  await page.mouse.up();
  await waitFor(page, () => window.roleExplorer.inspect().state.assess.rated === 1);
  const changedAt = Date.now();
  assert.equal((await app.state()).storage.state, 'saving', 'the debounce has not written yet');
  await page.reload();  // pagehide writes what is pending
  const reloadedAfter = Date.now() - changedAt;
  await page.waitForFunction(() => window.roleExplorerShell && window.roleExplorerShell.firstFrameAt, null, { timeout: 30000 });
  await app.settle();
  assert.equal((await app.state()).assess.ratings['skill-observability'].level, 4,
    `the rating survived a reload ${reloadedAfter} ms after it was made`);
  await context.close();
});

test('saved work that cannot be read is put aside, listed, exported byte for byte and deletable', async () => {
  const context = await suite.browser.newContext({ viewport: VIEWPORT, acceptDownloads: true });
  const { page, app } = await openApp(context);
  const broken = '{"format": "role-explorer/report", "schema_version": 2, "ratings": [1,';
  await page.evaluate((text) => localStorage.setItem('role-explorer/autosave/staff-backend-engineer', text), broken);
  await app.open(suite.served.origin + '/');
  const state = await app.state();
  assert.match(state.notices[0].title, /could not be read/);
  assert.match(state.notices[0].detail, /saved work:\d+:\d+/, 'says where: line and column');
  assert.equal(state.storage.aside.length, 1);
  assert.equal(state.storage.aside[0].reason, 'unreadable');

  await app.click('nav.report');
  const [download] = await Promise.all([page.waitForEvent('download'), app.click('aside.0.export')]);
  const file = path.join(suite.tmp, download.suggestedFilename());
  await download.saveAs(file);
  assert.equal(fs.readFileSync(file, 'utf8'), broken);

  await app.click('nav.assess');
  await app.click('assess.rate.skill-api-design.2');
  await waitSaved(page);
  assert.equal(await page.evaluate((key) => localStorage.getItem(key), state.storage.aside[0].key), broken,
    'a new save never overwrites the copy put aside');

  await app.click('nav.report');
  await app.click('aside.0.delete');
  await app.click('aside.delete.confirm');
  assert.deepEqual(await ourKeys(page), ['role-explorer/autosave/staff-backend-engineer']);
  await context.close();
});

test('Delete my data leaves no key of ours in localStorage, and nothing comes back', async () => {
  const context = await suite.browser.newContext({ viewport: VIEWPORT });
  const { page, app } = await openApp(context);
  await page.evaluate(() => {
    localStorage.setItem('role-explorer/autosave/staff-backend-engineer', 'not a report');  // becomes a copy put aside
    localStorage.setItem('role-explorer/autosave/staff-backend-engineer/unreadable-2026-05-01T10:00:00Z', '{}');  // 1.0's
    localStorage.setItem('another-app', 'theirs');
  });
  await app.open(suite.served.origin + '/');
  await app.click('nav.assess');
  await app.click('assess.rate.skill-api-design.3');
  await app.click('theme.toggle');
  await app.click('nav.report');
  await app.click('report.snapshot.take');
  await waitSaved(page);
  assert.ok((await ourKeys(page)).length >= 4, `keys before: ${await ourKeys(page)}`);

  await app.click('report.delete');
  await app.click('report.delete.confirm');
  assert.deepEqual(await ourKeys(page), []);
  assert.equal(await page.evaluate(() => localStorage.getItem('another-app')), 'theirs');
  await page.waitForTimeout(1500);  // longer than the save delay: nothing is written back
  assert.deepEqual(await ourKeys(page), []);
  await app.open(suite.served.origin + '/');
  const state = await app.state();
  assert.equal(state.assess.rated, 0);
  assert.equal(state.theme, 'light');
  assert.deepEqual(await ourKeys(page), []);
  await context.close();
});

test('two tabs: a newer save from the other tab is offered, never silently overwritten', async () => {
  const context = await suite.browser.newContext({ viewport: VIEWPORT });
  const first = await openApp(context);
  const second = await openApp(context);

  await first.app.click('nav.assess');
  await first.app.click('assess.rate.skill-api-design.1');
  await waitSaved(first.page);
  // The second tab hears of it at once and asks.
  await waitFor(second.page, () => 'conflict.load' in window.roleExplorer.inspect().widgets);
  assert.equal((await second.app.state()).storage.state, 'conflict');
  await second.app.click('conflict.load');
  assert.equal((await second.app.state()).assess.ratings['skill-api-design'].level, 1);

  // Now the second tab saves; the first keeps its own work instead.
  await second.app.click('nav.assess');
  await second.app.click('assess.rate.skill-observability.4');
  await waitSaved(second.page);
  const secondSave = await second.page.evaluate(() => localStorage.getItem('role-explorer/autosave/staff-backend-engineer'));
  await waitFor(first.page, () => 'conflict.keep' in window.roleExplorer.inspect().widgets);
  await first.app.click('conflict.keep');
  await waitSaved(first.page);
  const keys = await ourKeys(first.page);
  const aside = keys.filter((k) => k.startsWith('role-explorer/aside/staff-backend-engineer/') && k.endsWith('/other-tab'));
  assert.equal(aside.length, 1, `the other tab's save was put aside: ${keys}`);
  assert.equal(await first.page.evaluate((k) => localStorage.getItem(k), aside[0]), secondSave);
  const firstState = await first.app.state();
  assert.equal(firstState.assess.ratings['skill-observability'], undefined, 'the first tab kept its own work');
  assert.equal(firstState.storage.aside.length, 1);
  await context.close();
});
