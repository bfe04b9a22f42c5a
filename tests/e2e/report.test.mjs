// Reports in a real browser: real downloads, real file uploads, real localStorage.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { launchBrowser, serveDist, repoRoot } from './lib/browser.mjs';
import { AppPage } from './lib/app.mjs';
import Ajv2020 from 'ajv/dist/2020.js';

// The published schema, as a company writing its own tooling would use it.
const validateReport = new Ajv2020({ allErrors: true, strict: true })
  .compile(JSON.parse(fs.readFileSync(path.join(repoRoot, 'content/schema/report.schema.json'), 'utf8')));

let browser, served, tmp;
before(async () => {
  browser = await launchBrowser();
  served = await serveDist();
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'rex-e2e-'));
});
after(async () => { await browser?.close(); served?.server.close(); fs.rmSync(tmp, { recursive: true, force: true }); });

async function openApp(context) {
  const page = await context.newPage();
  const app = new AppPage(page);
  await app.open(served.origin + '/');
  return { page, app };
}

const assess = async (app) => (await app.state()).assess;

async function waitSaved(page) {
  await page.waitForFunction(() => Object.keys(localStorage).some((k) => k.startsWith('role-explorer/autosave/')),
    null, { timeout: 5000 });
}

test('export downloads a report; delete clears; import through the file picker brings it back', async () => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, acceptDownloads: true });
  const { page, app } = await openApp(context);
  await app.click('nav.assess');
  await app.click('assess.rate.skill-api-design.3');
  await app.click('assess.rate.skill-observability.2');
  await app.click('nav.report');

  const [download] = await Promise.all([page.waitForEvent('download'), app.click('report.export')]);
  assert.match(download.suggestedFilename(), /^staff-backend-engineer-.*\d{4}-\d{2}-\d{2}\.json$/);
  const file = path.join(tmp, download.suggestedFilename());
  await download.saveAs(file);
  const report = JSON.parse(fs.readFileSync(file, 'utf8'));
  assert.ok(validateReport(report), `the export matches report.schema.json: ${JSON.stringify(validateReport.errors)}`);
  assert.equal(report.ratings['skill-api-design'].level, 3);
  assert.equal(report.ratings['skill-observability'].level, 2);

  await app.click('report.delete');
  await app.click('report.delete.confirm');
  assert.equal((await assess(app)).rated, 0);
  assert.equal(await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('role-explorer/autosave/')).length), 0);

  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), app.click('report.import')]);
  await chooser.setFiles(file);
  await app.page.waitForFunction(() => window.roleExplorer.inspect().state.assess.rated === 2, null, { timeout: 5000 });
  assert.equal((await assess(app)).ratings['skill-api-design'].level, 3);
  await context.close();
});

test('a broken file gives a specific message and changes nothing', async () => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const { page, app } = await openApp(context);
  await app.click('nav.assess');
  await app.click('assess.rate.skill-api-design.3');
  await app.click('nav.report');
  const broken = path.join(tmp, 'broken.json');
  fs.writeFileSync(broken, '{"format": "role-explorer/report", "schema_version": 2,\n  "ratings": [1, 2\n');
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), app.click('report.import')]);
  await chooser.setFiles(broken);
  await page.waitForFunction(() => 'notice.0' in window.roleExplorer.inspect().widgets, null, { timeout: 5000 });
  const notices = (await app.state()).notices;
  assert.match(notices[0].title, /Could not import broken\.json/);
  assert.match(notices[0].detail, /broken\.json:\d+:\d+/, 'says where: line and column');
  const state = await assess(app);
  assert.equal(state.rated, 1, 'the assessment is unchanged');
  assert.equal(state.ratings['skill-api-design'].level, 3);
  await context.close();
});

test('reload keeps work in this browser', async () => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const { page, app } = await openApp(context);
  await app.click('nav.assess');
  await app.click('assess.rate.skill-observability.4');
  await waitSaved(page);
  await app.open(served.origin + '/');
  assert.equal((await assess(app)).ratings['skill-observability'].level, 4);
  assert.equal((await app.state()).storage.state, 'saved');
  await context.close();
});

test('a full localStorage shows a warning; the app keeps working and export still works', async () => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, acceptDownloads: true });
  const { page, app } = await openApp(context);
  // Fill this origin's real storage until the browser refuses more.
  await page.evaluate(() => {
    // Halve the chunk each time the browser refuses, down to a single byte.
    let size = 256 * 1024;
    for (let i = 0; size >= 1; i++) {
      try { localStorage.setItem('filler-' + i, 'x'.repeat(size)); } catch (e) { size = Math.floor(size / 2); }
    }
  });
  await app.click('nav.assess');
  await app.click('assess.rate.skill-api-design.2');
  await page.waitForFunction(() => window.roleExplorer.inspect().state.storage.state === 'not-saved', null, { timeout: 5000 });
  assert.match((await app.state()).storage.why, /full/);
  assert.ok((await app.inspect()).widgets['storage.status'], 'the warning is on screen');
  await app.click('assess.rate.skill-api-design.3');
  assert.equal((await assess(app)).ratings['skill-api-design'].level, 3, 'rating still works');
  await app.click('nav.report');
  const [download] = await Promise.all([page.waitForEvent('download'), app.click('report.export')]);
  const file = path.join(tmp, 'full.json');
  await download.saveAs(file);
  assert.equal(JSON.parse(fs.readFileSync(file, 'utf8')).ratings['skill-api-design'].level, 3);
  await context.close();
});

test('the packet downloads as HTML with a <script> note shown as text', async () => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, acceptDownloads: true });
  const { page, app } = await openApp(context);
  await app.click('nav.assess');
  await app.press('Enter');
  await app.click('assess.note');
  await app.type('<script>alert(1)</script>');
  await app.click('assess.evidence.what');
  await app.click('nav.report');
  const [download] = await Promise.all([page.waitForEvent('download'), app.click('report.packet.html')]);
  const file = path.join(tmp, download.suggestedFilename());
  await download.saveAs(file);
  const html = fs.readFileSync(file, 'utf8');
  assert.ok(!html.includes('<script>alert(1)</script>'), 'no live script');
  assert.ok(html.includes('&lt;script&gt;alert(1)&lt;/script&gt;'), 'the note is escaped text');
  const view = await context.newPage();
  const errors = [];
  view.on('dialog', (d) => { errors.push('dialog: ' + d.message()); d.dismiss(); });
  await view.goto('file://' + file);
  assert.deepEqual(errors, []);
  assert.match(await view.textContent('body'), /<script>alert\(1\)<\/script>/);
  await context.close();
});

test('a snapshot, then growth: the comparison shows what changed, with a delta radar', async () => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const { page, app } = await openApp(context);
  await app.click('nav.assess');
  await app.click('assess.rate.skill-api-design.1');
  await app.click('nav.report');
  await app.click('report.snapshot.label');
  await app.type('Mid-year');
  await app.click('report.snapshot.take');
  const report = (await app.state()).report;
  assert.equal(report.snapshots.length, 1);
  assert.equal(report.snapshots[0].label, 'Mid-year');
  assert.equal(report.compare.changes, 0, 'nothing changed yet');

  await app.click('nav.assess');
  await app.click('assess.rate.skill-api-design.3');
  await app.click('assess.rate.skill-observability.2');
  await app.click('nav.report');
  const compare = (await app.state()).report.compare;
  assert.equal(compare.from, report.snapshots[0].id, 'compares the latest snapshot with now');
  assert.deepEqual([compare.changes, compare.up, compare.down], [2, 2, 0]);
  await app.scrollUntilDrawn('compare.radar.chart', 300);
  assert.ok((await app.inspect()).widgets['compare.radar.chart'], 'the delta radar is drawn');
  await context.close();
});

test('a manager reviews an engineer\'s report; the engineer imports it back with both ratings', async () => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, acceptDownloads: true });
  // The engineer rates and exports.
  const { page, app } = await openApp(context);
  await app.click('nav.assess');
  await app.click('assess.rate.skill-api-design.3');
  await app.click('nav.report');
  const [mine] = await Promise.all([page.waitForEvent('download'), app.click('report.export')]);
  const engineerFile = path.join(tmp, 'engineer.json');
  await mine.saveAs(engineerFile);

  // The manager, in another browser profile, imports it and disagrees.
  const managerContext = await browser.newContext({ viewport: { width: 1280, height: 800 }, acceptDownloads: true });
  const manager = await openApp(managerContext);
  await manager.app.click('nav.report');
  const [chooser] = await Promise.all([manager.page.waitForEvent('filechooser'), manager.app.click('report.import')]);
  await chooser.setFiles(engineerFile);
  await manager.page.waitForFunction(() => window.roleExplorer.inspect().state.assess.rated === 1, null, { timeout: 5000 });
  await manager.app.scrollUntilDrawn('review.rate.skill-api-design.1', 400);
  await manager.app.click('review.rate.skill-api-design.1');
  await manager.app.click('review.comment.skill-api-design');
  await manager.app.type('Scope was one service <b>only</b>');
  await manager.app.press('Enter');
  const review = (await manager.app.state()).report.review;
  assert.deepEqual(review['skill-api-design'], { level: 1, comment: 'Scope was one service <b>only</b>' });
  const [reviewed] = await Promise.all([manager.page.waitForEvent('download'), exportFromReport(manager.app)]);
  const reviewedFile = path.join(tmp, 'reviewed.json');
  await reviewed.saveAs(reviewedFile);
  await managerContext.close();

  // The engineer imports the reviewed file back: both ratings are there.
  const [back] = await Promise.all([page.waitForEvent('filechooser'), app.click('report.import')]);
  await back.setFiles(reviewedFile);
  await page.waitForFunction(() => 'import.replace' in window.roleExplorer.inspect().widgets
    || window.roleExplorer.inspect().state.report.review['skill-api-design'], null, { timeout: 5000 });
  if ((await app.inspect()).widgets['import.replace']) await app.click('import.replace');
  const state = await app.state();
  assert.equal(state.assess.ratings['skill-api-design'].level, 3, 'self rating kept');
  assert.equal(state.report.review['skill-api-design'].level, 1, 'manager rating arrived');
  await context.close();
});

async function exportFromReport(app) {
  await app.scrollUntilDrawn('report.export', -400, { x: 640, y: 400 });
  await app.click('report.export');
}
