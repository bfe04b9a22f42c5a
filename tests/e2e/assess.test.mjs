// Self-assessment in a real browser: real clicks and keys change the verdict,
// and undo takes it back.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launchBrowser, serveDist } from './lib/browser.mjs';
import { AppPage } from './lib/app.mjs';

let browser, served;
before(async () => { browser = await launchBrowser(); served = await serveDist(); });
after(async () => { await browser?.close(); served?.server.close(); });

async function openAssess() {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  const app = new AppPage(page);
  await app.open(served.origin + '/');
  await app.click('nav.assess');
  return { context, page, app };
}

const assess = async (app) => (await app.state()).assess;

test('rating with the mouse and the keyboard moves the verdict; Ctrl+Z and the Undo button take it back', async () => {
  const { context, app } = await openAssess();
  let state = await assess(app);
  assert.equal(state.verdict, 'not-yet');
  assert.equal(state.rated, 0);

  await app.click('assess.rate.skill-api-design.3');
  state = await assess(app);
  assert.equal(state.ratings['skill-api-design'].level, 3);

  // Rate every item at 4 from the keyboard: focus starts at the first row.
  await app.click('assess.row.skill-backend-engineering');
  for (let i = 0; i < state.total; i++) await app.page.keyboard.press('4');
  await app.settle();
  state = await assess(app);
  assert.equal(state.rated, state.total);
  assert.notEqual(state.verdict, 'not-yet', 'every item at 4 passes all gates but evidence');
  const verdictAfterRating = state.verdict;

  await app.press('Control+z');
  state = await assess(app);
  assert.equal(state.rated, state.total - 1, 'Ctrl+Z removed the last rating');

  await app.click('assess.undo');
  assert.equal((await assess(app)).rated, state.total - 2);
  await app.press('Control+Shift+z');
  assert.equal((await assess(app)).rated, state.total - 1);
  await context.close();
});

test('fast typing rates each row in turn: every key press counts once, in order', async () => {
  const { context, app } = await openAssess();
  const first = (await assess(app)).rows[0];
  await app.click(`assess.row.${first}`);
  // Faster than frames: several taps, some of the same key, arrive between two frames.
  const digits = '3243322410443';
  await app.page.keyboard.type(digits);
  await app.settle();
  const state = await assess(app);
  const levels = state.rows.slice(0, digits.length).map((id) => state.ratings[id]?.level);
  assert.deepEqual(levels, [...digits].map(Number));
  assert.equal(state.rated, digits.length);
  await context.close();
});

test('the readiness panel names failing gates, and a failing item opens in the focus view', async () => {
  const { context, app } = await openAssess();
  await app.click('assess.rate.skill-observability.1');
  const info = await app.inspect();
  assert.equal(info.state.assess.gates['rated'], false);
  const gateItem = Object.keys(info.widgets).find((w) => w.startsWith('assess.gate.item.'));
  assert.ok(gateItem, 'failing items are listed under their gate');
  await app.click(gateItem);
  const state = await assess(app);
  assert.equal(state.mode, 'focus');
  assert.equal(state.focused_item, gateItem.replace('assess.gate.item.', ''));
  await context.close();
});
